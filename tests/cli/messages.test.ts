import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, scratch } from '../helpers/cli.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

/**
 * The publishing commands speak Arabic by default and English on request (src/messages/), with
 * the publisher's own values in the fixes: her title quoted, both readings of her date, her
 * countries as codes with names, her instant in the archive's time zone.
 */

const MISTAKES = join(FIXTURES, 'messages');
/** The path as the report shows it: relative to the working directory. */
const SHOWN = relative(ROOT, join(MISTAKES, '2025/a/index.mdx'));
const ARABIC = { LANG: 'ar_MA.UTF-8', ARCHIVE_SITE: 'https://press.example.gov' };
const FSI = '\u2068';
const PDI = '\u2069';
const TITLE = 'المدير العام يستقبل وفد "الشرطة الفرنسية" بالرباط';

describe('npm run check in Arabic and in English', () => {
  it('prints Arabic by default, paths and code isolated, with a counted summary', async () => {
    const result = await runScript('check', ['--dir', MISTAKES], ARABIC);
    expect(result.code).toBe(1);
    const out = result.stdout;
    // file:line stays as it is (isolated), the severity and the message are Arabic.
    expect(out).toContain(
      `${FSI}${SHOWN}:2${PDI}  خطأ  «العنوان» (${FSI}title${PDI}): رأس الملف ليس`,
    );
    expect(out).toContain(
      `الحل: ضع النص بين علامتي تنصيص مفردتين، وتبقى العلامات المزدوجة في داخله: ${FSI}title: '${TITLE}'${PDI}`,
    );
    expect(out).toContain(`${FSI}date: 2025-07-02${PDI} أو ${FSI}date: 2025-02-07${PDI}`);
    expect(out).toContain(`اكتب ${FSI}BE${PDI} (بلجيكا)`);
    expect(out).toContain(`هل تقصد ${FSI}GB${PDI} (المملكة المتحدة)؟`);
    expect(out).toContain(`اكتب ${FSI}FR${PDI} (فرنسا)`);
    expect(out).toContain(`${FSI}countries: [FR, BE]${PDI} (فرنسا، بلجيكا)`);
    expect(out).toContain(`${FSI}date: 2025-06-11 10:30${PDI}`);
    expect(out).toMatch(/فُحص 3 بلاغات \(لا مسودات\) في \d+ ملّي ثانية: 7 أخطاء، لا تنبيهات\./);
    expect(out).toContain('صحّح الأخطاء أعلاه');
    expect(out).not.toMatch(/\berror\b|\bfix:|releases checked/);
  });

  it('prints the same report in English with --lang en, and with LANG=en', async () => {
    for (const [args, env] of [
      [['--lang', 'en'], ARABIC],
      [[], { ...ARABIC, LANG: 'en_GB.UTF-8' }],
    ] as const) {
      const result = await runScript('check', ['--dir', MISTAKES, ...args], env);
      expect(result.code).toBe(1);
      const out = result.stdout;
      expect(out).not.toContain(FSI);
      expect(out).toContain(
        `${SHOWN}:2  error  title «العنوان»: the frontmatter is not valid YAML`,
      );
      expect(out).toContain(
        `fix: write it in single quotes outside, keeping the double quotes inside:  title: '${TITLE}'`,
      );
      expect(out).toContain(
        'fix: write the one printed on the release:  date: 2025-07-02  or  date: 2025-02-07',
      );
      expect(out).toContain('fix: write  BE  (Belgium)');
      expect(out).toContain('Did you mean GB (United Kingdom)?');
      expect(out).toContain('fix: write  countries: [FR, BE]  (France, Belgium)');
      expect(out).toContain(
        'fix: write the same instant in Africa/Casablanca:  date: 2025-06-11 10:30',
      );
      expect(out).toMatch(/3 releases checked \(0 drafts\) in \d+ ms: 7 errors, 0 warnings\./);
    }
  });

  it('refuses a language it has no messages for, with exit code 2', async () => {
    const result = await runScript('check', ['--dir', MISTAKES, '--lang', 'fr'], ARABIC);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'the messages exist in ar (Arabic, the default) and en, not "fr"',
    );
    expect(result.stderr).toContain('الرسائل بالعربية (\u2068ar\u2069، الافتراضية) والإنجليزية');
  });
});

describe('npm run import in Arabic', () => {
  it('counts the paragraphs in Arabic and prints the draft line in Arabic', async () => {
    const dir = scratch('messages-import', join(FIXTURES, 'checks', 'valid'));
    const result = await runScript(
      'import',
      [join(FIXTURES, 'import', 'leading-dateline.txt'), '--date', '2025-06-18', '--dir', dir],
      ARABIC,
    );
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toMatch(/^استُورد (فقرة واحدة|فقرتان|\d+ فقرات|\d+ فقرةً?) من /m);
    expect(result.stdout).toContain(`كُتب مسودةً (${FSI}draft: true${PDI})`);
    const other = scratch('messages-import-en', join(FIXTURES, 'checks', 'valid'));
    const english = await runScript(
      'import',
      [
        join(FIXTURES, 'import', 'leading-dateline.txt'),
        '--date',
        '2025-06-18',
        '--dir',
        other,
        '--messages',
        'en',
      ],
      ARABIC,
    );
    expect(english.code, english.output).toBe(0);
    expect(english.stdout).toMatch(/^\d+ paragraphs? imported from /m);
  });
});
