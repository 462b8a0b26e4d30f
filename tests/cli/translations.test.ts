import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, scratch } from '../helpers/cli.ts';
import { FIXTURES } from '../helpers/paths.ts';

const DIR = join(FIXTURES, 'checks/translations');

describe('npm run check on translations', () => {
  it('refuses a translation without its original, in an undeclared language, or setting a field of the original', async () => {
    const result = await runScript('check', ['--dir', DIR], { ARCHIVE_LANGUAGES: 'fr,en' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /orphan\/index\.fr\.mdx:1 {2}error {2}is a translation without its original: 2025\/orphan\/index\.mdx does not exist/,
    );
    expect(result.stdout).toMatch(
      /ok\/index\.de\.mdx:1 {2}error {2}is a translation into "de", a language the site does not declare \(fr, en\)/,
    );
    expect(result.stdout).toMatch(
      /ok\/index\.en\.mdx:3 {2}error {2}date «التاريخ»: comes from the original release, not from its translation/,
    );
  });
});

describe('npm run new and import write a translation of an existing release', () => {
  it('next to the original, with only the fields a translation sets, and the check passes', async () => {
    const dir = scratch('translations-new', join(FIXTURES, 'checks/valid'));
    const env = { ARCHIVE_LANGUAGES: 'fr,en' };
    const made = await runScript(
      'new',
      [
        '--translation-of',
        'valid-release',
        '--lang',
        'fr',
        '--title',
        'Titre : essai',
        '--dir',
        dir,
      ],
      env,
    );
    expect(made.code, made.output).toBe(0);
    const fr = join(dir, '2025/valid-release/index.fr.mdx');
    expect(made.stdout.split('\n')[0]).toBe(fr);
    expect(readFileSync(fr, 'utf8')).toBe(
      '---\ntitle: "Titre : essai"\ndraft: true\n---\n\nWrite the translation here.\n',
    );
    const source = join(scratch('translations-source'), 'en.txt');
    writeFileSync(
      source,
      'Test release in English\nFirst paragraph {with braces}.\nSecond paragraph.\n',
    );
    const imported = await runScript(
      'import',
      [source, '--translation-of', 'valid-release', '--lang', 'en', '--publish', '--dir', dir],
      env,
    );
    expect(imported.code, imported.output).toBe(0);
    expect(readFileSync(join(dir, '2025/valid-release/index.en.mdx'), 'utf8')).toBe(
      '---\ntitle: Test release in English\n---\n\nFirst paragraph \\{with braces\\}.\n\nSecond paragraph.\n',
    );
    const again = await runScript(
      'new',
      ['--translation-of', 'valid-release', '--lang', 'en', '--title', 'x', '--dir', dir],
      env,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists already');
    const undeclared = await runScript(
      'new',
      ['--translation-of', 'valid-release', '--lang', 'de', '--title', 'x', '--dir', dir],
      env,
    );
    expect(undeclared.stderr).toContain('--lang must be a language the site declares');
    const checked = await runScript('check', ['--dir', dir], env);
    expect(checked.code, checked.output).toBe(0);
  });
});
