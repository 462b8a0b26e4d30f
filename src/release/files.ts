import { relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { RELEASE_PATTERNS, TRANSLATION_PATTERNS } from './identity.ts';

/**
 * The release files of a releases folder (the rules of `identity.ts` applied to a folder on disk),
 * and the files that look like releases that the build would skip.
 */

/** Extensions of files that are probably releases saved in the wrong format or with a typo. */
const LOOKS_LIKE_RELEASE = /\.(mdx?\.\w+|txt|docx?|odt|rtf|markdown|mdown|MDX|MD|Mdx|Md)$/;

/** Release files and suspicious files of a releases folder. */
export interface ReleaseFiles {
  /** Paths relative to the releases folder, POSIX separators, sorted. */
  releases: string[];
  /** Translations (`index.fr.mdx`), relative paths, sorted. */
  translations: string[];
  /** Files the build will not read although they look like releases (e.g. `index.txt`, `x.MDX`). */
  skipped: string[];
}

/**
 * Lists the release files of a folder.
 * @param releasesDir - absolute or working-directory-relative folder.
 * @returns release paths and skipped look-alikes, relative to `releasesDir`; both empty when the folder does not exist.
 */
export function listReleaseFiles(releasesDir: string): ReleaseFiles {
  const releases = globSync(RELEASE_PATTERNS, {
    cwd: releasesDir,
    expandDirectories: false,
  }).sort();
  const translations = globSync(TRANSLATION_PATTERNS, {
    cwd: releasesDir,
    expandDirectories: false,
  }).sort();
  const all = globSync(['**/*'], { cwd: releasesDir, expandDirectories: false });
  const taken = new Set([...releases, ...translations]);
  const skipped = all
    .filter(
      (file) =>
        !taken.has(file) &&
        LOOKS_LIKE_RELEASE.test(file) &&
        !/(^|\/)_/.test(file) &&
        !/(^|\/)README\./i.test(file),
    )
    .sort();
  return { releases, translations, skipped };
}

/** Path shown in messages: relative to the working directory when inside it, else as given. */
export function displayPath(file: string, root: string = process.cwd()): string {
  const rel = relative(root, file);
  return rel.startsWith('..') ? file : rel;
}
