import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { RELEASE_PATTERNS } from './identity.ts';

/**
 * The release files of a releases folder (the rules of `identity.ts` applied to a folder on disk),
 * and everything else in it that the checks must account for: files that look like releases that
 * the build would skip, release files it leaves out by design (names starting with `_` or `.`),
 * every other path (for the file-name rules) and symbolic links.
 */

/** Extensions of files that are probably releases saved in the wrong format or with a typo. */
const LOOKS_LIKE_RELEASE = /\.(mdx?\.\w+|txt|docx?|odt|rtf|markdown|mdown|MDX|MD|Mdx|Md)$/;
/** A path with a segment starting with `_` or `.`: the collection never reads it. */
const HIDDEN = /(^|\/)[_.]/;

/** Release files and the rest of a releases folder. */
export interface ReleaseFiles {
  /** Paths relative to the releases folder, POSIX separators, sorted. */
  releases: string[];
  /** Files the build will not read although they look like releases (e.g. `index.txt`, `x.MDX`). */
  skipped: string[];
  /** Release files left out by design: a folder or file name starting with `_` or `.`. */
  hidden: string[];
  /** Every file and folder outside hidden ones, relative, sorted (for the file-name rules). */
  paths: string[];
  /** Symbolic links anywhere in the folder (relative paths, sorted); they are never followed. */
  links: string[];
}

/**
 * Lists the release files of a folder.
 * @param releasesDir - absolute or working-directory-relative folder.
 * @returns every list empty when the folder does not exist.
 */
export function listReleaseFiles(releasesDir: string): ReleaseFiles {
  const releases = globSync(RELEASE_PATTERNS, {
    cwd: releasesDir,
    expandDirectories: false,
    followSymbolicLinks: false,
  }).sort();
  let entries: { path: string; directory: boolean; link: boolean }[] = [];
  try {
    entries = readdirSync(releasesDir, { recursive: true, withFileTypes: true }).map((d) => ({
      path: relative(releasesDir, join(d.parentPath, d.name)).split('\\').join('/'),
      directory: d.isDirectory(),
      link: d.isSymbolicLink(),
    }));
  } catch {
    // no such folder: reported by the checks
  }
  const taken = new Set(releases);
  const looksLikeRelease = (p: string) => /\.mdx?$/i.test(p) || LOOKS_LIKE_RELEASE.test(p);
  const readme = (p: string) => /(^|\/)README\./i.test(p);
  const files = entries.filter((e) => !e.directory);
  return {
    releases,
    skipped: files
      .map((e) => e.path)
      .filter((p) => !taken.has(p) && LOOKS_LIKE_RELEASE.test(p) && !HIDDEN.test(p) && !readme(p))
      .sort(),
    hidden: files
      .map((e) => e.path)
      .filter((p) => HIDDEN.test(p) && looksLikeRelease(p) && !readme(p))
      .sort(),
    paths: entries
      .map((e) => e.path)
      .filter((p) => !HIDDEN.test(p))
      .sort(),
    links: entries
      .filter((e) => e.link)
      .map((e) => e.path)
      .sort(),
  };
}

/** Path shown in messages: relative to the working directory when inside it, else as given. */
export function displayPath(file: string, root: string = process.cwd()): string {
  const rel = relative(root, file);
  return rel.startsWith('..') ? file : rel;
}

/** True when the path is a symbolic link (whatever it points to, even nothing). */
export function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
