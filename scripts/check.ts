/**
 * `npm run check [-- --fix] [-- --dir <folder>]`: validates every release without building the site.
 * Exit code 0 when there is no error (warnings allowed), 1 when there are errors, 2 on bad usage.
 * `--fix` first rewrites files with a BOM, CRLF line endings, NFD text, UTF-16 or Windows-1256 as
 * UTF-8, losslessly; a file whose encoding is not certain (damaged bytes) is left alone and named.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkArchive, fixEncodings, formatReport } from '../src/checks/index.ts';
import { settingsWarnings } from '../src/checks/settings.ts';
import { cacheDirectory } from '../src/config/dirs.ts';
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
  const { fixed, refused } = fixEncodings(releasesDir);
  for (const { path, from } of fixed)
    console.log(
      `fixed: ${path} (read as ${from}; now UTF-8 without BOM, LF line endings, Unicode NFC)`,
    );
  for (const { path, reason } of refused) console.log(`${reason}: ${path}`);
}
const result = await checkArchive({
  releasesDir,
  timeZone: config.timeZone,
  cacheDir: cacheDirectory(),
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
