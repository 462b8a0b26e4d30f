import { getImage } from 'astro:assets';
import { config } from '../config/settings.ts';
import type { SiteRelease } from './content.ts';
import { intrinsicWidth } from '../release/images.ts';
import { absoluteUrl } from './permalinks.ts';

/**
 * Astro glue: the share image of a release (OpenGraph, Twitter card, JSON-LD, feeds) — its own
 * image as a JPEG at most {@link SHARE_IMAGE_WIDTH} px wide (EXIF orientation applied by sharp,
 * never enlarged), else the site default `public/og-default.png` (1200 × 630).
 */

/** Width of share images in CSS pixels, what OpenGraph consumers recommend. */
export const SHARE_IMAGE_WIDTH = 1200;

/** A share image: absolute URL, pixel size and alt text. */
export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: 'image/jpeg' | 'image/png';
}

/** The site default share image (`public/og-default.png`). */
export function defaultShareImage(): ShareImage {
  return {
    url: absoluteUrl(config.site, `${config.base}og-default.png`),
    width: 1200,
    height: 630,
    alt: config.title,
    type: 'image/png',
  };
}

/**
 * The release's own share image, or `undefined` when it has none.
 * @returns absolute URL (percent-encoded, includes the base path), size in px and the image's alt text.
 */
export async function releaseShareImage(release: SiteRelease): Promise<ShareImage | undefined> {
  const image = release.data.image;
  if (!image) return undefined;
  const result = await getImage({
    src: image.src,
    width: Math.min(SHARE_IMAGE_WIDTH, intrinsicWidth(image.src)),
    format: 'jpeg',
  });
  return {
    url: absoluteUrl(config.site, result.src),
    width: Number(result.attributes['width']),
    height: Number(result.attributes['height']),
    alt: image.alt,
    type: 'image/jpeg',
  };
}

/** Share image URLs of many releases, for feeds (releases without an image are left out). */
export async function shareImageUrls(
  releases: readonly SiteRelease[],
): Promise<Map<SiteRelease, string>> {
  const pairs = await Promise.all(
    releases.map(async (r) => [r, (await releaseShareImage(r))?.url] as const),
  );
  return new Map(pairs.filter((p): p is readonly [SiteRelease, string] => p[1] !== undefined));
}
