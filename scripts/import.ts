/**
 * `npm run import -- <file.txt|file.docx> --date YYYY-MM-DD [--title "…"] [--dateline الرباط]
 *   [--issuer "…"] [--countries GB,GA] [--tags "…، …"] [--slug name]`
 * Turns a release written as plain text (one paragraph per line) or as a Word document into
 * releases/<year>/<slug>/index.mdx, printing its path on the first line and then what was
 * detected. Never invents a date and never overwrites. Exit code 0 on success, 1 on a publisher
 * mistake (the message says how to fix it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { collapseWhitespace, toNfc } from '../src/arabic/text.ts';
import { checkArchive, formatDiagnostic } from '../src/checks/index.ts';
import { config } from '../src/config/settings.ts';
import { countryName } from '../src/arabic/countries.ts';
import {
  ImportError,
  importRelease,
  type ImportOptions,
} from '../src/publish/import/import-release.ts';
import { readSource } from '../src/publish/import/paragraphs.ts';
import { latestRelease, readExisting } from '../src/publish/existing.ts';
import {
  alignTags,
  parseList,
  PublishError,
  releaseLocation,
  resolveDate,
  validateCountries,
} from '../src/publish/release-file.ts';

const USAGE =
  'usage: npm run import -- <release.txt|release.docx> --date 2025-06-18 [--title "…"] [--dateline الرباط] [--issuer "…"] [--countries GB,GA] [--tags "…، …"] [--slug name]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      title: { type: 'string' },
      dateline: { type: 'string' },
      issuer: { type: 'string' },
      countries: { type: 'string' },
      tags: { type: 'string' },
      slug: { type: 'string' },
      dir: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new PublishError('give exactly one file to import');
  const input = positionals[0]!;
  const date = resolveDate(values.date, config.timeZone, { fallbackToToday: false });
  const releasesDir = values.dir ?? config.releasesDir;
  const existing = readExisting(releasesDir);
  const { tags, notes: tagNotes } = alignTags(parseList(values.tags), releasesDir, existing);
  let source;
  try {
    source = await readSource(input);
  } catch (error) {
    throw new PublishError(
      (error as Error).message.startsWith(input)
        ? (error as Error).message
        : `cannot read ${input}: ${(error as Error).message}`,
    );
  }
  const text = (v: string | undefined) =>
    v === undefined ? undefined : collapseWhitespace(toNfc(v));
  const region = new Intl.Locale(config.locale).region;
  const options: ImportOptions = {
    date,
    issuer: text(values.issuer) ?? latestRelease(existing)?.issuer ?? config.publisher,
    tags,
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
  console.log(location.file);
  console.log(`${release.paragraphs.length} paragraphs imported from ${input}`);
  console.log(
    release.dateline && !values.dateline
      ? `dateline: ${release.dateline.city} (from «${release.dateline.phrase}»)`
      : `dateline: ${options.dateline}`,
  );
  if (!values.countries) {
    const list = release.countries.map(
      (m) => `${m.code} ${countryName(m.code, config.countryNames)} («${m.words.join('», «')}»)`,
    );
    console.log(`countries suggested: ${list.length ? list.join('; ') : 'none found'}`);
    for (const m of release.homeMentions) {
      console.log(
        `not suggested: ${m.code} ${countryName(m.code, config.countryNames)}, the archive's own country (locale ${config.locale}); add it if the release is about it`,
      );
    }
  }
  if (release.placeholders.length)
    console.log(
      `image slot to fill: the text ended with «${release.placeholders.join('», «')}»; see the commented "image:" lines in the frontmatter`,
    );
  if (image) {
    const altFilled = release.text.includes('\nimage:\n');
    console.log(
      `image saved: ${join(location.dir, options.imageSrc!.slice(2))}; ${altFilled ? 'its alt text was taken from the Word document: check it' : 'write its alt text in the frontmatter'}`,
    );
  }
  for (const note of [...tagNotes, ...release.warnings]) console.log(`note: ${note}`);
  const result = await checkArchive({ releasesDir, timeZone: config.timeZone });
  for (const d of result.diagnostics)
    if (d.file.endsWith(location.file) || location.file.endsWith(d.file))
      console.log(formatDiagnostic(d));
}

try {
  await main();
} catch (error) {
  if (
    error instanceof PublishError ||
    error instanceof ImportError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    console.error(`npm run import: ${(error as Error).message}\n${USAGE}`);
    process.exit(1);
  }
  throw error;
}
