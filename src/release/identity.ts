import { slugify } from '../arabic/slug.ts';

/**
 * The release-file rules, written once and used by the content collection
 * (`src/content.config.ts`), `npm run check`, `new`/`import` and the archive model: which files
 * in the releases folder are releases, their entry id and their permalink slug. Pure: no file
 * system access (`files.ts` applies the patterns to a folder).
 */

/** A translation's file name: the original's name with a two-letter language code, `index.fr.mdx`. */
const TRANSLATION_NAME = /^(.+)\.([a-z]{2})\.(md|mdx)$/;

/** The releases collection's patterns (tinyglobby syntax, given to Astro's `glob()` loader). */
export const RELEASE_PATTERNS = [
  '**/*.{md,mdx}',
  '!**/_*',
  '!**/README.md',
  '!**/*.[a-z][a-z].{md,mdx}',
];

/** The translations collection's patterns: `index.fr.mdx`, `x.en.md` (see {@link translationFile}). */
export const TRANSLATION_PATTERNS = ['**/*.[a-z][a-z].{md,mdx}', '!**/_*'];

/** What a translation file's name says. */
export interface TranslationFile {
  /** ISO 639-1 code from the name (`fr`). */
  lang: string;
  /** Path of the original it translates, relative to the releases folder (`2025/x/index.mdx`). */
  original: string;
  /** Paths the original may have: the same extension first, then the other (`.mdx`, `.md`). */
  originals: string[];
}

/**
 * Reads a translation's file name: `2025/x/index.fr.mdx` translates `2025/x/index.mdx`.
 * @param relativePath - path relative to the releases folder, POSIX separators.
 * @returns `undefined` when the name is not a translation's.
 */
export function translationFile(relativePath: string): TranslationFile | undefined {
  const m = TRANSLATION_NAME.exec(relativePath);
  if (!m || relativePath.split('/').some((s) => s.startsWith('_'))) return undefined;
  const [, stem, lang, ext] = m as unknown as [string, string, string, string];
  const other = ext === 'mdx' ? 'md' : 'mdx';
  return { lang, original: `${stem}.${ext}`, originals: [`${stem}.${ext}`, `${stem}.${other}`] };
}

/**
 * The collection entry id of a translation: `<lang>/<entry id of its original>` (`fr/2025/x`),
 * so its last segment is the original's and the permalink slug is the same.
 */
export function translationId(relativePath: string): string {
  const t = translationFile(relativePath);
  return t ? `${t.lang}/${entryId(t.original)}` : entryId(relativePath);
}

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
    translationFile(relativePath) === undefined &&
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
