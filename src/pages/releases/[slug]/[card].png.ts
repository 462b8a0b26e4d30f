/** A release's share cards: `/releases/<slug>/share-og.png`, `share-16x9.png`, `share-4x3.png`, `share-1x1.png`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey, getArchive, type SiteRelease } from '../../../archive/content.ts';
import { cardPng, releaseCardContent, startDrawingCards } from '../../../archive/share-cards.ts';
import { RELEASE_VARIANTS } from '../../../archive/share-cards.ts';
import type { CardVariant } from '../../../share/card-layout.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  // Withdrawn releases keep their page, so they keep its cards too.
  const releases = [...archive.releases, ...archive.withdrawn];
  startDrawingCards(releases);
  return releases.flatMap((release) =>
    RELEASE_VARIANTS.map((variant) => ({
      params: { slug: release.slug, card: `share-${variant.name}` },
      props: { release, variant: variant.name },
      cacheKey: cacheKey([release], 'card', variant.name),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: SiteRelease; variant: CardVariant['name'] }> = async ({
  props,
}) =>
  new Response(new Uint8Array(await cardPng(releaseCardContent(props.release), props.variant)), {
    headers: { 'Content-Type': 'image/png' },
  });
