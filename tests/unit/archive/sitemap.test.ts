import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modifiedTime, pageFile, sitemapLastmod } from '../../../src/archive/sitemap.ts';

describe('sitemap lastmod', () => {
  const site = 'https://news.example.test/press/';

  it('maps a sitemap URL to its built page, Arabic slugs decoded', () => {
    expect(pageFile(`${site}releases/${encodeURIComponent('بلاغ')}/`, site, '/out')).toBe(
      '/out/releases/بلاغ/index.html',
    );
    expect(pageFile('https://elsewhere.example/x/', site, '/out')).toBeUndefined();
  });

  it("gives a release page its page's modified time and leaves other pages alone", () => {
    const out = mkdtempSync(join(tmpdir(), 'sitemap-'));
    mkdirSync(join(out, 'releases', 'بلاغ'), { recursive: true });
    writeFileSync(
      join(out, 'releases', 'بلاغ', 'index.html'),
      '<meta property="article:modified_time" content="2025-06-21T00:00:00+01:00">',
    );
    const serialize = sitemapLastmod(site, out);
    const url = `${site}releases/${encodeURIComponent('بلاغ')}/`;
    expect(serialize({ url })).toEqual({ url, lastmod: '2025-06-21T00:00:00+01:00' });
    expect(serialize({ url: `${site}tags/` })).toEqual({ url: `${site}tags/` });
    expect(serialize({ url: `${site}releases/missing/` })).toEqual({
      url: `${site}releases/missing/`,
    });
    expect(modifiedTime('<p>no meta</p>')).toBeUndefined();
  });
});
