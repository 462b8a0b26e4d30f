import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reuse of search-index parts between builds. Astro empties the output folder on every build, and
 * indexing is the costliest step after page rendering; a part (one Pagefind bundle, see
 * src/search/build/parts.ts) whose pages say exactly what they said last time is copied from the
 * build cache (`<cacheDir>/search-parts/<key>/`) instead of indexed again. With parts grouped from
 * the oldest years, adding a release re-indexes only the newest part.
 *
 * A part's key covers the indexing code (every file `part.ts` imports, directly or not) and, for every page of the part, its URL and the text
 * Pagefind reads (the `data-pagefind-body` element, `searchRegion()`): a neighbour's title or a
 * related list outside that element does not invalidate the part.
 */

const FOLDER = 'search-parts';
const COMPLETE = '.complete';
/**
 * The indexing code whose behaviour decides the bytes of a bundle, by its entry file: Pagefind's
 * input and the restored fragments are made by `part.ts` and everything it imports, found by
 * following its imports (so a new dependency, such as a folding rule in `src/arabic/`, is covered
 * without a list to keep up to date).
 */
const ENTRY = 'search/build/part.ts';
/** `src/`, the root that {@link ENTRY} is relative to. */
const SOURCE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The version of this project's own code, computed once per process. */
let ownVersion: string | undefined;

/** The `package.json` of an installed package (its `exports` may hide it from `import.meta.resolve`). */
function packageJson(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  while (
    !existsSync(join(dir, 'package.json')) ||
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name
  ) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json for ${name}`);
    dir = parent;
  }
  return join(dir, 'package.json');
}

/** `from '…'`, `import '…'` and `import('…')` specifiers of a module (type-only imports included). */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/**
 * Every source file reachable from `entry` through relative imports, and the npm packages they import.
 * @param entry - absolute path of a `.ts` file.
 * @returns absolute file paths (sorted, the entry included) and bare package names (sorted).
 */
export function importClosure(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (spec!.startsWith('.')) queue.push(resolve(dirname(file), spec!));
      else if (!spec!.startsWith('node:'))
        packages.add(
          spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!,
        );
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/**
 * A hash of the indexing code ({@link importClosure} of {@link ENTRY}) and of the versions of the
 * packages it uses (Pagefind's among them), so that a changed normaliser or an upgraded Pagefind
 * never reuses bundles built by the old one.
 * @param sourceRoot - the folder holding `search/build/part.ts` (default: this project's `src/`,
 *   whose version is computed once per process; another folder is read again on every call).
 * @returns hex string, or `undefined` when the sources cannot be read (then nothing is reused).
 */
export function searchCodeVersion(sourceRoot: string = SOURCE_ROOT): string | undefined {
  if (sourceRoot === SOURCE_ROOT && ownVersion !== undefined) return ownVersion;
  try {
    const hash = createHash('sha256');
    const { files, packages } = importClosure(join(sourceRoot, ENTRY));
    for (const file of files)
      hash.update(`${relative(sourceRoot, file)}\n`).update(readFileSync(file));
    for (const name of packages) hash.update(readFileSync(packageJson(name)));
    const version = hash.digest('hex');
    if (sourceRoot === SOURCE_ROOT) ownVersion = version;
    return version;
  } catch {
    return undefined;
  }
}

/**
 * The cache key of one part.
 * @param version - {@link searchCodeVersion}.
 * @param pages - the part's pages: site-relative id and a hash of what Pagefind reads of it.
 * @param bundle - the part's bundle folder (its place in the site).
 * @returns 64 hex characters.
 */
export function partKey(
  version: string,
  bundle: string,
  pages: readonly { id: string; hash: string }[],
): string {
  const hash = createHash('sha256').update(version).update(bundle);
  for (const page of [...pages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
    hash.update(`\n${page.id}\t${page.hash}`);
  return hash.digest('hex');
}

/**
 * Puts every file of `source` at the same place under `target` as a hard link (the files of a
 * part are never written again once built), or as a copy where links are not possible (another
 * file system). 10,000 releases: ~10,000 files per build that no longer cost their bytes.
 */
function linkTree(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    const from = join(source, entry.name);
    const to = join(target, entry.name);
    if (entry.isDirectory()) linkTree(from, to);
    else if (entry.name !== COMPLETE) {
      try {
        linkSync(from, to);
      } catch {
        cpSync(from, to);
      }
    }
  }
}

/**
 * Puts a cached part into the site.
 * @returns `true` when the part was in the cache (and is now at `target`), else `false`.
 */
export function restorePart(cacheDir: string, key: string, target: string): boolean {
  const source = join(cacheDir, FOLDER, key);
  if (!existsSync(join(source, COMPLETE))) return false;
  linkTree(source, target);
  return true;
}

/**
 * Builds a part straight into the cache (`<cacheDir>/search-parts/<key>/`): into a temporary
 * folder first, marked complete and renamed when `build` succeeds, so a failed or interrupted
 * build never leaves a part that looks usable.
 * @param build - writes the bundle into the folder it is given.
 * @returns what `build` returned.
 */
export async function buildPart<T>(
  cacheDir: string,
  key: string,
  build: (dir: string) => Promise<T>,
): Promise<T> {
  const target = join(cacheDir, FOLDER, key);
  const temporary = `${target}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  try {
    const result = await build(temporary);
    writeFileSync(join(temporary, COMPLETE), '');
    rmSync(target, { recursive: true, force: true });
    renameSync(temporary, target);
    return result;
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

/** Whether a complete part with this key is cached. */
export function hasPart(cacheDir: string, key: string): boolean {
  return existsSync(join(cacheDir, FOLDER, key, COMPLETE));
}

/** Deletes cached parts this build did not use. */
export function pruneParts(cacheDir: string, used: ReadonlySet<string>): void {
  const dir = join(cacheDir, FOLDER);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir))
    if (!used.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
}
