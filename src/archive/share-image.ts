import { getImage } from 'astro:assets';
import { config } from '../config/settings.ts';
import { CARD_VARIANTS } from '../share/card-layout.ts';
import type { SiteRelease } from './content.ts';
import { intrinsicWidth } from '../release/images.ts';
import { absoluteUrl } from './permalinks.ts';
import { cardUrl, RELEASE_VARIANTS } from './share-cards.ts';

/**
 * Astro glue: the share images of a page. Every release has its own card (its headline, date and
 * the office's identity, src/share/), used for OpenGraph and the X card; other pages share the
 * site's card. JSON-LD gets the release's photo (a JPEG at most {@link SHARE_IMAGE_WIDTH} px wide,
 * EXIF orientation applied, metadata stripped) and the card in 16:9, 4:3 and 1:1.
 */

/** Width of a release photo in its JSON-LD, what Google's Article guidelines recommend. */
export const SHARE_IMAGE_WIDTH = 1200;

/** A share image: absolute URL, pixel size and alt text. */
export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: 'image/jpeg' | 'image/png';
}

const og = CARD_VARIANTS.find((v) => v.name === 'og')!;

/** The site's card (`/brand/share-og.png`), for pages other than releases. */
export function defaultShareImage(): ShareImage {
  return {
    url: cardUrl(undefined, 'og'),
    width: og.width,
    height: og.height,
    alt: `${config.title} – ${config.publisher}`,
    type: 'image/png',
  };
}

/**
 * The release's card (`/releases/<slug>/share-og.png`), 1200 × 630; the site's card when the
 * releases share it (`shareCards: 'site'`).
 */
export function releaseShareImage(release: SiteRelease): ShareImage {
  if (RELEASE_VARIANTS.length === 0) return defaultShareImage();
  return {
    url: cardUrl(release, 'og'),
    width: og.width,
    height: og.height,
    alt: `${release.data.title} – ${config.publisher}`,
    type: 'image/png',
  };
}

/**
 * The release's own photo as a JPEG at most 1200 px wide, or `undefined` when it has none.
 * @returns absolute URL (percent-encoded, includes the base path).
 */
export async function releasePhotoUrl(release: SiteRelease): Promise<string | undefined> {
  const image = release.data.image;
  if (!image) return undefined;
  const result = await getImage({
    src: image.src,
    width: Math.min(SHARE_IMAGE_WIDTH, intrinsicWidth(image.src)),
    format: 'jpeg',
  });
  return absoluteUrl(config.site, result.src);
}

/**
 * The JSON-LD `image` list of a release: its photo if any, then its card in 16:9, 4:3, 1:1 (or
 * the OpenGraph card alone when `shareCards` is `og`).
 */
export async function structuredDataImages(release: SiteRelease): Promise<string[]> {
  const photo = await releasePhotoUrl(release);
  if (RELEASE_VARIANTS.length === 0) return [...(photo ? [photo] : []), cardUrl(undefined, 'og')];
  const ratios = RELEASE_VARIANTS.filter((v) => v.name !== 'og');
  return [
    ...(photo ? [photo] : []),
    ...(ratios.length ? ratios : RELEASE_VARIANTS).map((v) => cardUrl(release, v.name)),
  ];
}

/** Share image URLs of many releases, for feeds: each release's card. */
export function shareImageUrls(releases: readonly SiteRelease[]): Map<SiteRelease, string> {
  return new Map(releases.map((r) => [r, releaseShareImage(r).url]));
}
