import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitRelease } from '../../src/checks/frontmatter.ts';
import { runScript, scratch, type CliResult } from '../helpers/cli.ts';
import { FIXTURES } from '../helpers/paths.ts';

const EXPORT = join(FIXTURES, 'wordpress/export.xml');
const UPLOADS = join(FIXTURES, 'wordpress/uploads');
const OWN_SITE = { ARCHIVE_SITE: 'https://press.example.gov' };
const POST = '2025/مباحثات-أمنية-مع-وفد-بريطاني';
const CUT = '2024/المديرية-العامة-للأمن-الوطني-تنظم-يوم';

function read(dir: string, release: string) {
  const split = splitRelease(readFileSync(join(dir, release, 'index.mdx'), 'utf8'))!;
  return { body: split.body.trim(), data: parse(split.yaml) as Record<string, unknown> };
}
const migrate = (dir: string, ...args: string[]) =>
  runScript('import', [EXPORT, '--uploads', UPLOADS, '--dir', dir, ...args], OWN_SITE);

describe('npm run import of a WordPress export', () => {
  let dir: string;
  let first: CliResult;
  beforeAll(async () => {
    dir = scratch('wordpress-migration');
    first = await migrate(dir, '--issuer', 'المديرية العامة للأمن الوطني');
  });

  it('writes one release per post and says what it did', () => {
    expect(first.code, first.output).toBe(0);
    expect(first.stdout).toContain(
      'WordPress export of https://old.example.org (WXR 1.2): 5 post(s) read',
    );
    expect(first.stdout).toContain('written: 4 release(s), 2 of them draft(s)');
    expect(first.stdout).toContain('post 16 «بلاغ محذوف»: in the WordPress bin (trash)');
    expect(first.stdout).toContain(
      'not releases, not imported: attachment 4, page 1, nav_menu_item 1',
    );
    expect(first.stdout).toMatch(
      /missing files \(not in the --uploads folder\): 1\n {2}2024\/11\/lost\.jpg/,
    );
    expect(first.stdout).toContain('2025/06/annex.zip');
    expect(first.stdout).toContain('check of the releases written: no error, 0 warning(s)');
    expect(readdirSync(join(dir, '2025')).sort()).toEqual(
      ['pending-review', 'مباحثات-أمنية-مع-وفد-بريطاني', 'يوم-دراسي-حول-أمن-الحدود'].sort(),
    );
  });

  it('takes the date from post_date_gmt into the archive zone: 23:30 GMT is 00:30 the next day', () => {
    expect(read(dir, POST).data['date']).toBe('2025-06-18 00:30');
  });

  it('decodes the slug, keeps the old addresses as aliases, and the tags merged by identity', () => {
    const { data } = read(dir, POST);
    expect(data['title']).toBe('مباحثات أمنية مع وفد بريطاني – الرباط');
    expect(data['aliases']).toEqual(['/2025/06/18/مباحثات-أمنية-مع-وفد-بريطاني/', '/?p=12']);
    // Category «التعاون الأمني» and tag «التعاون الامني» are one tag; "Uncategorized" is dropped.
    expect(data['tags']).toEqual(['التعاون الأمني', 'مكافحة الإرهاب']);
    expect(data['draft']).toBeUndefined();
    expect(data['dateline']).toBe('الرباط');
    expect(data['countries']).toEqual([]);
    expect(readFileSync(join(dir, POST, 'index.mdx'), 'utf8')).toContain(
      'countries: []  # suggested from the text, check them: [GB]',
    );
  });

  it('keeps a slug cut by WordPress at 200 bytes valid, and its 2024 date', () => {
    expect(existsSync(join(dir, CUT, 'index.mdx'))).toBe(true);
    expect(read(dir, CUT).data['tags']).toEqual(['التعاون الأمني']);
    expect(first.stdout).toContain('the WordPress slug was cut at 200 bytes');
  });

  it('makes the featured image the lead image with its alt text and caption, other files attachments', () => {
    const { data, body } = read(dir, POST);
    expect(data['image']).toEqual({
      src: './lead.jpg',
      alt: 'المدير العام يصافح رئيس الوفد البريطاني في قاعة الاجتماعات',
      caption: 'لحظة استقبال الوفد بمقر المديرية',
    });
    expect(data['attachments']).toEqual([{ src: './statement.pdf', title: 'نص البلاغ الموقع' }]);
    expect(readdirSync(join(dir, POST)).sort()).toEqual(
      ['index.mdx', 'lead.jpg', 'statement.pdf', 'وفد-أمني.jpg'].sort(),
    );
    expect(readFileSync(join(dir, POST, 'statement.pdf'))).toEqual(
      readFileSync(join(UPLOADS, '2025/06/statement.pdf')),
    );
    // [caption]: the original of the 300×200 copy, its alt text from the media library, then the caption.
    expect(body).toContain(
      '![أعضاء الوفد البريطاني حول طاولة الاجتماع](./وفد-أمني.jpg)\n\nالمدير العام يستقبل الوفد البريطاني',
    );
  });

  it('converts the body: dateline removed, MDX escaped, headings and lists kept, scripts gone', () => {
    const { body } = read(dir, POST);
    expect(body.split('\n')[0]).toBe(
      'أجرى المدير العام للأمن الوطني، اليوم الأربعاء، مباحثات مع وفد من **المملكة المتحدة** حول التعاون الأمني و\\{تبادل الخبرات} & التكوين.',
    );
    expect(body).toContain('## محاور المباحثات\n\n- مكافحة الإرهاب\n- الهجرة غير النظامية');
    expect(body).not.toMatch(/script|onclick|javascript:|iframe|contact-form/);
    expect(body).toContain(
      '[https://www.youtube.com/watch?v=abc123](https://www.youtube.com/watch?v=abc123)',
    );
    expect(first.stdout).toContain('[contact-form-7 id="7" title="اتصل بنا"] removed');
  });

  it('keeps drafts and pending posts as drafts, dated from post_date when the GMT date is unset', () => {
    const draft = read(dir, '2025/يوم-دراسي-حول-أمن-الحدود');
    expect(draft.data['draft']).toBe(true);
    expect(draft.data['date']).toBe('2025-06-20 10:00');
    expect(draft.data['dateline']).toBe('طنجة');
    expect(draft.body).toBe(
      'تنظم المديرية يوما دراسيا حول أمن الحدود.\n\n![نقطة عبور حدودية](./border.jpg)\n\nنقطة العبور',
    );
    expect(read(dir, '2025/pending-review').data['draft']).toBe(true);
  });

  it('writes nothing new on a second run, and the archive passes the check', async () => {
    const before = readFileSync(join(dir, POST, 'index.mdx'), 'utf8');
    const again = await migrate(dir);
    expect(again.code, again.output).toBe(0);
    expect(again.stdout).toContain('written: 0 release(s)');
    expect(again.stdout).toContain(
      `post 12 «مباحثات أمنية مع وفد بريطاني – الرباط»: already imported: ${join(dir, POST, 'index.mdx')}`,
    );
    expect(readFileSync(join(dir, POST, 'index.mdx'), 'utf8')).toBe(before);
    const check = await runScript('check', ['--dir', dir], OWN_SITE);
    expect(check.code, check.output).toBe(0);
    expect(check.stdout).toMatch(/4 releases checked \(2 drafts\) .*: 0 errors, 0 warnings/);
  });

  it('never overwrites: a folder already taken gets the post id', async () => {
    const other = scratch('wordpress-taken');
    await runScript('new', [
      '--title',
      'بلاغ قيد المراجعة',
      '--date',
      '2025-01-10',
      '--slug',
      'pending-review',
      '--dateline',
      'الرباط',
      '--dir',
      other,
    ]);
    const result = await migrate(other);
    expect(result.code, result.output).toBe(0);
    expect(existsSync(join(other, '2025/pending-review-15/index.mdx'))).toBe(true);
    expect(result.stdout).toContain(
      "/releases/pending-review/ is another release's address: written as pending-review-15",
    );
  });
});

