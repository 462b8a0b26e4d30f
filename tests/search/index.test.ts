/**
 * The indexing step on its own (no Astro build): Pagefind indexes normalised words, the fragment
 * files hold the original text, and a spelling-only correction gets a new fragment file name.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build/index-site.ts';
import { TMP } from '../helpers/paths.ts';

const page = (text: string) =>
  `<html lang="ar"><body><article data-pagefind-body><h1>زيارة وفد</h1><p>${text}</p>` +
  `<span hidden data-pagefind-meta="date:2025-06-18"></span><span hidden data-pagefind-filter="year:2025"></span></article></body></html>`;

async function index(
  name: string,
  text: string,
): Promise<{ files: string[]; fragment: { content: string; meta: Record<string, string> } }> {
  const out = join(TMP, 'search-index', name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'releases', 'x'), { recursive: true });
  writeFileSync(join(out, 'releases', 'x', 'index.html'), page(text));
  await buildSearchIndex(out);
  const dir = join(out, 'pagefind', 'fragment');
  const files = readdirSync(dir);
  const raw = gunzipSync(readFileSync(join(dir, files[0]!))).toString('utf8');
  return { files, fragment: JSON.parse(raw.slice('pagefind_dcd'.length)) };
}

describe('the search index build step', () => {
  it('stores the original text and display metadata in the fragment', async () => {
    const { fragment } = await index(
      'original',
      'استقبل المسئولون وفد المملكة المتحدة (INTERPOL)، بالرباط.',
    ); // Pagefind ends each block with a full stop
    expect(fragment.content).toBe(
      'زيارة وفد. استقبل المسئولون وفد المملكة المتحدة (INTERPOL)، بالرباط.',
    ); // Pagefind ends each block with a full stop
    // b: the release text starts at word 2, after the two words of the title.
    expect(fragment.meta).toMatchObject({ title: 'زيارة وفد', date: '2025-06-18', b: '2' });
    expect(Object.keys(fragment.meta).sort()).toEqual(['b', 'date', 'title']);
  });

  it('gives a spelling-only correction a new fragment file, and the same text the same file', async () => {
    const a = await index('a', 'وفد المملكه المتحدة');
    const b = await index('b', 'وفد المملكة المتحدة');
    const c = await index('c', 'وفد المملكه المتحدة');
    expect(a.files).not.toEqual(b.files);
    expect(a.files).toEqual(c.files);
  });

  it('refuses a release page without a year filter, naming it (it could not be placed in a part)', async () => {
    const out = join(TMP, 'search-index', 'no-year');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, 'releases', 'y'), { recursive: true });
    writeFileSync(
      join(out, 'releases', 'y', 'index.html'),
      page('نص').replace(/<span hidden data-pagefind-filter="year:2025"><\/span>/, ''),
    );
    await expect(buildSearchIndex(out)).rejects.toThrow(
      /releases\/y\/index\.html has no data-pagefind-filter="year/,
    );
  });
});
