import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

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
