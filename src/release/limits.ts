/**
 * The bounds a release file must stay within, in one place: the checks enforce them
 * (`src/checks/`), the image service and the docs quote them. Each says why it is where it is.
 */

/**
 * Largest release file (bytes). A long release is about 20 kB of text; a megabyte is a book.
 * Reading and parsing stay fast and bounded whatever a file holds.
 */
export const MAX_RELEASE_FILE_BYTES = 1024 * 1024;

/**
 * Largest frontmatter block (bytes). A release's fields take a few hundred bytes; the bound keeps
 * the YAML parse of a hostile file (deep nesting) under a second.
 */
export const MAX_FRONTMATTER_BYTES = 16 * 1024;

/**
 * Deepest nesting of YAML flow collections (`[…]`, `{…}`) in a frontmatter. Releases need two
 * levels; the YAML parser recurses per level and a few thousand overflow its stack.
 */
export const MAX_YAML_NESTING = 16;

/**
 * Longest path segment (bytes of UTF-8): the file-name limit of ext4, APFS, NTFS and most other
 * file systems (POSIX NAME_MAX). A release slug and a tag slug each become one folder in `dist/`
 * (`/releases/<slug>/`, `/tags/<slug>/`); an Arabic letter takes 2 bytes, so about 127 letters.
 */
export const MAX_SEGMENT_BYTES = 255;

/** Largest image file (bytes): a camera JPEG is 5–15 MB. */
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;

/**
 * Most pixels in an image (40 megapixels, a 7,700 × 5,200 photo). Decoding takes about 4 bytes per
 * pixel of memory; the archive never publishes more than 1,200 px wide anyway.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** Earliest year a release may be dated: an archive of press releases holds nothing older. */
export const EARLIEST_YEAR = 1900;

/** How far ahead of today a date may be before it is an error rather than a warning (days). */
export const MAX_DAYS_AHEAD = 366;

/** UTF-8 length of a string in bytes (what the file system counts). */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
