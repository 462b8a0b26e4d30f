import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import {
  bundleFragments,
  indexDifferences,
  indexedFromPages,
  searchPageParts,
} from '../helpers/pagefind.ts';
import { FIXTURES } from '../helpers/paths.ts';

/**
 * `npm run build` (scripts/build.ts): `astro build` with `ARCHIVE_SEARCH_INDEX=after`, the search
 * feed's worker preparing records, documents and parts while Astro renders, then the index step in
 * a fresh process that takes them from the build cache. The index it gives must be the one the
 * old way gives: every page read back from the finished site, with no cache at all.
 */
let dist: string;
let log: string;

beforeAll(async () => {
  ({ dist, log } = await buildSite('search-after', {
    releasesDir: join(FIXTURES, 'search', 'releases'),
    env: { ARCHIVE_SEARCH_PART_SIZE: '5' },
    npmBuild: true,
  }));
}, 600_000);

describe('npm run build: search index prepared while Astro renders', () => {
  it('builds the parts in the feed and assembles them after Astro exits', () => {
    if (!log.includes('another test file')) {
      expect(log).toMatch(/search feed: 13 release pages prepared while rendering, 3 parts built/);
      expect(log).toMatch(/search index: 13 pages in 3 parts in \d+ ms/);
    }
    const parts = searchPageParts(dist);
    expect(parts).toHaveLength(3);
    const urls = parts.flatMap((part) => bundleFragments(dist, part).map((f) => f.url));
    expect(urls).toHaveLength(13);
    expect(new Set(urls).size).toBe(13);
  });

  it('gives, byte for byte, the index built from the finished pages with no cache', async () => {
    const copy = await indexedFromPages(dist, 'search-after-from-pages', 5);
    expect(indexDifferences(copy, dist)).toEqual([]);
  }, 120_000);
});

/**
 * With a memory budget the build already exceeds (`searchFeedMemory`, 1 MiB), the feed builds
 * no part while Astro renders: every part is built by the index step after Astro has exited,
 * and the index is the same.
 */
describe('npm run build: search parts left to the index step for memory', () => {
  let lowDist: string;
  let lowLog: string;
  beforeAll(async () => {
    ({ dist: lowDist, log: lowLog } = await buildSite('search-after-memory', {
      releasesDir: join(FIXTURES, 'search', 'releases'),
      env: { ARCHIVE_SEARCH_PART_SIZE: '5', ARCHIVE_SEARCH_FEED_MEMORY: '1' },
      npmBuild: true,
    }));
  }, 600_000);

  it('builds every part after Astro, with the same index as the old way', async () => {
    if (!lowLog.includes('another test file')) {
      expect(lowLog).toMatch(
        /13 release pages prepared while rendering, 0 parts built, 3 left to the index step \(searchFeedMemory: 1 MiB\)/,
      );
      expect(lowLog).toMatch(
        /search index: 13 pages in 3 parts in \d+ ms \(0 of 3 parts unchanged/,
      );
    }
    const copy = await indexedFromPages(lowDist, 'search-after-memory-from-pages', 5);
    expect(indexDifferences(copy, lowDist)).toEqual([]);
  }, 120_000);
});
