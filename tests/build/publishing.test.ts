import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS } from '../helpers/bad-inputs.ts';
import { buildExpectingFailure, buildSite } from '../helpers/build.ts';
import { runScript, scratch } from '../helpers/cli.ts';
import { readPage, urlExists } from '../helpers/html.ts';
import { FIXTURES } from '../helpers/paths.ts';

const CASES = join(FIXTURES, 'checks');

describe('npm run build refuses what npm run check refuses', () => {
  it.each(BAD_INPUTS)(
    '%s: the build fails with the same message',
    async (name, where, expected) => {
      const { code, output } = await buildExpectingFailure(`publishing-bad-${name}`, {
        releasesDir: join(CASES, name),
      });
      expect(code).not.toBe(0);
      const lines = output.split('\n');
      const at = lines.findIndex((l) => l.includes(`${where}  error  `));
      expect(at, output).toBeGreaterThanOrEqual(0);
      expect(lines.slice(at, at + 2).join('\n')).toMatch(expected);
      expect(output).toContain('The build stopped: ');
    },
  );

  it('a file saved with a BOM stops the build', async () => {
    const dir = scratch('publishing-bom-releases', join(CASES, 'valid'));
    const file = join(dir, '2024/second.mdx');
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
    const { code, output } = await buildExpectingFailure('publishing-bad-bom', {
      releasesDir: dir,
    });
    expect(code).not.toBe(0);
    expect(output).toContain('second.mdx:1  error  the file starts with a byte-order mark (BOM)');
  });
});

describe('releases made with npm run new and npm run import, built', () => {
  let dist: string;
  let log: string;
  const seedTitle = 'حموشي يبحث مع سفراء المملكة المتحدة والغابون وماليزيا تعزيز التعاون الأمني';

  beforeAll(async () => {
    const dir = scratch('publishing-good-releases', join(CASES, 'valid'));
    const runs = [
      await runScript('import', [
        join(FIXTURES, 'import/seed-rabat.txt'),
        '--date',
        '2025-06-18',
        '--title',
        seedTitle,
        '--slug',
        'seed',
        '--publish',
        '--dir',
        dir,
      ]),
      await runScript('import', [
        join(FIXTURES, 'import/special-characters.txt'),
        '--date',
        '2025-06-19',
        '--slug',
        'special',
        '--publish',
        '--dir',
        dir,
      ]),
      await runScript('import', [
        join(FIXTURES, 'import/release.docx'),
        '--date',
        '2025-06-20',
        '--slug',
        'word',
        '--publish',
        '--dir',
        dir,
      ]),
      await runScript('new', [
        '--title',
        'بيان قيد التحرير',
        '--date',
        '2025-06-21',
        '--slug',
        'draft',
        '--dir',
        dir,
      ]),
      await runScript('check', ['--dir', dir]),
    ];
    for (const r of runs) expect(r.code, r.output).toBe(0);
    ({ dist, log } = await buildSite('publishing-good', { releasesDir: dir }));
  });

  const paragraphs = (path: string) =>
    readPage(dist, path)
      .querySelectorAll('.release-body p')
      .map((p) => p.text);
  const sourceLines = (file: string) =>
    readFileSync(join(FIXTURES, 'import', file), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');

  it('shows the imported seed paragraphs exactly as in the source text', () => {
    expect(paragraphs('/releases/seed/')).toEqual(sourceLines('seed-rabat.txt').slice(0, -1));
    expect(readPage(dist, '/releases/seed/').querySelector('h1')!.text).toBe(seedTitle);
  });

  it('shows MDX and Markdown special characters exactly as written', () => {
    const lines = sourceLines('special-characters.txt');
    expect(readPage(dist, '/releases/special/').querySelector('h1')!.text).toBe(lines[0]);
    // The leading «الدار البيضاء -» is the dateline: the page shows it once, above the text.
    expect(paragraphs('/releases/special/')).toEqual([
      lines[1]!.replace(/^الدار البيضاء - /, ''),
      ...lines.slice(2, -1),
    ]);
  });

  it('publishes the Word document with its image and alt text', () => {
    const page = readPage(dist, '/releases/word/');
    expect(page.querySelector('.release-body')!.text).toContain(
      'وتناولت المباحثات {التكوين} و<التنسيق> بين البلدين & تبادل الخبرات.',
    );
    expect(page.querySelector('article img')!.getAttribute('alt')).toBe(
      'مصافحة بين المدير العام وسفير الغابون',
    );
  });

  it('keeps the new draft off the site and says so in the build log', () => {
    expect(urlExists(dist, '/releases/draft/')).toBe(false);
    expect(log).toMatch(/draft, not published: .*\/2025\/draft\/index\.mdx/);
    expect(log).toMatch(/6 releases checked in \d+ ms: 0 error\(s\)/);
  });
});
