/**
 * The commands' own lines speak Arabic by default and English on request: the usage lines, an
 * unknown option, the reason inside a `--date` refusal, a damaged file `--fix` leaves alone, and a system error
 * (a missing file) as one sentence naming the file and keeping the system's code.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, scratch } from '../helpers/cli.ts';

const FSI = '\u2068';
const PDI = '\u2069';
const iso = (text: string) => `${FSI}${text}${PDI}`;
const ARABIC = { LANG: 'ar_MA.UTF-8' };

describe('usage lines', () => {
  it('are Arabic by default and English with --messages en, after a mistake', async () => {
    const [ar, en] = await Promise.all([
      runScript('new', [], ARABIC),
      runScript('new', ['--messages', 'en'], ARABIC),
    ]);
    expect(ar.code).toBe(1);
    expect(ar.stderr).toContain('الاستعمال: بلاغ جديد: ');
    expect(ar.stderr).toContain(`ترجمة بلاغ موجود: ${FSI}npm run new -- --translation-of`);
    expect(ar.stderr).not.toContain('usage:');
    expect(en.stderr).toContain('usage: npm run new -- --title "عنوان البلاغ"');
  });

  it('name the three ways in of npm run import, the WordPress one included', async () => {
    const ar = await runScript('import', [], ARABIC);
    expect(ar.code).toBe(1);
    expect(ar.stderr).toContain(`استيراد بلاغ من ملف نص أو ${iso('Word')}`);
    expect(ar.stderr).toContain(`نقل موقع ${iso('WordPress')}: ${FSI}npm run import --`);
  });

  it('of npm run check follow --lang, with exit code 2 on a wrong option', async () => {
    const [ar, en] = await Promise.all([
      runScript('check', ['--no-such-option'], ARABIC),
      runScript('check', ['--no-such-option', '--lang', 'en'], ARABIC),
    ]);
    expect(ar.code).toBe(2);
    expect(ar.stderr).toContain(
      `الاستعمال: ${iso('npm run check [-- --fix] [-- --dir releases] [-- --lang ar|en]')}`,
    );
    expect(en.stderr).toContain('usage: npm run check [-- --fix]');
  });
});

describe('a command-line mistake', () => {
  it("names the option in Arabic, and is Node's own line in English", async () => {
    const [unknown, missing, en] = await Promise.all([
      runScript('new', ['--title', 'x', '--nope'], ARABIC),
      runScript('import', ['a.txt', '--date'], ARABIC),
      runScript('new', ['--title', 'x', '--nope', '--messages', 'en'], ARABIC),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`npm run new: الخيار ${iso('--nope')} غير معروف`);
    expect(missing.stderr).toContain(`الخيار ${iso('--date')} يحتاج قيمة بعده`);
    expect(en.stderr).toContain("npm run new: Unknown option '--nope'");
  });
});

describe('a --date refusal', () => {
  it('gives the reason in Arabic with her own date, and in English on request', async () => {
    const dir = scratch('messages-date');
    const args = [
      '--title',
      'زيارة وفد',
      '--date',
      '2025-02-30',
      '--dateline',
      'الرباط',
      '--dir',
      dir,
    ];
    const [ar, en] = await Promise.all([
      runScript('new', args, ARABIC),
      runScript('new', [...args, '--messages', 'en'], ARABIC),
    ]);
    expect(ar.code).toBe(1);
    expect(ar.stderr).toContain(
      `تاريخ ${iso('--date')} غير صحيح: ${iso('2025-02-30')} ليس تاريخًا موجودًا في التقويم (في الشهر ${iso('2025-02')} 28 يومًا)`,
    );
    expect(en.stderr).toContain(
      '--date "2025-02-30" is not a real calendar date (2025-02 has 28 days)',
    );
    const format = await runScript(
      'new',
      ['--title', 'x', '--date', '02/07/2025', '--dir', dir],
      ARABIC,
    );
    expect(format.stderr).toContain(`${iso('02/07/2025')} ليس مكتوبًا بالصيغة سنة-شهر-يوم`);
  });
});

describe('a system error', () => {
  it('is one Arabic sentence naming the file, keeping the code', async () => {
    const dir = scratch('messages-system');
    const missing = join(dir, 'بلاغ-مفقود.txt');
    const [ar, en] = await Promise.all([
      runScript('import', [missing, '--date', '2025-06-18', '--dir', dir], ARABIC),
      runScript(
        'import',
        [missing, '--date', '2025-06-18', '--dir', dir, '--messages', 'en'],
        ARABIC,
      ),
    ]);
    expect(ar.code).toBe(1);
    expect(ar.stderr).toContain(
      `npm run import: تعذّرت قراءة ${iso(missing)}: الملف أو المجلد غير موجود (${iso('ENOENT')})`,
    );
    expect(ar.stderr).not.toContain('no such file');
    expect(en.stderr).toContain(`cannot read ${missing}: ENOENT: no such file or directory`);
  });

  it('is Arabic for a WordPress export that is not there', async () => {
    const dir = scratch('messages-system-wp');
    const missing = join(dir, 'export.xml');
    const ar = await runScript('import', [missing, '--uploads', dir, '--dir', dir], ARABIC);
    expect(ar.code).toBe(1);
    expect(ar.stderr).toContain(`تعذّرت قراءة ${iso(missing)}: الملف أو المجلد غير موجود`);
  });
});

describe('npm run check --fix', () => {
  it('names a damaged file it leaves alone, with her line, in Arabic', async () => {
    const dir = scratch('messages-fix');
    const file = join(dir, '2025/damaged.mdx');
    scratch('messages-fix/2025');
    const text = '---\ntitle: "بلاغ"\ndate: 2025-06-18\ndateline: الرباط\nissuer: جهة\n---\n\nنص ';
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(text), Buffer.from([0xd8]), Buffer.from('.\n')]),
    );
    const [ar, en] = await Promise.all([
      runScript('check', ['--fix', '--dir', dir], ARABIC),
      runScript('check', ['--fix', '--dir', dir, '--lang', 'en'], ARABIC),
    ]);
    expect(ar.stdout).toContain(`لم يُصحَّح ${iso(file)}: في السطر 8 بايت تالف`);
    expect(ar.stdout).toContain(`في السطر 8 بايت تالف خارج ترميز ${iso('UTF-8')}`);
    expect(en.stdout).toContain(
      `not fixed: 1 damaged byte(s) on line(s) 8; retype those characters and save as UTF-8: ${file}`,
    );
  });
});
