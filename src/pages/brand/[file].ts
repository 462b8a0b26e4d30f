/**
 * The office's identity files: `/brand/emblem.svg` (or `.png`), `/brand/emblem-512.png` (JSON-LD
 * `publisher.logo`, touch icon) and the site's share card `/brand/share-og.png` and its variants.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { config } from '../../config/settings.ts';
import { cardPng, siteCardContent } from '../../archive/share-cards.ts';
import { cacheKey } from '../../archive/content.ts';
import { VARIANTS } from '../../archive/share-cards.ts';
import type { CardVariant } from '../../share/card-layout.ts';
import { EMBLEM_PNG_SIZE, emblemFile, emblemPng, readEmblem } from '../../theme/brand.ts';

export const getStaticPaths = (() => {
  const emblem = readEmblem(config);
  return [
    `emblem.${emblem.ext}`,
    `emblem-${EMBLEM_PNG_SIZE}.png`,
    ...VARIANTS.map((v) => `share-${v.name}.png`),
  ].map((file) => ({
    params: { file },
    cacheKey: cacheKey([], 'brand', file, emblem.bytes.toString('base64')),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = params['file']!;
  const emblem = readEmblem(config);
  const card = /^share-(.+)\.png$/.exec(file)?.[1];
  const body = card
    ? await cardPng(siteCardContent(), card as CardVariant['name'])
    : file.startsWith('emblem-')
      ? await emblemPng(emblem)
      : await emblemFile(emblem);
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': file.endsWith('.svg') ? 'image/svg+xml' : 'image/png' },
  });
};
