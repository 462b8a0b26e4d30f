import { describe, expect, it } from 'vitest';
import { cacheKey, prepareSearchDocument } from '../../../src/search/build/document.ts';

const page = `<!doctype html><html lang="ar"><body><header><a>الرئيسية</a></header>
<article data-pagefind-body><p data-pagefind-ignore>تنبيه تجريبي</p>
<h1 data-pagefind-meta="title">اتفاقية مع الجامعة &amp; المعهد</h1>
<figure><picture><img src="/_astro/big.jpg" alt="صورة"></picture><figcaption>تعليق الصورة</figcaption></figure>
<div data-search-text><p>والغابون <strong>وماليزيا</strong></p></div>
<span hidden data-pagefind-meta="date:2025-06-18"></span><span hidden data-pagefind-meta="dateline:الرباط"></span>
<span hidden data-pagefind-filter="country:الغابون"></span>
<span hidden data-pagefind-meta="k:الغابون Gabon" data-search-thumb="/_astro/thumb.webp"></span>
<script>const x = 'لا يفهرس';</script></article></body></html>`;

describe('the copy of a release page that Pagefind indexes', () => {
  const doc = prepareSearchDocument(page)!;

  it('normalises the indexed words one for one and records the originals', () => {
    expect(doc.words).toEqual([
      'اتفاقية',
      'مع',
      'الجامعة',
      '&',
      'المعهد',
      'تعليق',
      'الصورة',
      'والغابون',
      'وماليزيا',
    ]);
    // Every key ends with ى (search-fold.ts); a word read two ways is written with both keys.
    expect(doc.html).toContain('اتفاقيهى معى جامعهى &amp; معهدى');
    expect(doc.html).toContain('غابونى <strong>وماليزياى-ماليزياى</strong>');
    expect(doc.title).toBe('اتفاقية مع الجامعة & المعهد');
  });

  it('records where the release text starts, after the title and the image caption', () => {
    expect(doc.words[doc.textStart]).toBe('والغابون');
    const noMarker = prepareSearchDocument(page.replace(' data-search-text', ''))!;
    expect(noMarker.words[noMarker.textStart]).toBe('تعليق');
  });

  it('leaves ignored parts, scripts and filters alone', () => {
    expect(doc.html).toContain('تنبيه تجريبي');
    expect(doc.html).toContain("'لا يفهرس'");
    expect(doc.html).toContain('data-pagefind-filter="country:الغابون"');
  });

  it('keeps dates and images out of the index and remembers them for display', () => {
    expect(doc.html).not.toContain('date:2025-06-18');
    expect(doc.html).not.toContain('<img');
    expect(doc.meta).toEqual({
      date: '2025-06-18',
      dateline: 'الرباط',
      image: '/_astro/thumb.webp',
    });
    expect(doc.html).toContain('data-pagefind-meta="dateline:رباطى"');
    expect(doc.html).toContain('data-pagefind-meta="k:غابونى gabonى"');
    expect(doc.dropMeta).toEqual(['k', 'v']);
  });

  it('ignores pages without a Pagefind body', () => {
    expect(prepareSearchDocument('<html><body><p>نص</p></body></html>')).toBeUndefined();
  });

  it('writes the cache key with punctuation only, so Pagefind indexes no word for it', () => {
    const key = cacheKey('المملكة');
    expect(key).toMatch(/^[!$%&'()+,\-./:;<=>]{8}$/);
    expect(key).not.toBe(cacheKey('المملكه'));
  });
});
