/**
 * `npm run check [-- --fix] [-- --dir <folder>]`: validates every release without building the site.
 * Exit code 0 when there is no error (warnings allowed), 1 when there are errors, 2 on bad usage.
 * `--fix` first rewrites files with a BOM, CRLF line endings, NFD text or a non-UTF-8 encoding.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkArchiveFully, fixEncodings, formatReport } from '../src/checks/index.ts';
import { settingsWarnings } from '../src/checks/settings.ts';
import { config } from '../src/config/settings.ts';

const USAGE = 'usage: npm run check [-- --fix] [-- --dir releases]';

let args;
try {
  args = parseArgs({
    options: {
      fix: { type: 'boolean', default: false },
      dir: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const releasesDir = args.dir ?? config.releasesDir;
if (args.fix) {
  for (const file of fixEncodings(releasesDir))
    console.log(`fixed: ${file} (now UTF-8 without BOM, LF line endings, Unicode NFC)`);
}
const result = await checkArchiveFully({
  releasesDir,
  timeZone: config.timeZone,
  base: config.base,
  languages: config.languages,
});
const settings = settingsWarnings(
  config.site,
  relative(process.cwd(), fileURLToPath(new URL('../archive.config.mjs', import.meta.url))),
);
result.diagnostics.push(...settings);
result.warnings += settings.length;
console.log(formatReport(result));
if (result.errors > 0) {
  console.log(
    'Fix the errors above, then run  npm run check  again. The site is not built while a release has an error.',
  );
}
process.exit(result.errors > 0 ? 1 : 0);
