import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { collapseWhitespace, toNfc } from '../../arabic/text.ts';
import { checkArchive, formatDiagnostic } from '../../checks/index.ts';
import { config } from '../../config/settings.ts';
import { catalogue, messageLanguage, say } from '../../messages/index.ts';
import { systemErrorText } from '../../messages/system.ts';
import { latestRelease, readExisting } from '../existing.ts';
import { archiveTags, PublishError } from '../release-file.ts';
import { summaryLines } from './messages.ts';
import { migrate } from './migrate.ts';
import { parseWxr, WxrError } from './wxr.ts';

/**
 * `npm run import -- <export.xml> --uploads <folder>` (scripts/import.ts): migrates a WordPress
 * export, prints the summary, then checks the releases it wrote.
 */

/** The command-line options of a WordPress migration. */
export interface WordPressArgs {
  uploads?: string | undefined;
  dateline?: string | undefined;
  issuer?: string | undefined;
  dir?: string | undefined;
  'wp-time-zone'?: string | undefined;
  messages?: string | undefined;
}

/**
 * @param input - the export file (WXR).
 * @param values - parsed command-line options.
 * @returns the exit code: 1 when a release written has a check error, else 0.
 * @throws PublishError for a publisher mistake (nothing is written then).
 */
export async function migrateWordPress(input: string, values: WordPressArgs): Promise<number> {
  const lang = messageLanguage(values.messages, process.env);
  if (!values.uploads) throw new PublishError(say('wp.uploads-required', {}));
  const uploadsDir = resolve(values.uploads);
  if (!existsSync(uploadsDir) || !statSync(uploadsDir).isDirectory())
    throw new PublishError(say('wp.uploads-missing', { uploads: values.uploads }));
  const siteZone = values['wp-time-zone'] ?? config.timeZone;
  try {
    new Intl.DateTimeFormat('en', { timeZone: siteZone });
  } catch {
    throw new PublishError(say('wp.time-zone', { zone: siteZone }));
  }
  let wxr;
  try {
    wxr = parseWxr(readFileSync(input, 'utf8'));
  } catch (error) {
    if (error instanceof WxrError || (error as { code?: string }).code === 'ENOENT')
      throw new PublishError(
        systemErrorText(error, input, 'read') ??
          say('import.unreadable', { input, reason: (error as Error).message }),
      );
    throw error;
  }
  const releasesDir = values.dir ?? config.releasesDir;
  const existing = readExisting(releasesDir);
  const text = (v: string | undefined) => (v ? collapseWhitespace(toNfc(v)) : undefined);
  const region = new Intl.Locale(config.locale).region;
  const summary = migrate(
    wxr,
    {
      uploadsDir,
      siteZone,
      archiveZone: config.timeZone,
      dateline: text(values.dateline),
      issuer: text(values.issuer) ?? latestRelease(existing)?.issuer ?? config.publisher,
      tags: archiveTags(releasesDir, existing),
      homeCountries: region ? [region] : [],
      overrides: config.countryNames,
    },
    releasesDir,
    existing,
  );
  for (const line of summaryLines(summary, { site: wxr.siteUrl, version: wxr.version }, lang))
    console.log(line);
  if (!summary.written.length) return 0;
  const written = summary.written.map((w) => w.file);
  const result = await checkArchive({ releasesDir, timeZone: config.timeZone });
  const mine = result.diagnostics.filter((d) =>
    written.some((file) => d.file.endsWith(file) || file.endsWith(d.file)),
  );
  for (const d of mine) console.log(formatDiagnostic(d, lang));
  const errors = mine.filter((d) => d.severity === 'error').length;
  console.log(catalogue(lang).wordpress.check(errors, mine.length - errors));
  return errors ? 1 : 0;
}
