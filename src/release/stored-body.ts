import { readBody } from './body-cache.ts';

/**
 * The one decision of how a release body becomes HTML: the HTML the Markdown fast path of
 * `src/release/loader.ts` kept in the build cache, or nothing, and then the entry is an MDX module
 * that Astro's `render()` turns into HTML (`src/components/ReleaseBody.astro`). The release pages
 * and the full-text feeds both ask here, so a body cannot be rendered one way on its page and
 * another in a feed.
 */

/** Key of `rendered.metadata` under which the loader stores the body's file name in the build cache. */
export const STORED_BODY_KEY = 'archiveBody';

/** The parts of a content entry (Astro's `CollectionEntry`) the decision reads. */
export interface BodyEntry {
  id: string;
  filePath?: string | undefined;
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
}

/**
 * The stored HTML of a release body.
 * @param entry - the release's (or translation's) content entry.
 * @param read - reads a stored body by file name, the release file naming it in errors
 *   (default {@link readBody}, from Astro's `cacheDir`).
 * @returns the HTML (UTF-8 text, as the Markdown pipeline rendered it), or `undefined` when the
 *   entry renders through Astro's `render()` (MDX releases, bodies with images, stock builds).
 * @throws Error naming the release when its stored HTML is missing from the build cache.
 */
export function storedBodyHtml(
  entry: BodyEntry,
  read: (name: string, source: string) => string = readBody,
): string | undefined {
  const name = entry.rendered?.metadata?.[STORED_BODY_KEY];
  return typeof name === 'string' ? read(name, entry.filePath ?? entry.id) : undefined;
}
