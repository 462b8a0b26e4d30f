/**
 * `npm run import -- <file.txt|file.docx> --date YYYY-MM-DD [--title "…"] [--dateline الرباط]
 *   [--issuer "…"] [--countries GB,GA] [--tags "…، …"] [--slug name] [--publish]`
 * Turns a release written as plain text (one paragraph per line) or as a Word document into
 * releases/<year>/<slug>/index.mdx, a draft unless `--publish`, printing its path on the first
 * line and then what was detected, for review. Never invents a date and never overwrites.
 *
 * `npm run import -- <wordpress-export.xml> --uploads <copy of wp-content/uploads>` migrates a
 * WordPress export (WXR) instead: see src/publish/wordpress/migrate.ts.
 * Exit code 0 on success, 1 on a publisher mistake (the message says how to fix it).
 */
import { parseArgs } from 'node:util';
import { ImportError } from '../src/publish/import/import-release.ts';
import { importTextFile } from '../src/publish/import/command.ts';
import { PublishError } from '../src/publish/release-file.ts';
import { migrateWordPress } from '../src/publish/wordpress/command.ts';

const USAGE = [
  'usage: npm run import -- <release.txt|release.docx> --date 2025-06-18 [--title "…"] [--dateline الرباط] [--issuer "…"] [--countries GB,GA] [--tags "…، …"] [--slug name] [--publish]',
  '       npm run import -- <wordpress-export.xml> --uploads <copy of wp-content/uploads> [--dateline الرباط] [--issuer "…"] [--wp-time-zone Africa/Casablanca]',
].join('\n');

async function main(): Promise<number> {
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
      publish: { type: 'boolean', default: false },
      uploads: { type: 'string' },
      'wp-time-zone': { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new PublishError('give exactly one file to import');
  const input = positionals[0]!;
  if (input.toLowerCase().endsWith('.xml')) return migrateWordPress(input, values);
  await importTextFile(input, values);
  return 0;
}

try {
  process.exitCode = await main();
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
