import { slugify } from '../arabic/slug.ts';

/**
 * The release-file rules, written once and used by the content collection
 * (`src/content.config.ts`), `npm run check`, `new`/`import` and the archive model: which files
 * in the releases folder are releases, their entry id and their permalink slug. Pure: no file
 * system access (`files.ts` applies the patterns to a folder).
 */

/** The content collection's patterns (tinyglobby syntax, given to Astro's `glob()` loader). */
export const RELEASE_PATTERNS = ['**/*.{md,mdx}', '!**/_*', '!**/README.md'];

/**
 * True for a path that {@link RELEASE_PATTERNS} matches (the same rules, for paths that are not on
 * disk, such as files at an earlier commit): `.md`/`.mdx`, no segment starting with `_`, not a
 * `README.md`.
 * @param relativePath - path relative to the releases folder, POSIX separators.
 */
export function isReleasePath(relativePath: string): boolean {
  const segments = relativePath.split('/');
  return (
    /\.(md|mdx)$/.test(relativePath) &&
    !segments.some((s) => s.startsWith('_')) &&
    segments[segments.length - 1] !== 'README.md'
  );
}

/**
 * The content collection entry id of a release file (the collection's `generateId`): NFC path
 * without extension and without a trailing `/index`.
 * @param relativePath - path relative to the releases folder, POSIX separators.
 */
export function entryId(relativePath: string): string {
  return relativePath
    .normalize('NFC')
    .replace(/\.(md|mdx)$/, '')
    .replace(/\/index$/, '');
}

/**
 * The permalink slug of a release (`/releases/<slug>/`): its frontmatter `slug:` when given,
 * else the last segment of its entry id (the folder or file name), through `slugify`.
 * @param id - the entry id ({@link entryId}).
 * @param slugField - the frontmatter `slug`, if any.
 * @returns the slug (NFC, not percent-encoded).
 * @throws Error when the name has no letters or digits to make a slug from.
 */
export function releaseSlug(id: string, slugField?: string): string {
  return slugify(slugField ?? id.split('/').pop() ?? id);
}
