import {
  CARD_VARIANTS,
  cardBoxes,
  cardText,
  TITLE_SIZES,
  titleLines,
  type CardContent,
  type CardVariant,
} from './card-layout.ts';
import { frame, INK } from './card-frame.ts';
import { registerFonts, rgbOf, textMask, type Mask } from './card-text.ts';
import { encodePngRows, type Rgb } from './png-indexed.ts';

/**
 * Draws share cards with sharp's text input (src/share/card-text.ts): libvips lays the text out
 * with Pango, which shapes it with HarfBuzz and orders it with FriBidi, so Arabic letters join and
 * lines run right to left, with Latin runs in their own order (satori, what Astro sites usually
 * use, does neither: vercel/satori#74). PNG output carries no metadata (sharp writes none unless
 * asked). The frame is src/share/card-frame.ts, the build cache src/share/card-cache.ts.
 */

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

/** Coverage (0–255) to its shade step (0 = none, 1–LEVELS). */
const STEP = Uint8Array.from({ length: 256 }, (_, alpha) => Math.round((alpha * LEVELS) / 255));

/**
 * Sets text of one ink into a card's scanlines in place (src/share/png-indexed.ts,
 * `scanlines`: each row a filter byte, then its indices): each covered pixel takes the ink's
 * shade for its coverage (the mask's alpha in LEVELS steps). The title and its line lie in the
 * card's white body, so the shades are the ink over white. Done in JavaScript rather than with
 * libvips' composite, which processes the whole card for each call (20 ms for a 1200 × 630 card);
 * only the mask's pixels inside the card are visited.
 * @param base - palette index of the ink's lightest shade.
 * @param left - the mask's left edge in the card, px (rounded; may lie outside).
 * @param top - the mask's top edge in the card, px (rounded; may lie outside).
 */
function inkOver(
  rows: Buffer,
  width: number,
  height: number,
  mask: Mask,
  base: number,
  left: number,
  top: number,
) {
  const x0 = Math.round(left);
  const y0 = Math.round(top);
  const fromX = Math.max(0, -x0);
  const toX = Math.min(mask.width, width - x0);
  const fromY = Math.max(0, -y0);
  const toY = Math.min(mask.height, height - y0);
  const { alpha } = mask;
  const shade = base - 1;
  for (let y = fromY; y < toY; y++) {
    const src = y * mask.width;
    const dst = (y0 + y) * (width + 1) + 1 + x0;
    for (let x = fromX; x < toX; x++) {
      const step = STEP[alpha[src + x]!]!;
      if (step > 0) rows[dst + x] = shade + step;
    }
  }
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
    const rows = Buffer.from(base.rows);
    const titleInk = base.palette.length;
    const lineInk = titleInk + LEVELS;
    inkOver(rows, W, H, title, titleInk, right(title.width), titleTop);
    inkOver(rows, W, H, line, lineInk, right(line.width), titleTop + title.height + 20);
    // An indexed PNG from the frame's palette and the inks' shades (src/share/png-indexed.ts):
    // no quantizer per card, every index below the palette's length by construction (the
    // frame's, then LEVELS of each ink). A release's four cards: about 125 kB.
    const palette = [...base.palette, ...ramp(INK.title), ...ramp(INK.muted)];
    out.set(variant.name, await encodePngRows(W, H, rows, palette));
  }
  return out;
}
