import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildSearchIndex } from '../../src/search/build/index-site.ts';
import { TMP } from './paths.ts';

/** A result fragment as stored in a built Pagefind bundle (after the archive's restore pass). */
export interface StoredFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/**
 * Reads every result fragment of one Pagefind bundle in a built site.
 * @param dist - the built site folder.
 * @param bundle - bundle folder relative to the site root, e.g. `pagefind/part-2024/`.
 */
export function bundleFragments(dist: string, bundle: string): StoredFragment[] {
  const dir = join(dist, bundle, 'fragment');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(join(dir, name)))
            .toString('utf8')
            .slice('pagefind_dcd'.length),
        ) as StoredFragment,
    );
}

/**
 * The search parts the built search page merges (`data-parts`), as bundle folders relative to the
 * site root, newest part first.
 */
export function searchPageParts(dist: string, base = '/'): string[] {
  const html = readFileSync(join(dist, 'search', 'index.html'), 'utf8');
  return (/data-parts="([^"]*)"/.exec(html)?.[1] ?? '')
    .split(' ')
    .filter(Boolean)
    .map((url) => url.slice(base.length));
}

/** Every file of a built site's search index (paths relative to `pagefind/`), sorted. */
function indexFiles(dist: string): string[] {
  return (readdirSync(join(dist, 'pagefind'), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.includes('.'))
    .sort();
}

/**
 * The files of two built sites' search indexes (`pagefind/`, every part) whose bytes differ, or
 * that only one of them has (paths relative to `pagefind/`); empty when the indexes are identical.
 */
export function indexDifferences(a: string, b: string): string[] {
  const inA = indexFiles(a);
  const inB = new Set(indexFiles(b));
  const differing = inA.filter(
    (file) =>
      !inB.has(file) ||
      !readFileSync(join(a, 'pagefind', file)).equals(readFileSync(join(b, 'pagefind', file))),
  );
  return [...differing, ...[...inB].filter((file) => !inA.includes(file))];
}

/**
 * The old way: a copy of a built site (`<TMP>/<name>/`) whose search index is built again from
 * its finished pages alone, with no build cache and no search feed.
 * @param maxPages - the part size the site was built with.
 * @returns the copy's folder.
 */
export async function indexedFromPages(
  dist: string,
  name: string,
  maxPages: number,
): Promise<string> {
  const copy = join(TMP, name);
  rmSync(copy, { recursive: true, force: true });
  cpSync(dist, copy, { recursive: true });
  await buildSearchIndex(copy, maxPages);
  return copy;
}
