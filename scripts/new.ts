/**
 * `npm run new -- --title "…" [--date YYYY-MM-DD] [--countries GB,GA] [--tags "…، …"]
 *   [--dateline الرباط] [--issuer "…"] [--slug name]`
 * Creates releases/<year>/<slug>/index.mdx with complete frontmatter (as a draft with a
 * placeholder text) and prints its path on the first line. Never overwrites anything.
 * Messages are Arabic, or English with `--messages en` or an `en…` locale (`LANG`, `LC_ALL`).
 * `--translation-of <slug> --lang fr --title "…"` writes a draft translation of an existing
 * release next to it (`index.fr.mdx`) instead.
 * Exit code 0 on success, 1 on a publisher mistake (the message says how to fix it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { collapseWhitespace, toNfc } from '../src/arabic/text.ts';
import {
  catalogue,
  errorMessage,
  MessageLanguageError,
  messageLanguage,
  messageLanguageOf,
  render,
  say,
} from '../src/messages/index.ts';
import { argumentErrorText } from '../src/messages/arguments.ts';
import { systemErrorText } from '../src/messages/system.ts';
import { checkArchive, formatDiagnostic } from '../src/checks/index.ts';
import { config } from '../src/config/settings.ts';
import { isoDay, today } from '../src/arabic/dates.ts';
import { latestRelease, readExisting } from '../src/publish/existing.ts';
import { newReleaseText } from '../src/publish/new-release.ts';
import { translationLocation, translationText } from '../src/publish/translation-file.ts';

/** Body of a new translation (a draft until the translator replaces it). */
const TRANSLATION_PLACEHOLDER = 'Write the translation here.';
import {
  alignTags,
  archiveTags,
  parseList,
  PublishError,
  releaseLocation,
  resolveDate,
  validateCountries,
} from '../src/publish/release-file.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      title: { type: 'string' },
      date: { type: 'string' },
      countries: { type: 'string' },
      tags: { type: 'string' },
      dateline: { type: 'string' },
      issuer: { type: 'string' },
      slug: { type: 'string' },
      dir: { type: 'string' },
      'translation-of': { type: 'string' },
      lang: { type: 'string' },
      messages: { type: 'string' },
    },
  });
  const lang = messageLanguage(values.messages, process.env);
  const words = catalogue(lang).new;
  const title = collapseWhitespace(toNfc(values.title ?? ''));
  if (!title) throw new PublishError(say('publish.title-required', {}));
  const releasesDir = values.dir ?? config.releasesDir;
  if (values['translation-of'] !== undefined) {
    // A translation of an existing release: only what changes with the language.
    const file = translationLocation(
      releasesDir,
      values['translation-of'],
      values.lang,
      config.languages,
      readExisting(releasesDir),
    );
    writeFileSync(
      file,
      translationText({ title, dateline: values.dateline, draft: true }, TRANSLATION_PLACEHOLDER),
      { encoding: 'utf8', flag: 'wx' },
    );
    console.log(file);
    console.log(words.translationPlaceholder);
    return;
  }
  const date = resolveDate(values.date, config.timeZone, { fallbackToToday: true });
  const countries = validateCountries(parseList(values.countries));
  const existing = readExisting(releasesDir);
  const { tags, notes: tagNotes } = alignTags(
    parseList(values.tags),
    archiveTags(releasesDir, existing),
  );
  const latest = latestRelease(existing);
  const dateline = collapseWhitespace(toNfc(values.dateline ?? latest?.dateline ?? ''));
  if (!dateline) throw new PublishError(say('publish.dateline-required', {}));
  const issuer = collapseWhitespace(toNfc(values.issuer ?? latest?.issuer ?? config.publisher));
  const location = releaseLocation(releasesDir, title, date, values.slug, existing);
  mkdirSync(location.dir, { recursive: true });
  writeFileSync(location.file, newReleaseText({ title, date, dateline, issuer, countries, tags }), {
    encoding: 'utf8',
    flag: 'wx',
  });
  console.log(location.file);
  const notes = [
    values.date ? '' : words.date(isoDay(date), config.timeZone),
    values.dateline ? '' : words.dateline(dateline),
    values.issuer ? '' : words.issuer(issuer),
    isoDay(date) > isoDay(today(config.timeZone)) ? words.future(isoDay(date)) : '',
    ...tagNotes,
    words.placeholder,
  ].filter(Boolean);
  for (const note of notes) console.log(note);
  const result = await checkArchive({ releasesDir, timeZone: config.timeZone });
  for (const d of result.diagnostics)
    if (d.file.endsWith(location.file) || location.file.endsWith(d.file))
      console.log(formatDiagnostic(d, lang));
}

try {
  await main();
} catch (error) {
  const lang = messageLanguageOf(process.argv, process.env);
  const argument = argumentErrorText(error);
  if (argument || error instanceof PublishError || error instanceof MessageLanguageError) {
    const message = argument
      ? render(argument.text, lang).message
      : errorMessage(error as Error, lang);
    console.error(`npm run new: ${message}\n${catalogue(lang).usage.new}`);
    process.exit(1);
  }
  // A system error (a file missing, no permission, a full disk): one sentence naming the file.
  const said = systemErrorText(error, undefined);
  if (!said) throw error;
  console.error(`npm run new: ${render(said.text, lang).message}`);
  process.exit(1);
}
