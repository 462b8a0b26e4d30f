import sharp, { type OverlayOptions } from 'sharp';
import { cardBoxes, cardText, type CardContent, type CardVariant } from './card-layout.ts';
import { rgbOf, textBlock, type Block } from './card-text.ts';
import { scanlines, type Rgb } from './png-indexed.ts';

/**
 * The frame of a share card: what is the same on every card of an archive (the brand bar with
 * the emblem and the office's name, the gold rule, the footer with the host and the Latin name),
 * drawn and quantized to a palette once per process, identity and size (src/share/card-render.ts
 * sets each release's text into it).
 */

/** Ink colours of the cards. */
export const INK = {
  title: '#14181d',
  muted: '#4f5862',
  onBrand: '#ffffff',
  onBrandMuted: '#dbe6f1',
} as const;
const GOLD = '#c9a227';
const RULE = '#d5dbe1';

const layer = (block: Block, left: number, top: number): OverlayOptions => ({
  input: block.data,
  raw: { width: block.width, height: block.height, channels: 4 },
  left: Math.round(left),
  top: Math.round(top),
});

/** Colours of the office's frame after quantization (the rest of the palette is the two inks). */
const FRAME_COLOURS = 128;

/**
 * A frame as PNG scanlines of palette indices (each row: filter byte 0, then one index per
 * pixel; src/share/png-indexed.ts, `scanlines`) and its palette.
 */
export type IndexedFrame = { rows: Buffer; palette: Rgb[]; width: number; height: number };

/**
 * Quantizes a frame once (libimagequant through sharp) to at most FRAME_COLOURS colours; a
 * palette colour within 3 levels per channel of one of `exact` (the brand colour, the gold, the
 * white, the rule) becomes that colour, so solid areas keep the office's exact colours.
 */
async function indexFrame(block: Block, exact: readonly string[]): Promise<IndexedFrame> {
  const { width, height } = block;
  const png = await sharp(block.data, { raw: { width, height, channels: 3 } })
    .png({ palette: true, colours: FRAME_COLOURS, quality: 95, effort: 1, dither: 0 })
    .toBuffer();
  const { data } = await sharp(png).removeAlpha().toColourspace('srgb').raw().toBuffer({
    resolveWithObject: true,
  });
  const palette: Rgb[] = [];
  const seen = new Map<number, number>();
  const indices = Buffer.alloc(width * height);
  for (let p = 0; p < indices.length; p++) {
    const key = (data[p * 3]! << 16) | (data[p * 3 + 1]! << 8) | data[p * 3 + 2]!;
    let index = seen.get(key);
    if (index === undefined) {
      index = palette.length;
      seen.set(key, index);
      palette.push([data[p * 3]!, data[p * 3 + 1]!, data[p * 3 + 2]!]);
    }
    indices[p] = index;
  }
  const solids = exact.map(rgbOf);
  const snapped = palette.map(
    (c) => solids.find((e) => e.every((v, i) => Math.abs(v - c[i]!) <= 3)) ?? c,
  );
  return { rows: scanlines(width, height, indices), palette: snapped, width, height };
}

/** What every card of an archive shares: its identity, drawn once per variant. */
type Identity = Pick<CardContent, 'office' | 'parent' | 'officeLatin' | 'host' | 'color'>;
const frames = new Map<string, Promise<IndexedFrame>>();

/**
 * The key of a card's frame: the identity's fields, the variant and the emblem, never the
 * release's own text (keying on a release's whole CardContent once kept a frame per release:
 * 12 MiB of pixels per release and a frame drawn anew for each, BENCHMARKS.md, fourth round).
 */
export function frameKey(content: Identity, logo: Buffer, variant: CardVariant): string {
  const { office, parent, officeLatin, host, color } = content;
  return JSON.stringify([
    [office, parent, officeLatin, host, color],
    variant,
    logo.length,
    logo.subarray(0, 64).toString('hex'),
  ]);
}

/**
 * The part of a card that is the same for every release of the archive (the brand bar with the
 * emblem and the office's name, the gold rule, the footer with the host and the Latin name), as
 * palette indices of one variant; drawn and quantized once per process and identity, so a release's card
 * composites only its own two text blocks (measured: 0.45 s of CPU per release's four cards
 * before, when every card drew its frame anew).
 */
export function frame(
  content: Identity,
  logo: Buffer,
  variant: CardVariant,
): Promise<IndexedFrame> {
  const key = frameKey(content, logo, variant);
  let pending = frames.get(key);
  if (!pending) {
    pending = drawFrame(content, logo, variant).then((block) =>
      indexFrame(block, ['#ffffff', content.color, GOLD, RULE]),
    );
    frames.set(key, pending);
  }
  return pending;
}

async function drawFrame(identity: Identity, logo: Buffer, variant: CardVariant): Promise<Block> {
  const { width: W, height: H } = variant;
  const { margin, bar, footer } = cardBoxes(variant);
  const emblemSize = bar - 44;
  const emblemPng = await sharp(logo, { density: 300 })
    .resize(emblemSize, emblemSize, { fit: 'contain', background: '#00000000' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const emblem: Block = { data: emblemPng.data, width: emblemSize, height: emblemSize };
  const block = (plain: string, px: number, bold: boolean, width: number, color: string) =>
    textBlock(cardText(plain), { px, bold, width, color });
  const nameWidth = W - 2 * margin - emblemSize - 28;
  const office = await block(identity.office, 34, true, nameWidth, INK.onBrand);
  const parent = identity.parent
    ? await block(identity.parent, 22, false, nameWidth, INK.onBrandMuted)
    : undefined;
  const host = await block(identity.host, 24, true, 500, identity.color);
  const latin = identity.officeLatin
    ? await block(identity.officeLatin, 22, false, W - 2 * margin - host.width - 48, INK.muted)
    : undefined;
  const right = (w: number) => W - margin - w;
  const nameTop = (bar - office.height - (parent?.height ?? 0)) / 2;
  const footerTop = H - footer;
  const solid = (width: number, height: number, background: string, left: number, top: number) =>
    ({ input: { create: { width, height, channels: 4, background } }, left, top }) as const;
  const { data, info } = await sharp({
    create: { width: W, height: H, channels: 3, background: '#ffffff' },
  })
    .composite([
      solid(W, bar, identity.color, 0, 0),
      solid(W, 8, GOLD, 0, bar),
      layer(emblem, right(emblemSize), (bar - emblemSize) / 2),
      layer(office, right(emblemSize + 28 + office.width), nameTop),
      ...(parent
        ? [layer(parent, right(emblemSize + 28 + parent.width), nameTop + office.height)]
        : []),
      solid(W - 2 * margin, 2, RULE, margin, footerTop),
      layer(host, margin, footerTop + (footer - host.height) / 2),
      ...(latin ? [layer(latin, right(latin.width), footerTop + (footer - latin.height) / 2)] : []),
    ])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
