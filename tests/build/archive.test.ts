import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { htmlPages, readPage, urlExists } from '../helpers/html.ts';
import { FIXTURES } from '../helpers/paths.ts';

let dist: string;

beforeAll(async () => {
  ({ dist } = await buildSite('fixture', {
    releasesDir: join(FIXTURES, 'archive'),
    env: { ARCHIVE_PAGE_SIZE: '2' },
  }));
});

const ALPHA = '/releases/alpha/';
const DELTA = `/releases/${encodeURIComponent('دلتا-عربي')}/`;

describe('the built fixture archive', () => {
  it('renders every page right-to-left in Arabic', () => {
    const pages = htmlPages(dist);
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const html = readPage(dist, path).querySelector('html')!;
      expect(html.getAttribute('lang'), path).toBe('ar');
      expect(html.getAttribute('dir'), path).toBe('rtl');
    }
  });

  it('shows a release with its title, dateline, date, issuer, countries, tags and body', () => {
    const page = readPage(dist, ALPHA);
    expect(page.querySelector('h1')!.text).toBe('ألفا: بيان اختبار عن الغابون وماليزيا');
    const meta = ['.kicker', '.byline']
      .map((c) => page.querySelector(`article ${c}`)!.text)
      .join(' ');
    expect(meta).toContain('الرباط');
    expect(meta).toContain('18 يونيو 2025');
    expect(meta).toContain('جهة اختبار');
    const facets = page.querySelector('.release-facets')!.text;
    expect(facets).toContain('الغابون');
    expect(facets).toContain('ماليزيا');
    expect(page.querySelector('.release-body')!.text).toContain('الفقرة الثانية من بيان ألفا');
  });

  it('links every tag and country of a release to a built page', () => {
    for (const path of [ALPHA, DELTA, '/releases/beta/', '/releases/zeta/']) {
      const links = readPage(dist, path).querySelectorAll('.release-facets a');
      expect(links.length, path).toBeGreaterThan(0);
      for (const a of links)
        expect(urlExists(dist, a.getAttribute('href')!), a.getAttribute('href')).toBe(true);
    }
  });

  it('leaves drafts out and lists the rest newest first across pages', () => {
    expect(urlExists(dist, '/releases/epsilon/')).toBe(false);
    const titles = ['/', '/page/2/', '/page/3/'].flatMap((p) =>
      readPage(dist, p)
        .querySelectorAll('.card h2')
        .map((h) => h.text),
    );
    expect(titles.map((t) => t.split(':')[0])).toEqual(['ألفا', 'بيتا', 'غاما', 'دلتا', 'زيتا']);
    expect(urlExists(dist, '/4/')).toBe(false);
  });

  it('counts releases right on the tag and country indexes', () => {
    const tags = readPage(dist, '/tags/');
    const national = tags
      .querySelectorAll('.facet-list li')
      .find((li) => li.text.includes('الوطني'))!;
    expect(national.text).toContain('4 بلاغات');
    const countries = readPage(dist, '/countries/');
    const gabon = countries
      .querySelectorAll('.facet-list li')
      .find((li) => li.text.includes('الغابون'))!;
    expect(gabon.text).toContain('بلاغان');
    expect(gabon.querySelector('a')!.getAttribute('href')).toBe('/countries/ga/');
  });

  it('paginates a tag page and names the country in Arabic', () => {
    const tagPath = `/tags/${encodeURIComponent('الامن-الوطني')}/`;
    expect(readPage(dist, tagPath).querySelectorAll('.card')).toHaveLength(2);
    expect(readPage(dist, `${tagPath}2/`).querySelectorAll('.card')).toHaveLength(2);
    expect(readPage(dist, '/countries/ga/').querySelector('h1')!.text).toBe('الغابون');
  });

  it('serves the image through astro:assets as a responsive picture with alt text', () => {
    const page = readPage(dist, DELTA);
    const img = page.querySelector('figure img')!;
    expect(img.getAttribute('alt')).toBe('مستطيل متدرج من الأزرق إلى الأخضر يستعمل صورة اختبار.');
    expect(img.getAttribute('width')).toBeTruthy();
    expect(img.getAttribute('height')).toBeTruthy();
    const types = page.querySelectorAll('figure source').map((s) => s.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    for (const source of page.querySelectorAll('figure source')) {
      const urls = source
        .getAttribute('srcset')!
        .split(',')
        .map((s) => s.trim().split(' ')[0]!);
      expect(urls.length).toBeGreaterThan(1);
      for (const url of urls) expect(urlExists(dist, url), url).toBe(true);
    }
    expect(page.querySelector('figcaption')!.text).toContain('صورة اختبار');
  });

  it('builds a Pagefind index and an Arabic 404 page', () => {
    expect(urlExists(dist, '/pagefind/pagefind.js')).toBe(true);
    expect(urlExists(dist, '/pagefind/pagefind-entry.json')).toBe(true);
    expect(readPage(dist, '/404.html').querySelector('h1')!.text).toBe('الصفحة غير موجودة');
  });
});
