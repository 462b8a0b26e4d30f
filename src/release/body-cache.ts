import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDirectory } from '../config/dirs.ts';

/**
 * Rendered HTML of component-free release bodies, kept on disk between builds instead of inside
 * Astro's content data store (which Astro inlines into the build's JavaScript bundle: at 100,000
 * releases the bodies alone would be ~500 million characters, see BENCHMARKS.md). One file per
 * release, named by the content digest Astro computes for the source file, so a changed release
 * gets a new file and an unchanged one is reused. The folder lives in Astro's `cacheDir`, next to
 * the data store that refers to it: deleting one deletes both.
 */

/** Folder of the rendered bodies inside `cacheDir`. */
export function bodyCacheDirectory(cacheDir: string = cacheDirectory()): string {
  return join(cacheDir, 'release-html');
}

const madeDirs = new Set<string>();

/**
 * Writes one rendered body (UTF-8).
 * @param digest - Astro's content digest of the release file (hex string).
 * @param html - the rendered HTML.
 * @param cacheDir - Astro's `cacheDir` (absolute).
 * @returns the file name to store with the entry.
 */
export function writeBody(digest: string, html: string, cacheDir: string): string {
  const dir = bodyCacheDirectory(cacheDir);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const name = `${digest}.html`;
  writeFileSync(join(dir, name), html, 'utf8');
  return name;
}

/**
 * Reads one rendered body.
 * @param name - the file name {@link writeBody} returned.
 * @param source - the release file, for the error message.
 * @throws Error naming the release and the fix when the file is missing (cache folder deleted
 *   while Astro's data store was kept).
 */
export function readBody(
  name: string,
  source: string,
  cacheDir: string = cacheDirectory(),
): string {
  const path = join(bodyCacheDirectory(cacheDir), name);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(
      `The rendered text of ${source} is missing from the build cache (${path}).\nFix: delete the cache folder ${cacheDir} and build again.`,
    );
  }
}
