import { describe, expect, it } from 'vitest';
import { PAGEFIND_BYTES_PER_PAGE, partFitsNow } from '../../../src/search/build/feed-memory.ts';

const MiB = 2 ** 20;

/** The feed builds a part during rendering only when Astro and the part's Pagefind fit the budget. */
describe('partFitsNow', () => {
  it("lets a small archive's part overlap rendering", () => {
    // 1,000 pages (~360 MiB of Pagefind) next to a 1 GiB build: well within 3 GiB.
    expect(partFitsNow(1024 * MiB, 1000, 3072)).toBe(true);
  });

  it('leaves a full part for after Astro once the build has grown', () => {
    // 5,000 pages (~1.76 GiB) next to a 2 GiB build, as at the end of a 10,000-release build.
    expect(partFitsNow(2048 * MiB, 5000, 3072)).toBe(false);
    // The same part early in the build, or with a larger budget, fits.
    expect(partFitsNow(1024 * MiB, 5000, 3072)).toBe(true);
    expect(partFitsNow(2048 * MiB, 5000, 4096)).toBe(true);
  });

  it('counts the budget to the byte', () => {
    const pages = 100;
    const rss = 3072 * MiB - pages * PAGEFIND_BYTES_PER_PAGE;
    expect(partFitsNow(rss, pages, 3072)).toBe(true);
    expect(partFitsNow(rss + 1, pages, 3072)).toBe(false);
  });
});
