import sharp, { type OverlayOptions } from 'sharp';
import {
  CARD_VARIANTS,
  cardBoxes,
  cardText,
  TITLE_SIZES,
  titleLines,
  type CardContent,
  type CardVariant,
} from './card-layout.ts';
import { registerFonts, rgbOf, textBlock, textMask, type Block, type Mask } from './card-text.ts';
import { encodeIndexedPng, type Rgb } from './png-indexed.ts';

/**
 * Draws share cards with sharp's text input (src/share/card-text.ts): libvips lays the text out
 * with Pango, which shapes it with HarfBuzz and orders it with FriBidi, so Arabic letters join and
 * lines run right to left, with Latin runs in their own order (satori, what Astro sites usually
 * use, does neither: vercel/satori#74). PNG output carries no metadata (sharp writes none unless
 * asked). The build cache of cards is src/share/card-cache.ts.
 */

const INK = { title: '#14181d', muted: '#4f5862', onBrand: '#ffffff', onBrandMuted: '#dbe6f1' };
const GOLD = '#c9a227';
const RULE = '#d5dbe1';

const layer = (block: Block, left: number, top: number): OverlayOptions => ({
  input: block.data,
  raw: { width: block.width, height: block.height, channels: 4 },
  left: Math.round(left),
  top: Math.round(top),
});

/** The title at the largest size of TITLE_SIZES that fits in the card's lines, else fitted to its box. */
async function titleBlock(
  variant: CardVariant,
  render: (px: number, width: number, height?: number) => Promise<Mask>,
): Promise<Mask> {
  const box = cardBoxes(variant);
  const maxLines = titleLines(variant.height);
  for (const px of TITLE_SIZES) {
    const block = await render(px, box.textWidth);
    if (block.height <= Math.min(box.titleHeight, maxLines * px * 1.5)) return block;
  }
  return render(TITLE_SIZES.at(-1)!, box.textWidth, box.titleHeight);
}

/** Colours of the office's frame after quantization (the rest of the palette is the two inks). */
const FRAME_COLOURS = 128;
/** Shades of each ink over white: coverage 1–255 in this many steps (64 with the white itself). */
const LEVELS = 63;

/** The ink at each coverage step over the card's white: LEVELS colours, lightest first. */
const ramp = (ink: string): Rgb[] => {
  const rgb = rgbOf(ink);
  return Array.from({ length: LEVELS }, (_, i) => {
    const k = (i + 1) / LEVELS;
    return rgb.map((c) => Math.round(255 + (c - 255) * k)) as unknown as Rgb;
  });
};

/**
 * Sets text of one ink into a card's palette indices in place: each covered pixel takes the
 * ink's shade for its coverage (the mask's alpha in LEVELS steps). The title and its line lie
 * in the card's white body, so the shades are the ink over white. Done in JavaScript rather
 * than with libvips' composite, which processes the whole card for each call (20 ms for a
 * 1200 × 630 card, against about 1 ms for a headline's pixels here).
 * @param base - palette index of the ink's lightest shade.
 */
function inkOver(
  indices: Buffer,
  width: number,
  height: number,
  mask: Mask,
  base: number,
  left: number,
  top: number,
) {
  const x0 = Math.round(left);
  const y0 = Math.round(top);
  for (let y = 0; y < mask.height; y++) {
    const ty = y0 + y;
    if (ty < 0 || ty >= height) continue;
    for (let x = 0; x < mask.width; x++) {
      const tx = x0 + x;
      if (tx < 0 || tx >= width) continue;
      const step = Math.round((mask.alpha[y * mask.width + x]! * LEVELS) / 255);
      if (step > 0) indices[ty * width + tx] = base + step - 1;
    }
  }
}

/** A frame as palette indices (one byte per pixel, row by row) and its palette. */
type IndexedFrame = { indices: Buffer; palette: Rgb[]; width: number; height: number };

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
  return { indices, palette: snapped, width, height };
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
function frame(content: Identity, logo: Buffer, variant: CardVariant): Promise<IndexedFrame> {
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

/**
 * Draws the variants of one card; the text blocks they share are laid out once.
 * @param content - what the card says (plain text).
 * @param logo - the office's emblem (SVG or PNG bytes).
 * @param cacheDir - the build cache (fonts are written there).
 * @param variants - which sizes (default: all of CARD_VARIANTS).
 * @returns a PNG (no metadata) per variant name.
 */
export async function renderCards(
  content: CardContent,
  logo: Buffer,
  cacheDir: string,
  variants: readonly CardVariant[] = CARD_VARIANTS,
): Promise<Map<CardVariant['name'], Buffer>> {
  await registerFonts(cacheDir);
  const line = await textMask(cardText([content.line, content.badge].filter(Boolean).join(' · ')), {
    px: 30,
    bold: false,
    width: 900,
  });
  const titles = new Map<string, Promise<Mask>>();
  const renderTitle = (px: number, width: number, height?: number) => {
    const key = `${px}/${width}/${height ?? ''}`;
    if (!titles.has(key))
      titles.set(
        key,
        textMask(cardText(content.title), {
          px,
          bold: true,
          width,
          tight: true,
          ...(height ? { height } : {}),
        }),
      );
    return titles.get(key)!;
  };

  const out = new Map<CardVariant['name'], Buffer>();
  for (const variant of variants) {
    const { width: W, height: H } = variant;
    const { margin, bar, footer } = cardBoxes(variant);
    const base = await frame(content, logo, variant);
    const title = await titleBlock(variant, renderTitle);
    const right = (w: number) => W - margin - w;
    // The title and its line, centred in the space between the bar and the footer.
    const body = H - footer - (bar + 8);
    const titleTop = bar + 8 + Math.max(32, (body - (title.height + 20 + line.height)) / 2);
    const indices = Buffer.from(base.indices);
    const titleInk = base.palette.length;
    const lineInk = titleInk + LEVELS;
    inkOver(indices, W, H, title, titleInk, right(title.width), titleTop);
    inkOver(indices, W, H, line, lineInk, right(line.width), titleTop + title.height + 20);
    // An indexed PNG from the frame's palette and the inks' shades (src/share/png-indexed.ts):
    // no quantizer per card. A release's four cards: about 110 kB.
    const palette = [...base.palette, ...ramp(INK.title), ...ramp(INK.muted)];
    out.set(variant.name, await encodeIndexedPng(W, H, indices, palette));
  }
  return out;
}
