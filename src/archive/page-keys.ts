import { createHash } from 'node:crypto';
import { unrecorded } from '../release/images.ts';

/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): a page returned by
 * `getStaticPaths()` with a `cacheKey` is copied from the previous build instead of rendered when
 * the key and the page's code are unchanged. A key must therefore cover everything the page
 * shows; pages build theirs from {@link releaseFingerprint}s of the releases they show and the
 * few other values they print (labels, counts, page numbers), plus the archive settings.
 */

/** What a fingerprint needs of a release. */
export interface Fingerprintable {
  slug: string;
  entry: { digest?: string | number | undefined; data: { image?: { src: unknown } | undefined } };
}

const fingerprints = new WeakMap<object, string>();

/**
 * Identifies what any page shows of a release (title, date, excerpt, countries, text, image).
 * Astro's content digest is a hash of the whole source file (frontmatter and body); the resolved
 * image (its URL carries a hash of the image file) covers a photo replaced under the same name.
 * @returns a short string, memoised per release object.
 */
export function releaseFingerprint(release: Fingerprintable): string {
  let fingerprint = fingerprints.get(release);
  if (fingerprint === undefined) {
    // Through `unrecorded`: serialising the metadata proxy itself would make Astro copy the
    // original photo (with its EXIF) into dist/.
    const src = release.entry.data.image?.src;
    const image = src ? JSON.stringify(src && typeof src === 'object' ? unrecorded(src) : src) : '';
    fingerprint = `${release.slug}|${String(release.entry.digest ?? '')}|${image}`;
    fingerprints.set(release, fingerprint);
  }
  return fingerprint;
}

/**
 * A page's cache key: a SHA-256 over the given values (JSON-serialised, in order).
 * @param parts - everything the page shows that does not come from its code: fingerprints,
 *   labels, counts, page numbers, settings.
 * @returns 64 hex characters.
 */
export function pageKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
