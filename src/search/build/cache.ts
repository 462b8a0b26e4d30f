import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reuse of search-index parts between builds. Astro empties the output folder on every build, and
 * indexing is the costliest step after page rendering; a part (one Pagefind bundle, see
 * src/search/build/parts.ts) whose pages say exactly what they said last time is copied from the
 * build cache (`<cacheDir>/search-parts/<key>/`) instead of indexed again. With parts grouped from
 * the oldest years, adding a release re-indexes only the newest part.
 *
 * A part's key covers the indexing code and, for every page of the part, its URL and the text
 * Pagefind reads (the `data-pagefind-body` element, `searchRegion()`): a neighbour's title or a
 * related list outside that element does not invalidate the part.
 */

const FOLDER = 'search-parts';
const COMPLETE = '.complete';
/** Source files whose behaviour decides the bytes of a bundle (relative to this file). */
const CODE = ['./part.ts', './document.ts', '../../arabic/search-fold.ts', './restore.ts'];

let codeVersion: string | undefined;

/** The `package.json` of an installed package (its `exports` may hide it from `import.meta.resolve`). */
function packageJson(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json for ${name}`);
    dir = parent;
  }
  return join(dir, 'package.json');
}

/**
 * A hash of the indexing code and Pagefind's version, so that a changed normaliser or an upgraded
 * Pagefind never reuses bundles built by the old one.
 * @returns hex string, or `undefined` when the sources cannot be read (then nothing is reused).
 */
export function searchCodeVersion(): string | undefined {
  if (codeVersion !== undefined) return codeVersion;
  try {
    const hash = createHash('sha256');
    for (const file of CODE) hash.update(readFileSync(fileURLToPath(new URL(file, import.meta.url))));
    hash.update(readFileSync(packageJson('pagefind')));
    codeVersion = hash.digest('hex');
  } catch {
    return undefined;
  }
  return codeVersion;
}

/**
 * The cache key of one part.
 * @param version - {@link searchCodeVersion}.
 * @param pages - the part's pages: site-relative id and a hash of what Pagefind reads of it.
 * @param bundle - the part's bundle folder (its place in the site).
 * @returns 64 hex characters.
 */
export function partKey(version: string, bundle: string, pages: readonly { id: string; hash: string }[]): string {
  const hash = createHash('sha256').update(version).update(bundle);
  for (const page of [...pages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) hash.update(`\n${page.id}\t${page.hash}`);
  return hash.digest('hex');
}

/**
 * Copies a cached part into the site.
 * @returns `true` when the part was in the cache (and is now at `target`), else `false`.
 */
export function restorePart(cacheDir: string, key: string, target: string): boolean {
  const source = join(cacheDir, FOLDER, key);
  if (!existsSync(join(source, COMPLETE))) return false;
  mkdirSync(target, { recursive: true });
  cpSync(source, target, { recursive: true, filter: (path) => !path.endsWith(COMPLETE) });
  return true;
}

/**
 * Keeps a freshly built part for later builds.
 * @param source - the bundle folder in the site.
 * @param nested - names of sub-folders of `source` that are other parts (skipped).
 */
export function storePart(cacheDir: string, key: string, source: string, nested: ReadonlySet<string> = new Set()): void {
  const target = join(cacheDir, FOLDER, key);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    if (!nested.has(name)) cpSync(join(source, name), join(target, name), { recursive: true });
  }
  writeFileSync(join(target, COMPLETE), '');
}

/** Deletes cached parts this build did not use. */
export function pruneParts(cacheDir: string, used: ReadonlySet<string>): void {
  const dir = join(cacheDir, FOLDER);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
}
