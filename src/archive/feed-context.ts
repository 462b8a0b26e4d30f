import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import { config } from '../config/settings.ts';
import BodyImage from '../components/BodyImage.astro';
import { storedBody, type SiteArchive, type SiteRelease } from './content.ts';
import { absoluteUrls, releaseUrl, type FeedContext } from './feeds.ts';
import { shareImageUrls } from './share-image.ts';
import { site } from './site.ts';

let container: Promise<experimental_AstroContainer> | undefined;

/**
 * The release's body as HTML: the Markdown fast path's stored HTML, else the MDX entry rendered
 * by Astro's container API (releases with components or body images); URLs made absolute.
 */
async function bodyHtml(release: SiteRelease): Promise<string> {
  const page = releaseUrl(release, config);
  const stored = storedBody(release.entry);
  if (stored !== undefined) return absoluteUrls(stored, page);
  container ??= experimental_AstroContainer.create().then((c) => {
    c.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    return c;
  });
  const { Content } = await render(release.entry);
  // The same components as the release page (src/pages/releases/[slug].astro).
  const html = await (
    await container
  ).renderToString(Content, {
    props: { components: { img: BodyImage } },
  });
  return absoluteUrls(html, page);
}

/**
 * Astro glue for the feed endpoints: the {@link FeedContext} of this build (config, Arabic names,
 * share cards and, with `fullText`, the full texts of the given releases).
 */
export async function feedContext(
  archive: SiteArchive,
  releases: readonly SiteRelease[],
  options: { fullText?: boolean } = {},
): Promise<FeedContext> {
  const images = shareImageUrls(releases);
  const bodies = new Map(
    options.fullText
      ? await Promise.all(releases.map(async (r) => [r, await bodyHtml(r)] as const))
      : [],
  );
  return {
    config,
    countryName: site.country,
    tagLabel: (slug) => archive.tags.get(slug)?.label ?? slug,
    imageUrl: (release) => images.get(release as SiteRelease),
    contentHtml: (release) => bodies.get(release as SiteRelease),
  };
}
