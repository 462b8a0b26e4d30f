import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What an incremental build keeps of the previous build's output folder.
 *
 * Astro 7.3 empties `dist/` before every build, and its incremental build then copies every
 * unchanged page back from its cache (`<cacheDir>/dist/`): 16,553 of 17,711 files for one
 * release added to 10,000 (BENCHMARKS.md). With `vite.build.emptyOutDir: false` it leaves a page
 * that is already in `dist/` where it is instead, but it deletes nothing either, so the page of a
 * withdrawn release would stay online. The archive therefore empties `dist/` itself, except the
 * pages the last complete build wrote (listed in `<cacheDir>/archive-pages.json`), and after the
 * build deletes those of them that this build no longer produced. Everything else (scripts,
 * styles, images, feeds, the sitemap, the search index) is written again by every build, as before.
 *
 * The list is deleted when a build starts and written when it ends, so a build that fails leaves
 * none, and the next one starts from an empty `dist/` (Astro then copies pages from its cache).
 */

const LIST = 'archive-pages.json';

/** A path relative to the output folder, with `/` separators. */
const toId = (outDir: string, file: string) => relative(outDir, file).split(sep).join('/');

/**
 * The page files the last complete build wrote.
 * @param cacheDir - Astro's `cacheDir` (absolute).
 * @returns paths relative to the output folder (`/`-separated), or `undefined` when no complete
 *   build is recorded.
 */
export function readPageList(cacheDir: string): string[] | undefined {
  try {
    const list = JSON.parse(readFileSync(join(cacheDir, LIST), 'utf8')) as unknown;
    return Array.isArray(list) && list.every((p) => typeof p === 'string') ? list : undefined;
  } catch {
    return undefined;
  }
}

/** Records the page files of a complete build (see {@link readPageList}). */
export function writePageList(cacheDir: string, pages: readonly string[]): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, LIST), JSON.stringify([...pages].sort()));
}

/** Forgets the recorded list (a build has started: until it completes, `dist/` is not known). */
export function forgetPageList(cacheDir: string): void {
  rmSync(join(cacheDir, LIST), { force: true });
}

/**
 * Removes directories under `dir` (not `dir` itself) that hold no file.
 * @returns `true` when `dir` is left empty.
 */
function removeEmptyDirs(dir: string): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && removeEmptyDirs(path)) rmdirSync(path);
    else empty = false;
  }
  return empty;
}

/**
 * Empties the output folder except the files in `keep` (and a `.git` folder at its top, which
 * Astro keeps too).
 * @param outDir - the output folder (absolute); missing is fine.
 * @param keep - paths relative to `outDir` (`/`-separated).
 * @returns the number of files deleted.
 */
export function clearOutput(outDir: string, keep: ReadonlySet<string>): number {
  let entries;
  try {
    entries = readdirSync(outDir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  let deleted = 0;
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const path = join(entry.parentPath, entry.name);
    const id = toId(outDir, path);
    if (keep.has(id) || id === '.git' || id.startsWith('.git/')) continue;
    rmSync(path, { force: true });
    deleted++;
  }
  removeEmptyDirs(outDir);
  return deleted;
}

/**
 * Deletes the files of the last build that this build did not produce (a withdrawn release's
 * page, a list page that no longer exists), and the folders they leave empty.
 * @param previous - the last build's pages ({@link readPageList}).
 * @param current - this build's pages.
 * @returns the paths deleted.
 */
export function removeStalePages(
  outDir: string,
  previous: readonly string[],
  current: ReadonlySet<string>,
): string[] {
  const stale = previous.filter((id) => !current.has(id));
  for (const id of stale) {
    rmSync(join(outDir, id), { force: true });
    // Remove the page's folder chain while it is empty (`releases/<slug>/`).
    for (let dir = dirname(join(outDir, id)); dir.length > outDir.length; dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break; // not empty
      }
    }
  }
  return stale;
}

/**
 * The page files of a build, from Astro's `astro:build:done` `assets` (every route's output
 * files, pages copied from the incremental cache included).
 * @returns paths relative to `outDir` (`/`-separated).
 */
export function builtPages(outDir: string, assets: ReadonlyMap<string, readonly URL[]>): string[] {
  const pages = new Set<string>();
  for (const urls of assets.values())
    for (const url of urls) pages.add(toId(outDir, fileURLToPath(url)));
  return [...pages];
}
