import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { runScript, scratch } from '../helpers/cli.ts';
import { readPage, urlExists } from '../helpers/html.ts';
import { FIXTURES } from '../helpers/paths.ts';

/** A WordPress export of our own, migrated with npm run import and built. */
describe('a migrated WordPress export, built', () => {
  let dist: string;
  const post = `/releases/${encodeURIComponent('مباحثات-أمنية-مع-وفد-بريطاني')}/`;

  beforeAll(async () => {
    const dir = scratch('wordpress-build-releases');
    const migration = await runScript('import', [
      join(FIXTURES, 'wordpress/export.xml'),
      '--uploads',
      join(FIXTURES, 'wordpress/uploads'),
      '--dir',
      dir,
    ]);
    expect(migration.code, migration.output).toBe(0);
    ({ dist } = await buildSite('wordpress-build', { releasesDir: dir }));
  });

  it('publishes the published posts with their converted text, lead image and body image', () => {
    const page = readPage(dist, post);
    expect(page.querySelector('h1')!.text).toBe('مباحثات أمنية مع وفد بريطاني – الرباط');
    const body = page.querySelector('.release-body')!;
    expect(body.querySelector('p')!.text).toBe(
      'أجرى المدير العام للأمن الوطني، اليوم الأربعاء، مباحثات مع وفد من المملكة المتحدة حول التعاون الأمني و{تبادل الخبرات} & التكوين.',
    );
    expect(body.querySelector('h2')!.text).toBe('محاور المباحثات');
    expect(body.querySelectorAll('li').map((li) => li.text)).toEqual([
      'مكافحة الإرهاب',
      'الهجرة غير النظامية',
    ]);
    expect(body.querySelector('img')!.getAttribute('alt')).toBe(
      'أعضاء الوفد البريطاني حول طاولة الاجتماع',
    );
    expect(body.innerHTML).not.toMatch(/<script|onclick|javascript:|<iframe/);
    expect(page.querySelector('article img')!.getAttribute('alt')).toBe(
      'المدير العام يصافح رئيس الوفد البريطاني في قاعة الاجتماعات',
    );
    expect(page.querySelector('time')?.getAttribute('datetime')).toMatch(/^2025-06-18/);
    expect(
      urlExists(dist, `/releases/${encodeURIComponent('المديرية-العامة-للأمن-الوطني-تنظم-يوم')}/`),
    ).toBe(true);
  });

  it('keeps the WordPress drafts and pending posts off the site', () => {
    expect(urlExists(dist, `/releases/${encodeURIComponent('يوم-دراسي-حول-أمن-الحدود')}/`)).toBe(
      false,
    );
    expect(urlExists(dist, '/releases/pending-review/')).toBe(false);
  });

  it('lists the merged tag once, with both migrated releases', () => {
    const tag = readPage(dist, `/tags/${encodeURIComponent('التعاون-الامني')}/`);
    expect(tag.querySelectorAll('li.card h2, li.card h3').map((h) => h.text.trim())).toEqual([
      'مباحثات أمنية مع وفد بريطاني – الرباط',
      'المديرية العامة للأمن الوطني تنظم يوما دراسيا حول تعزيز التعاون الأمني الدولي في مجال مكافحة الجريمة العابرة للحدود',
    ]);
    expect(readPage(dist, '/tags/').text).not.toContain('التعاون الأمنيّ');
  });
});
