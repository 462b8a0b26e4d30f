import { config } from '../config/settings.ts';
import type { SiteArchive, SiteRelease } from './content.ts';
import type { FeedContext } from './feeds.ts';
import { shareImageUrls } from './share-image.ts';
import { site } from './site.ts';

/**
 * Astro glue for the feed endpoints: the {@link FeedContext} of this build (config, Arabic names,
 * share images of the given releases).
 */
export async function feedContext(
  archive: SiteArchive,
  releases: readonly SiteRelease[],
): Promise<FeedContext> {
  const images = await shareImageUrls(releases);
  return {
    config,
    countryName: site.country,
    tagLabel: (slug) => archive.tags.get(slug)?.label ?? slug,
    imageUrl: (release) => images.get(release as SiteRelease),
  };
}
