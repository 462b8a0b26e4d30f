/**
 * The rarer check messages speak Arabic too (src/messages/ar-archive.ts, ar-file.ts): one
 * archive of the test's own holds one mistake of each group (duplicates, aliases, alias targets,
 * tag variants, translations, control characters, encodings, the release file, the schema's
 * list shapes, PDF attachments, files the build does not read, retired addresses), and
 * `npm run check` names each in Arabic by default and in English with `--lang en`, with the
 * publisher's own paths, tags and addresses in it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScript, scratch, type CliResult } from '../helpers/cli.ts';
import { ROOT } from '../helpers/paths.ts';

const FSI = '\u2068';
const PDI = '\u2069';
/** A value as an Arabic line shows it: isolated. */
const iso = (text: string) => `${FSI}${text}${PDI}`;

let dir: string;
let arabic: CliResult;
let english: CliResult;

const write = (path: string, fields: string, body = 'نص البلاغ.') => {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `---\ntitle: "بلاغ ${path}"\ndate: 2025-06-18\ndateline: الرباط\nissuer: جهة اختبار\n${fields}---\n\n${body}\n`,
  );
};

beforeAll(async () => {
  dir = scratch('messages-checks');
  // duplicates and aliases: two published releases at /releases/same/, claiming one old address
  write('2024/same/index.mdx', 'aliases: [/old/visit/]\n');
  write('2025/same/index.mdx', 'aliases: [/old/visit/]\n');
  // alias target: the address of another release
  write('2025/talks/index.mdx', 'aliases: [/releases/meeting/]\n');
  write('2025/meeting/index.mdx', '');
  // tag variants: two releases write «التعاون الأمني», one without the hamza
  write('2025/t1/index.mdx', 'tags: [التعاون الأمني]\n');
  write('2025/t2/index.mdx', 'tags: [التعاون الأمني]\n');
  write('2025/t3/index.mdx', 'tags: [التعاون الامني]\n');
  // a translation without its original
  write('2025/lost/index.fr.mdx', '');
  // a control character in the text, Windows line endings
  write('2025/bell/index.mdx', '', 'نص فيه جرس \u0007 خفي.');
  writeFileSync(
    join(dir, '2025/crlf.mdx'),
    '---\r\ntitle: "بلاغ"\r\ndate: 2025-06-18\r\ndateline: الرباط\r\nissuer: جهة\r\n---\r\n\r\nنص.\r\n',
  );
  // the schema: withdrawn written as a word
  write('2025/withdrawn/index.mdx', 'withdrawn: نعم\n');
  // a PDF that says who wrote it
  write('2025/pdf/index.mdx', 'attachments:\n  - src: ./release.pdf\n    title: نص البلاغ\n');
  const pdf = await PDFDocument.create();
  pdf.addPage();
  pdf.setAuthor('Ahmed B.');
  writeFileSync(join(dir, '2025/pdf/release.pdf'), await pdf.save());
  // a Word file the build does not read, a hidden folder, a retired address without a reason
  writeFileSync(join(dir, '2025/بلاغ-قديم.docx'), 'PK');
  write('2025/_later/index.mdx', '');
  writeFileSync(join(dir, 'retired.yaml'), '- address: /releases/gone/\n');
  [arabic, english] = await Promise.all([
    runScript('check', ['--dir', dir], { LANG: 'ar_MA.UTF-8' }),
    runScript('check', ['--dir', dir, '--lang', 'en'], { LANG: 'ar_MA.UTF-8' }),
  ]);
});

/** A release file as the report names it. */
const shown = (path: string) => relative(ROOT, join(dir, path));

