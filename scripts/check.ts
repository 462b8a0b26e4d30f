/**
 * `npm run check [-- --fix] [-- --dir <folder>] [-- --lang en]`: validates every release without
 * building the site. Messages are Arabic, or English with `--lang en` or an `en…` locale
 * (`LANG`, `LC_ALL`; src/messages/).
 * Exit code 0 when there is no error (warnings allowed), 1 when there are errors, 2 on bad usage.
 * `--fix` first rewrites files with a BOM, CRLF line endings, NFD text, UTF-16 or Windows-1256 as
 * UTF-8, losslessly; a file whose encoding is not certain (damaged bytes) is left alone and named.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkArchiveFully, fixEncodings, formatReport } from '../src/checks/index.ts';
import { inLanguage } from '../src/checks/format.ts';
import { settingsWarnings } from '../src/checks/settings.ts';
import { cacheDirectory } from '../src/config/dirs.ts';
import { config } from '../src/config/settings.ts';
import {
  catalogue,
  messageLanguage,
  messageLanguageOf,
  render,
  type Lang,
} from '../src/messages/index.ts';
import { argumentErrorText } from '../src/messages/arguments.ts';

/** The usage line in the language of `--lang` (or the locale), even when the arguments are wrong. */
const usage = () => catalogue(messageLanguageOf(process.argv, process.env, 'lang')).usage.check;

let args;
try {
  args = parseArgs({
    options: {
      fix: { type: 'boolean', default: false },
      dir: { type: 'string' },
      lang: { type: 'string' },
      messages: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  const argument = argumentErrorText(error);
  const said = argument
    ? render(argument.text, messageLanguageOf(process.argv, process.env, 'lang'))
    : undefined;
  console.error(`${said?.message ?? (error as Error).message}\n${usage()}`);
  process.exit(2);
}
let lang: Lang;
try {
  lang = messageLanguage(args.lang ?? args.messages, process.env);
} catch (error) {
  console.error(`${(error as Error).message}\n${usage()}`);
  process.exit(2);
}
const words = catalogue(lang);
if (args.help) {
  console.log(words.usage.check);
  process.exit(0);
}
const releasesDir = args.dir ?? config.releasesDir;
if (args.fix) {
  const { fixed, refused } = fixEncodings(releasesDir);
  for (const { path, from } of fixed) console.log(words.fixed(path, from));
  for (const said of refused) console.log(inLanguage(said, lang));
}
const result = await checkArchiveFully({
  releasesDir,
  timeZone: config.timeZone,
  cacheDir: cacheDirectory(),
  base: config.base,
  languages: config.languages,
});
const settings = settingsWarnings(
  config.site,
  relative(process.cwd(), fileURLToPath(new URL('../archive.config.mjs', import.meta.url))),
);
result.diagnostics.push(...settings);
result.warnings += settings.length;
console.log(formatReport(result, lang));
if (result.errors > 0) console.log(words.fixThenCheck);
process.exit(result.errors > 0 ? 1 : 0);
