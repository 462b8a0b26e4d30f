import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitRelease } from '../../src/checks/frontmatter.ts';
import { runScript, scratch } from '../helpers/cli.ts';
import { FIXTURES } from '../helpers/paths.ts';

const VALID = join(FIXTURES, 'checks/valid');
const SEED = join(FIXTURES, 'import/seed-rabat.txt');
const SEED_TITLE = 'حموشي يبحث مع سفراء المملكة المتحدة والغابون وماليزيا تعزيز التعاون الأمني';

function readRelease(file: string) {
  const split = splitRelease(readFileSync(file, 'utf8'))!;
  return { split, data: parse(split.yaml) as Record<string, unknown> };
}

describe('npm run import', () => {
  it('imports the seed text: paragraphs kept, dateline الرباط, countries GB GA MY, image slot', async () => {
    const dir = scratch('import-seed', VALID);
    const result = await runScript('import', [
      SEED,
      '--date',
      '2025-06-18',
      '--title',
      SEED_TITLE,
      '--dir',
      dir,
    ]);
    expect(result.code, result.output).toBe(0);
    const file = result.stdout.split('\n')[0]!;
    expect(file).toBe(
      join(
        dir,
        '2025',
        'حموشي-يبحث-مع-سفراء-المملكة-المتحدة-والغابون-وماليزيا-تعزيز-التعاون-الأمني',
        'index.mdx',
      ),
    );
    const { split, data } = readRelease(file);
    const source = readFileSync(SEED, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(source.at(-1)).toBe('Image description');
    expect(split.body.trim().split('\n\n')).toEqual(source.slice(0, -1));
    expect(data['dateline']).toBe('الرباط');
    expect(data['countries']).toEqual(['GB', 'GA', 'MY']);
    expect(data['date']).toBe('2025-06-18');
    expect(data['image']).toBeUndefined();
    expect(split.yaml).toContain(
      '# IMAGE TO FILL: the original text ended with an image caption placeholder («Image description»)',
    );
    expect(split.yaml).toContain('#   alt: ""');
    expect(result.stdout).toContain('dateline: الرباط (from «اليوم الأربعاء بالرباط»)');
    expect(result.stdout).toMatch(
      /countries suggested, check them: GB المملكة المتحدة \(«المملكة المتحدة», «والبريطانية»\); GA الغابون .*; MY ماليزيا/,
    );
    expect(result.stdout).toContain(
      "not suggested: MA المغرب, the archive's own country (locale ar-MA)",
    );
    expect(result.stdout).toContain('image slot to fill');
    // A draft until the publisher has reviewed it, with the archive's tags that the text mentions.
    expect(data['draft']).toBe(true);
    expect(data['tags']).toEqual(['التعاون الأمني', 'مكافحة الإرهاب']);
    expect(result.stdout).toContain(
      "tags suggested from the archive's tags that the text mentions, check them: التعاون الأمني (4×); مكافحة الإرهاب (1×)",
    );
    expect(result.stdout).toContain('written as a draft (draft: true)');
    const check = await runScript('check', ['--dir', dir]);
    expect(check.code, check.output).toBe(0);
  });

  it('never invents a date', async () => {
    const dir = scratch('import-no-date', VALID);
    const result = await runScript('import', [SEED, '--title', SEED_TITLE, '--dir', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--date is required: give the date printed on the release');
    expect(
      existsSync(
        join(
          dir,
          '2025',
          'حموشي-يبحث-مع-سفراء-المملكة-المتحدة-والغابون-وماليزيا-تعزيز-التعاون-الأمني',
        ),
      ),
    ).toBe(false);
  });

  it('asks for a title when the text has no title line', async () => {
    const result = await runScript('import', [
      SEED,
      '--date',
      '2025-06-18',
      '--dir',
      scratch('import-no-title', VALID),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the text has no title line');
  });

  it('warns when the weekday in the text does not match --date', async () => {
    const result = await runScript('import', [
      SEED,
      '--date',
      '2025-06-19',
      '--title',
      SEED_TITLE,
      '--dir',
      scratch('import-weekday', VALID),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'note: the text says «الأربعاء» but 2025-06-19 is a الخميس: check --date',
    );
  });

  it("imports a Word document with its image and the image's alt text", async () => {
    const dir = scratch('import-docx', VALID);
    const result = await runScript('import', [
      join(FIXTURES, 'import/release.docx'),
      '--date',
      '2025-06-18',
      '--dir',
      dir,
    ]);
    expect(result.code, result.output).toBe(0);
    const file = result.stdout.split('\n')[0]!;
    const { split, data } = readRelease(file);
    expect(data['title']).toBe('مباحثات أمنية مع سفير جمهورية الغابون');
    expect(data['countries']).toEqual(['GA']);
    expect(data['image']).toEqual({
      src: './image-1.jpg',
      alt: 'مصافحة بين المدير العام وسفير الغابون',
    });
    expect(readFileSync(join(file, '../image-1.jpg'))).toEqual(
      readFileSync(join(VALID, '2025/valid-release/photo.jpg')),
    );
    expect(split.body).toContain(
      'وتناولت المباحثات \\{التكوين\\} و\\<التنسيق\\> بين البلدين \\& تبادل الخبرات.',
    );
    expect((await runScript('check', ['--dir', dir])).code).toBe(0);
  });

  it('refuses other file types', async () => {
    const result = await runScript('import', [
      join(VALID, '2024/second.mdx'),
      '--date',
      '2025-06-18',
      '--dir',
      scratch('import-type', VALID),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot import .mdx files; save it as .docx (Word) or .txt');
  });

  it('removes a leading «city -» that becomes the dateline, checks «اليوم <weekday>», publishes with --publish', async () => {
    const dir = scratch('import-leading', VALID);
    const input = join(FIXTURES, 'import/leading-dateline.txt');
    const result = await runScript('import', [
      input,
      '--date',
      '2025-06-18',
      '--publish',
      '--dir',
      dir,
    ]);
    expect(result.code, result.output).toBe(0);
    const { split, data } = readRelease(result.stdout.split('\n')[0]!);
    expect(data['dateline']).toBe('الرباط');
    expect(split.body.trim().split('\n\n')[0]).toBe(
      'استقبل المدير العام اليوم الخميس سفير الجمهورية الفرنسية، وتناولت المباحثات سبل مكافحة الإرهاب.',
    );
    expect(result.stdout).toContain('removed «الرباط -» from the start of the first paragraph');
    // «اليوم الخميس» without a city after it is still the day of issue: 2025-06-18 is a Wednesday.
    expect(result.stdout).toContain('note: the text says «الخميس» but 2025-06-18 is a الأربعاء');
    expect(data['draft']).toBeUndefined();
    // «التعاون الامني» (no hamza) is the archive's «التعاون الأمني».
    expect(data['tags']).toEqual(['التعاون الأمني', 'مكافحة الإرهاب']);
    expect(data['countries']).toEqual(['FR']);
  });
});
