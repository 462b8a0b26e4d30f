import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer } from 'astro/container';
import { config } from '../config/settings.ts';
import ReleaseBody from '../components/ReleaseBody.astro';
import { storedBodyHtml } from '../release/stored-body.ts';
import type { SiteArchive, SiteRelease } from './content.ts';
import { absoluteUrls, releaseUrl, type FeedContext } from './feeds.ts';
import { shareImageUrls } from './share-image.ts';
import { siteIn } from './site.ts';
import { releaseAttachments } from './attachments.ts';

let container: Promise<experimental_AstroContainer> | undefined;

/**
 * The release's body as HTML, as its page shows it; URLs made absolute. The Markdown fast path's
 * stored HTML is used as it is ({@link storedBodyHtml}, the decision {@link ReleaseBody} makes
 * too); only MDX bodies go through {@link ReleaseBody} in Astro's container API, which costs a
 * render per feed item.
 */
async function bodyHtml(release: SiteRelease, base: string): Promise<string> {
  const page = releaseUrl(release, { ...config, base });
  const stored = storedBodyHtml(release.entry);
  if (stored !== undefined) return absoluteUrls(stored, page);
  container ??= experimental_AstroContainer.create().then((c) => {
    c.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    return c;
  });
  const html = await (await container).renderToString(ReleaseBody, { props: { release } });
  return absoluteUrls(html, page);
}

/**
 * Astro glue for the feed endpoints: the {@link FeedContext} of this build (config, names in the
 * feed's language, share cards and, with `fullText`, the full texts of the given releases).
 * @param options.lang - the feed's language (`ar`, default, or a translation language).
 */
export async function feedContext(
  archive: SiteArchive,
  releases: readonly SiteRelease[],
  options: { fullText?: boolean; lang?: string } = {},
): Promise<FeedContext> {
  const images = shareImageUrls(releases);
  const L = siteIn(options.lang ?? 'ar');
  const bodies = new Map(
    options.fullText
      ? await Promise.all(releases.map(async (r) => [r, await bodyHtml(r, L.base)] as const))
      : [],
  );
  return {
    // Release permalinks of a translation language are under its base (`/fr/releases/…`).
    config: { ...config, base: L.base },
    countryName: L.country,
    tagLabel: (slug) => archive.tags.get(slug)?.label ?? slug,
    imageUrl: (release) => images.get(release as SiteRelease),
    contentHtml: (release) => bodies.get(release as SiteRelease),
    attachments: (release) => releaseAttachments(release as SiteRelease),
  };
}
