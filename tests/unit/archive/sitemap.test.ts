import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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
    expect(modifiedTime(Buffer.from('<p>no meta</p>'))).toBeUndefined();
  });

  it('does not keep the pages it reads in memory (a 100,000-release sitemap ran out of heap)', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const out = mkdtempSync(join(tmpdir(), 'sitemap-'));
    const body = `<p lang="ar">${'نص بلاغ أمني عن مباحثات التعاون '.repeat(16_000)}</p>`;
    const urls: string[] = [];
    for (let i = 0; i < 40; i++) {
      mkdirSync(join(out, 'releases', `r${i}`), { recursive: true });
      writeFileSync(
        join(out, 'releases', `r${i}`, 'index.html'),
        `<!doctype html><html lang="ar"><head><meta property="article:modified_time" content="2025-06-${String((i % 28) + 1).padStart(2, '0')}T00:00:00+01:00"></head><body>${body}${i}</body></html>`,
      );
      urls.push(`${site}releases/r${i}/`);
    }
    const serialize = sitemapLastmod(site, out);
    gc();
    const before = process.memoryUsage().heapUsed;
    // Each page is ~1 MB of UTF-8 (~1 MB as a V8 string): 40 MB if the lastmod values held them.
    const items = urls.map((url) => serialize<{ url: string; lastmod?: string }>({ url }));
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(items.map((i) => i.lastmod)).toContain('2025-06-01T00:00:00+01:00');
    expect(items.every((i) => i.lastmod?.length === 25)).toBe(true);
    expect(grown).toBeLessThan(4 * 2 ** 20);
  });
});