describe('npm run check: the rarer messages in Arabic and in English', () => {
  it('names duplicate URLs and a doubly claimed old address', () => {
    expect(arabic.code).toBe(1);
    expect(arabic.stdout).toContain(
      `عنوانه ${iso('/releases/same/')}، وهو عنوان ${iso(shown('2024/same/index.mdx'))} أيضًا`,
    );
    expect(arabic.stdout).toContain(`العنوان القديم ${iso('/old/visit/')} مذكور أيضًا في`);
    expect(english.stdout).toContain(
      `ends at the same URL /releases/same/ as ${shown('2024/same/index.mdx')}`,
    );
    expect(english.stdout).toContain('the old address /old/visit/ is also claimed by');
  });

  it('names an alias that is another release, and a tag variant, with her tag', () => {
    expect(arabic.stdout).toContain(
      `${iso('/releases/meeting/')} عنوان بلاغ آخر (${iso(shown('2025/meeting/index.mdx'))})`,
    );
    expect(arabic.stdout).toContain('«التعاون الامني» صيغة أخرى للوسم الموجود «التعاون الأمني»');
    expect(arabic.stdout).toContain('الحل: اكتب «التعاون الأمني» كما في البلاغات الأخرى');
    expect(english.stdout).toContain(
      `/releases/meeting/ is the address of another release, ${shown('2025/meeting/index.mdx')}`,
    );
    expect(english.stdout).toContain(
      '"التعاون الامني" is a variant spelling of the existing tag "التعاون الأمني"',
    );
  });

  it('names a translation without its original, and the control character by its name', () => {
    expect(arabic.stdout).toContain(`ترجمة بلا أصل: ${iso('2025/lost/index.mdx')} غير موجود`);
    expect(arabic.stdout).toMatch(
      /في النص حرف تحكم غير مرئي \(\u2068U\+0007[^)]*\)، يُحذف من البلاغ المنشور/,
    );
    expect(english.stdout).toContain(
      'is a translation without its original: 2025/lost/index.mdx does not exist',
    );
    expect(english.stdout).toMatch(/the text has 1 invisible control character\(s\) \(U\+0007/);
  });

  it('names Windows line endings and a withdrawn written as a word', () => {
    expect(arabic.stdout).toContain(`نهايات الأسطر في الملف على طريقة ويندوز (${iso('CRLF')})`);
    expect(arabic.stdout).toContain(`الحل: شغّل ${iso('npm run check -- --fix')}`);
    expect(arabic.stdout).toContain(
      `«سحب البلاغ» (${iso('withdrawn')}): يُكتب ${iso('{ date: YYYY-MM-DD, reason: "…" }')}`,
    );
    expect(english.stdout).toContain('the file has Windows (CRLF) line endings');
    expect(english.stdout).toContain('withdrawn «سحب البلاغ»: must be { date: YYYY-MM-DD');
  });

  it("names the PDF's author, the Word file to import, the retired address, the hidden folder", () => {
    expect(arabic.stdout).toContain(
      `يُخبر ملف ${iso('PDF')} ${iso('./release.pdf')} كل من ينزّله بـ: ${iso('Author "Ahmed B."')}`,
    );
    const docx = join(dir, '2025/بلاغ-قديم.docx');
    expect(arabic.stdout).toContain(
      `الحل: حوّله إلى بلاغ بالأمر ${iso(`npm run import -- "${docx}" --date YYYY-MM-DD`)}`,
    );
    expect(arabic.stdout).toContain(
      `العنصر 1 (${iso('/releases/gone/')}) يحتاج سطر ${iso('reason:')} يذكر سبب التخلي عن العنوان`,
    );
    expect(arabic.stdout).toContain(
      `تُرك  ${iso(`مجلد أو ملف يبدأ اسمه بـ ${iso('_')} أو ${iso('.')} لا يُنشر أبدًا`)}`,
    );
    expect(english.stdout).toContain(
      'the PDF "./release.pdf" tells anyone who downloads it Author "Ahmed B."',
    );
    expect(english.stdout).toContain(`turn it into a release with  npm run import -- "${docx}"`);
    expect(english.stdout).toContain('item 1 (/releases/gone/) needs a "reason:"');
  });

  it('prints no English line in the Arabic report', () => {
    const lines = arabic.stdout.split('\n').filter(Boolean);
    for (const line of lines) {
      const words = line.replace(/\u2068[^\u2069]*\u2069/g, '').replace(/«[^»]*»/g, '');
      expect(words, line).not.toMatch(/\b(?:the|is|a|an|of|to|and|not)\b/);
    }
  });
});
