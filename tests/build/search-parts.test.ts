import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import {
  bundleFragments,
  indexDifferences,
  indexedFromPages,
  searchPageParts,
} from '../helpers/pagefind.ts';
import { FIXTURES, ROOT, TMP } from '../helpers/paths.ts';
import { buildSearchIndex } from '../../src/search/build/index-site.ts';

/** The search fixture (13 releases: 4 in 2024, 9 in 2025) indexed in parts of at most 5 pages. */
const buildSearchParts = () =>
  buildSite('search-parts', {
    releasesDir: join(FIXTURES, 'search', 'releases'),
    env: { ARCHIVE_SEARCH_PART_SIZE: '5' },
  });
const buildOnePart = () =>
  buildSite('search-quality', { releasesDir: join(FIXTURES, 'search', 'releases') });

let dist: string;
let log: string;
let oneDist: string;

beforeAll(async () => {
  ({ dist, log } = await buildSearchParts());
  ({ dist: oneDist } = await buildOnePart());
});

describe('search index in parts', () => {
  it('keeps an archive under the part size in the one primary bundle', () => {
    expect(searchPageParts(oneDist)).toEqual(['pagefind/']);
    expect(readdirSync(join(oneDist, 'pagefind')).filter((n) => n.startsWith('part-'))).toEqual([]);
    expect(bundleFragments(oneDist, 'pagefind/')).toHaveLength(13);
  });

  it('writes one bundle per part, none larger than the part size, and the search page merges exactly those', () => {
    const parts = searchPageParts(dist);
    expect(parts.length).toBe(3);
    expect(parts[0]).toBe('pagefind/');
    if (!log.includes('another test file'))
      expect(log).toMatch(/search index: 13 pages in 3 parts in \d+ ms/);
    for (const part of parts) {
      const files = readdirSync(join(dist, part));
      expect(files).toContain('pagefind-entry.json');
      expect(files.some((n) => n.endsWith('.pf_meta'))).toBe(true);
      expect(bundleFragments(dist, part).length).toBeGreaterThan(0);
      expect(bundleFragments(dist, part).length).toBeLessThanOrEqual(5);
    }
    // Only the primary bundle carries Pagefind's script and WebAssembly; merged parts use it.
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind', 'wasm.unknown.pagefind'))).toBe(true);
    for (const part of parts.slice(1))
      expect(
        readdirSync(join(dist, part)).filter((n) => n.endsWith('.js') || n.endsWith('.pagefind')),
      ).toEqual([]);
  });

  it('puts every release in exactly one part, newest part first, with the same restored fragments as one index', () => {
    const parts = searchPageParts(dist).map((part) => bundleFragments(dist, part));
    const urls = parts.flat().map((f) => f.url);
    expect(new Set(urls).size).toBe(urls.length);
    const single = new Map(bundleFragments(oneDist, 'pagefind/').map((f) => [f.url, f]));
    expect([...urls].sort()).toEqual([...single.keys()].sort());
    // Date ranges do not overlap and go from newest to oldest (a year larger than a part is sliced by date).
    for (let k = 0; k + 1 < parts.length; k++) {
      const oldestHere = parts[k]!.map((f) => f.meta['date']!).sort()[0]!;
      const newestNext = parts[k + 1]!.map((f) => f.meta['date']!)
        .sort()
        .at(-1)!;
      expect(oldestHere >= newestNext).toBe(true);
    }
    // Original words, title and display metadata are restored in every part, as with one index.
    for (const f of parts.flat()) {
      const same = single.get(f.url)!;
      expect(f.content).toBe(same.content);
      expect(f.meta).toEqual(same.meta);
    }
  });

  it('builds every part while Astro renders, the same bundles as indexing the finished pages', async () => {
    if (!log.includes('another test file')) {
      expect(log).toMatch(/search feed: 13 release pages prepared while rendering, 3 parts built/);
      expect(log).toMatch(/search index: 13 pages in 3 parts in \d+ ms \(0 of 3 parts unchanged/);
    }
    // The same built pages, indexed after the build from the pages alone (no cache, no feed).
    const copy = await indexedFromPages(dist, 'search-parts-from-pages', 5);
    expect(indexDifferences(copy, dist)).toEqual([]);
  }, 60_000);

  it('indexing the same built site again gives the same restored fragments, not twice-restored ones', async () => {
    const copy = join(TMP, 'search-parts-reindexed');
    rmSync(copy, { recursive: true, force: true });
    cpSync(dist, copy, { recursive: true });
    for (let run = 0; run < 2; run++) {
      const result = await buildSearchIndex(copy, 5);
      expect(result.unmatched).toBe(0);
      expect(result.parts).toEqual(searchPageParts(dist));
    }
    for (const part of searchPageParts(dist)) {
      const before = new Map(bundleFragments(dist, part).map((f) => [f.url, f.content]));
      const after = bundleFragments(copy, part);
      expect(after).toHaveLength(before.size);
      for (const f of after) expect(f.content).toBe(before.get(f.url));
    }
  }, 60_000);

  it('re-indexes every part after a change to a folding rule the indexing code imports, and none without one', async () => {
    const copy = join(TMP, 'search-parts-code-change');
    const cache = join(TMP, 'search-parts-code-change-cache');
    const source = join(TMP, 'search-parts-code-change-src');
    for (const dir of [copy, cache, source]) rmSync(dir, { recursive: true, force: true });
    cpSync(dist, copy, { recursive: true });
    cpSync(join(ROOT, 'src'), source, { recursive: true });
    expect((await buildSearchIndex(copy, 5, cache, source)).reused).toBe(0);
    expect((await buildSearchIndex(copy, 5, cache, source)).reused).toBe(3);
    // A folding rule two imports away from the indexer (search/build/part.ts → … → arabic/fold.ts).
    const fold = join(source, 'arabic', 'fold.ts');
    writeFileSync(
      fold,
      readFileSync(fold, 'utf8').replace(
        "'\\u06A9': '\\u0643', // ک keheh",
        "'\\u06A9': '\\u06A9', // ک keheh (changed)",
      ),
    );
    expect(readFileSync(fold, 'utf8')).toContain('(changed)');
    const result = await buildSearchIndex(copy, 5, cache, source);
    expect(result.reused).toBe(0);
    expect(result.parts).toHaveLength(3);
  }, 120_000);
});
