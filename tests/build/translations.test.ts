/**
 * What a French or English reader sees of the Arabic archive around the translations (built from
 * tests/fixtures/workflows with `fr,en` declared): the browse links lead only to pages in the
 * reader's language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../helpers/html.ts';
import { buildWorkflows } from '../quality/builds.ts';

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
