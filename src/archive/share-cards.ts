import { config } from '../config/settings.ts';
import { cacheDirectory } from '../config/dirs.ts';
import { t } from '../i18n/index.ts';
import {
  cardVariants,
  releaseCardVariants,
  type CardContent,
  type CardVariant,
} from '../share/card-layout.ts';
import { cachedCard, drawMissingCards } from '../share/card-cache.ts';
import { readEmblem } from '../theme/brand.ts';
import type { SiteRelease } from './content.ts';
import { absoluteUrl, paths } from './permalinks.ts';
import { site } from './site.ts';

/**
 * Astro glue for share cards (src/share/): what the card of a release and the site's card say,
 * their URLs, and their PNGs from the build cache.
 */

const identity = () => ({
  office: config.publisher,
  parent: config.identity.parent ?? '',
  officeLatin: config.identity.nameLatin ?? '',
  host: new URL(config.site).host,
  color: config.identity.color,
});

/** What a release's card says: headline, dateline and date, the sample badge, the office. */
export function releaseCardContent(release: SiteRelease): CardContent {
  const { data } = release;
  return {
    title: data.title,
    line: `${data.dateline} · ${site.weekday(data.date)} ${site.date(data.date)}`,
    badge: data.sample ? t.sampleBadge : '',
    ...identity(),
  };
}

/** The card of every other page: the archive's title and description. */
export function siteCardContent(): CardContent {
  return { title: config.title, line: config.description, badge: '', ...identity() };
}

/** The card sizes this archive publishes (`shareCards` in archive.config.mjs). */
export const VARIANTS: readonly CardVariant[] = cardVariants(config.shareCards);

/** The card sizes drawn for each release: none when releases share the site's card (`site`). */
export const RELEASE_VARIANTS: readonly CardVariant[] = releaseCardVariants(config.shareCards);

/** Absolute URL of a release's card variant (or the site card's, without a release). */
export function cardUrl(release: SiteRelease | undefined, variant: CardVariant['name']): string {
  return absoluteUrl(
    config.site,
    release
      ? paths.releaseCard(site.base, release.slug, variant)
      : paths.brand(site.base, `share-${variant}.png`),
  );
}

/** The PNG of one card variant, drawn or read from the build cache. */
export async function cardPng(content: CardContent, variant: CardVariant['name']): Promise<Buffer> {
  return cachedCard(content, readEmblem(config).bytes, cacheDirectory(), VARIANTS, variant);
}

let drawing: Promise<void> | undefined;

/**
 * Starts drawing the missing cards of these releases in the background, once per build process
 * (src/share/card-cache.ts, `drawMissingCards`): called where the card pages are listed, so the
 * cards' text layout and compression run in libuv's thread pool while Astro renders pages, and
 * each card page finds its PNG drawn or being drawn.
 */
export function startDrawingCards(releases: readonly SiteRelease[]): void {
  // Only in `astro build`: the dev server draws a card when it is asked for.
  if (!import.meta.env.PROD || RELEASE_VARIANTS.length === 0) return;
  drawing ??= drawMissingCards(
    releases.map(releaseCardContent),
    readEmblem(config).bytes,
    cacheDirectory(),
    RELEASE_VARIANTS,
  );
}
