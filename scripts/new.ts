/**
 * `npm run new -- --title "…" [--date YYYY-MM-DD] [--countries GB,GA] [--tags "…، …"]
 *   [--dateline الرباط] [--issuer "…"] [--slug name]`
 * Creates releases/<year>/<slug>/index.mdx with complete frontmatter (as a draft with a
 * placeholder text) and prints its path on the first line. Never overwrites anything.
 * Exit code 0 on success, 1 on a publisher mistake (the message says how to fix it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { collapseWhitespace, toNfc } from '../src/arabic/text.ts';
import { checkArchive, formatDiagnostic } from '../src/checks/index.ts';
import { config } from '../src/config/settings.ts';
import { isoDay, today } from '../src/arabic/dates.ts';
import { latestRelease, readExisting } from '../src/publish/existing.ts';
import { newReleaseText } from '../src/publish/new-release.ts';
import {
  alignTags,
  archiveTags,
  parseList,
  PublishError,
  releaseLocation,
  resolveDate,
  validateCountries,
} from '../src/publish/release-file.ts';

const USAGE =
  'usage: npm run new -- --title "عنوان البلاغ" [--date 2025-06-18] [--countries GB,GA] [--tags "وسم، وسم"] [--dateline الرباط] [--issuer "…"] [--slug name]';

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
    },
  });
  const title = collapseWhitespace(toNfc(values.title ?? ''));
  if (!title)
    throw new PublishError(
      '--title is required, e.g. --title "حموشي يبحث مع سفراء … تعزيز التعاون الأمني"',
    );
  const releasesDir = values.dir ?? config.releasesDir;
  const date = resolveDate(values.date, config.timeZone, { fallbackToToday: true });
  const countries = validateCountries(parseList(values.countries));
  const existing = readExisting(releasesDir);
  const { tags, notes: tagNotes } = alignTags(
    parseList(values.tags),
    archiveTags(releasesDir, existing),
  );
  const latest = latestRelease(existing);
  const dateline = collapseWhitespace(toNfc(values.dateline ?? latest?.dateline ?? ''));
  if (!dateline)
    throw new PublishError(
      '--dateline is required in an empty archive (the city the release is issued from), e.g. --dateline الرباط',
    );
  const issuer = collapseWhitespace(toNfc(values.issuer ?? latest?.issuer ?? config.publisher));
  const location = releaseLocation(releasesDir, title, date, values.slug, existing);
  mkdirSync(location.dir, { recursive: true });
  writeFileSync(location.file, newReleaseText({ title, date, dateline, issuer, countries, tags }), {
    encoding: 'utf8',
    flag: 'wx',
  });
  console.log(location.file);
  const notes = [
    values.date
      ? ''
      : `date: ${isoDay(date)} (today in ${config.timeZone}); pass --date to change it`,
    values.dateline
      ? ''
      : `dateline: ${dateline} (as in the latest release); pass --dateline to change it`,
    values.issuer ? '' : `issuer: ${issuer}; pass --issuer to change it`,
    isoDay(date) > isoDay(today(config.timeZone))
      ? `warning: ${isoDay(date)} is in the future`
      : '',
    ...tagNotes,
    'Write the text in place of the placeholder, then delete the line "draft: true" to publish.',
  ].filter(Boolean);
  for (const note of notes) console.log(note);
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
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    console.error(`npm run new: ${(error as Error).message}\n${USAGE}`);
    process.exit(1);
  }
  throw error;
}