describe('npm run import of a WordPress export: what the publisher must fix', () => {
  it('a featured image without alt text is a check error, never a placeholder', async () => {
    const dir = scratch('wordpress-no-alt');
    const result = await runScript(
      'import',
      [join(FIXTURES, 'wordpress/no-alt.xml'), '--uploads', UPLOADS, '--dir', dir],
      OWN_SITE,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /press-conference\/index\.mdx:\d+ {2}error {2}image\.alt «النص البديل للصورة»: is empty/,
    );
    expect(result.stdout).toContain('dateline «مكان الإصدار»: is missing');
    expect(result.stdout).toContain('check of the releases written: 2 error(s)');
    // A blog under /news/: its numeric address keeps the path.
    expect(read(dir, '2025/press-conference').data['aliases']).toEqual(['/news/?p=31']);
  });

  it('asks for the uploads folder, and refuses a file that is not an export', async () => {
    const dir = scratch('wordpress-usage');
    const noUploads = await runScript('import', [EXPORT, '--dir', dir]);
    expect(noUploads.code).toBe(1);
    expect(noUploads.stderr).toContain(
      "--uploads is required: give a copy of the site's wp-content/uploads folder",
    );
    const notWxr = await runScript('import', [
      join(FIXTURES, 'wordpress/uploads/2025/06/statement.pdf.xml'),
      '--uploads',
      UPLOADS,
      '--dir',
      dir,
    ]);
    expect(notWxr.code).toBe(1);
    expect(notWxr.stderr).toContain('cannot read');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('speaks Arabic by default: the summary, its notes and reasons, and the refusals', async () => {
    const dir = scratch('wordpress-arabic');
    const arabic = { ...OWN_SITE, LANG: 'ar_MA.UTF-8' };
    const run = await runScript('import', [EXPORT, '--uploads', UPLOADS, '--dir', dir], arabic);
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toContain(
      'ملف تصدير ووردبريس للموقع \u2068https://old.example.org\u2069 (\u2068WXR 1.2\u2069): قُرئ 5 منشورات',
    );
    expect(run.stdout).toContain('كُتب 4 بلاغات، منها مسودتان');
    expect(run.stdout).toContain('المنشور \u206816\u2069 «بلاغ محذوف»: في سلة مهملات ووردبريس');
    expect(run.stdout).toContain('فحص البلاغات المكتوبة: لا أخطاء، لا تنبيهات');
    expect(run.stdout).not.toMatch(/\b(?:post|written|skipped|converted|removed)\b/);
    const noUploads = await runScript('import', [EXPORT, '--dir', dir], { LANG: 'ar' });
    expect(noUploads.stderr).toContain('الخيار \u2068--uploads\u2069 مطلوب');
    const english = await runScript('import', [EXPORT, '--dir', dir, '--messages', 'en'], {
      LANG: 'ar',
    });
    expect(english.stderr).toContain('--uploads is required');
  });
});
