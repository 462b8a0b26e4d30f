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

/**
 * Draws share cards with sharp's text input (src/share/card-text.ts): libvips lays the text out
 * with Pango, which shapes it with HarfBuzz and orders it with FriBidi, so Arabic letters join and
 * lines run right to left, with Latin runs in their own order (satori, what Astro sites usually
 * use, does neither: vercel/satori#74). PNG output carries no metadata (sharp writes none unless
 * asked). The build cache of cards is src/share/card-cache.ts.
 */

const INK = { title: '#14181d', muted: '#4f5862', onBrand: '#ffffff', onBrandMuted: '#dbe6f1' };
const GOLD = '#c9a227';

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

/**
 * Lays text of one colour over RGB pixels in place ("source over" with the mask as alpha). Done
 * here rather than with libvips' composite, which processes the whole card for each call
 * (measured: 20 ms of CPU for a 1200 × 630 card, against about 1 ms for this loop over a
 * headline's pixels), and from the mask, without an RGBA copy (measured: 45 ms of a release's
 * four cards went to colouring masks through libvips).
 */
function blend(
  rgb: Buffer,
  width: number,
  height: number,
  mask: Mask,
  color: string,
  left: number,
  top: number,
) {
  const ink = rgbOf(color);
  const x0 = Math.round(left);
  const y0 = Math.round(top);
  for (let y = 0; y < mask.height; y++) {
    const ty = y0 + y;
    if (ty < 0 || ty >= height) continue;
    for (let x = 0; x < mask.width; x++) {
      const tx = x0 + x;
      if (tx < 0 || tx >= width) continue;
      const a = mask.alpha[y * mask.width + x]!;
      if (a === 0) continue;
      const d = (ty * width + tx) * 3;
      for (let c = 0; c < 3; c++)
        rgb[d + c] = Math.round((ink[c]! * a + rgb[d + c]! * (255 - a)) / 255);
    }
  }
}

/** What every card of an archive shares: its identity, drawn once per variant. */
type Identity = Pick<CardContent, 'office' | 'parent' | 'officeLatin' | 'host' | 'color'>;
const frames = new Map<string, Promise<Block>>();

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
 * raw RGB pixels of one variant; drawn once per process and identity, so a release's card
 * composites only its own two text blocks (measured: 0.45 s of CPU per release's four cards
 * before, when every card drew its frame anew).
 */
function frame(content: Identity, logo: Buffer, variant: CardVariant): Promise<Block> {
  const key = frameKey(content, logo, variant);
  let pending = frames.get(key);
  if (!pending) {
    pending = drawFrame(content, logo, variant);
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
      solid(W - 2 * margin, 2, '#d5dbe1', margin, footerTop),
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
    const pixels = Buffer.from(base.data);
    blend(pixels, W, H, title, INK.title, right(title.width), titleTop);
    blend(pixels, W, H, line, INK.muted, right(line.width), titleTop + title.height + 20);
    out.set(
      variant.name,
      await sharp(pixels, { raw: { width: W, height: H, channels: 3 } })
        // Truecolour PNG at zlib level 6. As palette PNGs (libimagequant at its fastest) a
        // release's four cards weighed 103 kB instead of 268 kB but took 327 ms to encode
        // instead of 60 ms (same machine and load): most of a cold build's time, on every
        // deploy without a kept cache (BENCHMARKS.md, fourth round). `shareCards: 'og'` is the
        // setting for a host with a size limit.
        .png({ compressionLevel: 6 })
        .toBuffer(),
    );
  }
  return out;
}
