import { config } from '../config/settings.ts';
import type { SiteArchive, SiteRelease } from './content.ts';
import type { FeedContext } from './feeds.ts';
import { shareImageUrls } from './share-image.ts';
import { siteIn } from './site.ts';
import { releaseAttachments } from './attachments.ts';

/**
 * Astro glue for the feed endpoints: the {@link FeedContext} of this build (config, names in the
 * feed's language, share images of the given releases).
 */
export async function feedContext(
  archive: SiteArchive,
  releases: readonly SiteRelease[],
  lang = 'ar',
): Promise<FeedContext> {
  const images = await shareImageUrls(releases);
  const L = siteIn(lang);
  return {
    // Release permalinks of a translation language are under its base (`/fr/releases/…`).
    config: { ...config, base: L.base },
    countryName: L.country,
    tagLabel: (slug) => archive.tags.get(slug)?.label ?? slug,
    imageUrl: (release) => images.get(release as SiteRelease),
    attachments: (release) => releaseAttachments(release as SiteRelease),
  };
}
