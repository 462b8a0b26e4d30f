/**
 * `npm run import -- <file.txt|file.docx> --date YYYY-MM-DD [--title "…"] [--dateline الرباط]
 *   [--issuer "…"] [--countries GB,GA] [--tags "…، …"] [--slug name] [--publish]`
 * Turns a release written as plain text (one paragraph per line) or as a Word document into
 * releases/<year>/<slug>/index.mdx, a draft unless `--publish`, printing its path on the first
 * line and then what was detected, for review. Never invents a date and never overwrites.
 *
 * `npm run import -- <wordpress-export.xml> --uploads <copy of wp-content/uploads>` migrates a
 * WordPress export (WXR) instead: see src/publish/wordpress/migrate.ts.
 * Messages are Arabic, or English with `--messages en` or an `en…` locale (`LANG`, `LC_ALL`);
 * `--lang` is the language of a translation.
 * Exit code 0 on success, 1 on a publisher mistake (the message says how to fix it).
 */
import { parseArgs } from 'node:util';
import {
  catalogue,
  errorMessage,
  MessageLanguageError,
  messageLanguageOf,
  render,
  say,
} from '../src/messages/index.ts';
import { argumentErrorText } from '../src/messages/arguments.ts';
import { systemErrorText } from '../src/messages/system.ts';
import { ImportError } from '../src/publish/import/import-release.ts';
import { importTextFile } from '../src/publish/import/command.ts';
import { PublishError } from '../src/publish/release-file.ts';
import { migrateWordPress } from '../src/publish/wordpress/command.ts';
import { importTranslation } from '../src/publish/import/translation.ts';

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
      'translation-of': { type: 'string' },
      lang: { type: 'string' },
      messages: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new PublishError(say('publish.one-file', {}));
  const input = positionals[0]!;
  if (input.toLowerCase().endsWith('.xml')) return migrateWordPress(input, values);
  if (values['translation-of'] !== undefined) {
    await importTranslation(input, values);
    return 0;
  }
  await importTextFile(input, values);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  const lang = messageLanguageOf(process.argv, process.env);
  const argument = argumentErrorText(error);
  if (
    argument ||
    error instanceof PublishError ||
    error instanceof MessageLanguageError ||
    error instanceof ImportError
  ) {
    const message = argument
      ? render(argument.text, lang).message
      : errorMessage(error as Error, lang);
    console.error(`npm run import: ${message}\n${catalogue(lang).usage.import}`);
    process.exit(1);
  }
  // A system error (a file missing, no permission, a full disk): one sentence naming the file.
  const said = systemErrorText(error, undefined);
  if (!said) throw error;
  console.error(`npm run import: ${render(said.text, lang).message}`);
  process.exit(1);
}
