import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countryName } from '../../arabic/countries.ts';
import { collapseWhitespace, toNfc } from '../../arabic/text.ts';
import { checkArchive, formatDiagnostic } from '../../checks/index.ts';
import { config } from '../../config/settings.ts';
import { catalogue, messageLanguage, say } from '../../messages/index.ts';
import { systemErrorText } from '../../messages/system.ts';
import { latestRelease, readExisting } from '../existing.ts';
import {
  alignTags,
  archiveTags,
  parseList,
  PublishError,
  releaseLocation,
  resolveDate,
  validateCountries,
} from '../release-file.ts';
import { importRelease, type ImportOptions } from './import-release.ts';
import { readSource } from './paragraphs.ts';

/**
 * `npm run import` of a text or Word file (scripts/import.ts): reads the file, writes the release
 * (a draft unless `--publish`), prints its path on the first line, then what was detected for the
 * publisher to review, then the checks' messages about the new file.
 */

/** The command-line options of a text or Word import. */
export interface TextImportArgs {
  date?: string | undefined;
  title?: string | undefined;
  dateline?: string | undefined;
  issuer?: string | undefined;
  countries?: string | undefined;
  tags?: string | undefined;
  slug?: string | undefined;
  dir?: string | undefined;
  publish?: boolean | undefined;
  /** Language of the messages (`--messages ar|en`; default from the locale, src/messages/). */
  messages?: string | undefined;
}

/**
 * @param input - the `.txt` or `.docx` file.
 * @param values - parsed command-line options.
 * @throws PublishError / ImportError for a publisher mistake (nothing is written then).
 */
export async function importTextFile(input: string, values: TextImportArgs): Promise<void> {
  const lang = messageLanguage(values.messages, process.env);
  const words = catalogue(lang).import;
  const date = resolveDate(values.date, config.timeZone, { fallbackToToday: false });
  const releasesDir = values.dir ?? config.releasesDir;
  const existing = readExisting(releasesDir);
  const preferred = archiveTags(releasesDir, existing);
  const { tags, notes: tagNotes } = alignTags(parseList(values.tags), preferred);
  let source;
  try {
    source = await readSource(input);
  } catch (error) {
    const message = (error as Error).message;
    throw new PublishError(
      systemErrorText(error, input, 'read') ??
        (message.startsWith(input)
          ? message
          : say('import.unreadable', { input, reason: message })),
    );
  }
  const text = (v: string | undefined) =>
    v === undefined ? undefined : collapseWhitespace(toNfc(v));
  const region = new Intl.Locale(config.locale).region;
  const options: ImportOptions = {
    date,
    issuer: text(values.issuer) ?? latestRelease(existing)?.issuer ?? config.publisher,
    tags,
    knownTags: [...new Set(preferred.values())],
    publish: values.publish === true,
    homeCountries: region ? [region] : [],
    overrides: config.countryNames,
  };
  if (values.title) options.title = text(values.title)!;
  if (values.dateline) options.dateline = text(values.dateline)!;
  if (values.countries) options.countries = validateCountries(parseList(values.countries));
  const image = source.images[0];
  if (image) {
    options.imageSrc = `./image-1.${image.extension}`;
    if (image.altText) options.imageAlt = image.altText;
  }
  const release = importRelease(source.paragraphs, options);
  const location = releaseLocation(releasesDir, release.title, date, values.slug, existing);
  mkdirSync(location.dir, { recursive: true });
  writeFileSync(location.file, release.text, { encoding: 'utf8', flag: 'wx' });
  if (image)
    writeFileSync(join(location.dir, `image-1.${image.extension}`), image.bytes, { flag: 'wx' });
  const lines = [location.file, words.paragraphs(release.paragraphs.length, input)];
  lines.push(
    release.dateline && !values.dateline
      ? words.dateline(release.dateline.city, release.dateline.phrase)
      : words.dateline(options.dateline ?? '', undefined),
  );
  if (release.removedDateline) lines.push(words.removedDateline(release.removedDateline));
  if (!values.countries) {
    lines.push(
      words.countries(
        release.countries.map(
          (m) =>
            `${m.code} ${countryName(m.code, config.countryNames)} («${m.words.join('», «')}»)`,
        ),
      ),
    );
    for (const m of release.homeMentions)
      lines.push(
        words.homeCountry(`${m.code} ${countryName(m.code, config.countryNames)}`, config.locale),
      );
  }
  const mentioned = release.suggestedTags.map((m) => `${m.tag} (${m.count}×)`);
  if (!values.tags) lines.push(words.tags(mentioned));
  else if (mentioned.some((m) => !tags.includes(m.replace(/ \(\d+×\)$/, ''))))
    lines.push(words.alsoTags(mentioned));
  if (release.placeholders.length) lines.push(words.imageSlot(release.placeholders));
  if (image)
    lines.push(
      words.imageSaved(
        join(location.dir, options.imageSrc!.slice(2)),
        release.text.includes('\nimage:\n'),
      ),
    );
  for (const note of [...tagNotes, ...release.warnings]) lines.push(catalogue(lang).note(note));
  lines.push(values.publish ? words.published : words.draft);
  for (const line of lines) console.log(line);
  const result = await checkArchive({ releasesDir, timeZone: config.timeZone });
  for (const d of result.diagnostics)
    if (d.file.endsWith(location.file) || location.file.endsWith(d.file))
      console.log(formatDiagnostic(d, lang));
}
