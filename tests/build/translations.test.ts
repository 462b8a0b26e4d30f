/**
 * What a French or English reader sees of the Arabic archive around the translations (built from
 * tests/fixtures/workflows with `fr,en` declared): the browse links lead only to pages in the
 * reader's language, and tag names, which are the Arabic originals', are marked as Arabic and
 * isolated right to left wherever the page shows them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../helpers/html.ts';
import { buildWorkflows } from '../quality/builds.ts';

const TAG = 'الأمن الوطني';
const TAG_PAGE = `/fr/tags/${encodeURIComponent('الامن-الوطني')}/`;

let dist: string;
beforeAll(async () => {
  ({ dist } = await buildWorkflows());
});

describe('the browse links of a translation’s search page', () => {
  it('offer the language’s tag and country pages, not the Arabic date archive', () => {
    for (const lang of ['fr', 'en']) {
      const none = readPage(dist, `/${lang}/search/`).querySelector('.search-none')!;
      const links = none.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links, lang).toEqual([`/${lang}/tags/`, `/${lang}/countries/`]);
      // the sentence still reads: "… by Topics or Countries."
      expect(none.text.replace(/\s+/g, ' '), lang).toMatch(/\S \S+ \S+\.\s*$/u);
    }
    const arabic = readPage(dist, '/search/').querySelector('.search-none')!;
    expect(arabic.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '/tags/',
      '/countries/',
      '/archive/',
    ]);
  });
});

describe('tag names on a translation’s pages', () => {
  it('are marked Arabic and isolated in the tag page’s heading and breadcrumbs', () => {
    const page = readPage(dist, TAG_PAGE);
    const h1 = page.querySelector('h1')!;
    expect(h1.text.trim()).toBe(`Thème : ${TAG}`);
    const inH1 = h1.querySelector('bdi[lang="ar"][dir="rtl"]');
    expect(inH1?.text.trim()).toBe(TAG);
    const current = page.querySelector('.breadcrumbs [aria-current="page"]')!;
    expect(current.querySelector('bdi[lang="ar"][dir="rtl"]')?.text.trim()).toBe(TAG);
    expect(page.querySelector('title')!.text).toContain(TAG);
  });

  it('are marked Arabic in the search page’s tag menu, and plain on the Arabic page', () => {
    const options = readPage(dist, '/en/search/').querySelectorAll('select[name="tag"] option');
    const tag = options.find((o) => o.getAttribute('value') === TAG)!;
    expect(tag.getAttribute('lang')).toBe('ar');
    expect(tag.getAttribute('dir')).toBe('rtl');
    // "All topics" is the page's own language
    expect(options[0]!.getAttribute('lang')).toBeUndefined();
    const arabic = readPage(dist, '/search/').querySelectorAll('select[name="tag"] option');
    expect(arabic.find((o) => o.getAttribute('value') === TAG)!.getAttribute('lang')).toBe(
      undefined,
    );
  });
});
