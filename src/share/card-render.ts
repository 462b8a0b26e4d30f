import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
// @ts-expect-error wawoff2 ships no types: decompress(woff2: Uint8Array) => Promise<Uint8Array>
import { decompress } from 'wawoff2';
import {
  CARD_VARIANTS,
  cardBoxes,
  cardText,
  TITLE_SIZES,
  titleLines,
  type CardContent,
  type CardVariant,
} from './card-layout.ts';

/**
 * Draws share cards with sharp's text input: libvips lays the text out with Pango, which shapes
 * it with HarfBuzz and orders it with FriBidi, so Arabic letters join and lines run right to left,
 * with Latin runs in their own order (satori, what Astro sites usually use, does neither:
 * vercel/satori#74). The font is Noto Sans Arabic from the pinned `@fontsource` package; FreeType
 * in sharp's libvips reads TrueType but not WOFF2, so the WOFF2 files are decompressed once into
 * the build cache. A rendered card is kept in the build cache under the digest of everything it
 * is drawn from (text, identity, emblem, size, this code, sharp and font versions), so a rebuild
 * draws only the cards whose release changed. PNG output carries no metadata (sharp writes none
 * unless asked).
 */

const FAMILY = 'Noto Sans Arabic';
const FONT_PKG = '@fontsource/noto-sans-arabic';
const require = createRequire(import.meta.url);
const INK = { title: '#14181d', muted: '#4f5862', onBrand: '#ffffff', onBrandMuted: '#dbe6f1' };
const GOLD = '#c9a227';

let fontsReady: Promise<void> | undefined;

/**
 * Writes the card fonts as TrueType into `<cacheDir>/share-cards/fonts/` and registers them with
 * Pango (once per process).
 * @returns when the fonts can be used; the folder holds `noto-sans-arabic-<subset>-<weight>-normal.ttf`.
 */
export function registerFonts(cacheDir: string): Promise<void> {
  fontsReady ??= (async () => {
    const dir = join(cacheDir, 'share-cards', 'fonts');
    mkdirSync(dir, { recursive: true });
    for (const weight of [400, 700])
      for (const subset of ['arabic', 'latin', 'latin-ext']) {
        const name = `noto-sans-arabic-${subset}-${weight}-normal`;
        const ttf = join(dir, `${name}.ttf`);
        if (!existsSync(ttf)) {
          const woff2 = readFileSync(require.resolve(`${FONT_PKG}/files/${name}.woff2`));
          const tmp = `${ttf}.${process.pid}.tmp`;
          writeFileSync(tmp, await decompress(woff2));
          renameSync(tmp, ttf);
        }
        // libvips adds a font file to fontconfig once and keeps it for the process.
        await sharp({ text: { text: '.', font: `${FAMILY} 8`, fontfile: ttf } }).toBuffer();
      }
  })();
  return fontsReady;
}

/** A laid-out block: raw RGBA pixels and their size in px. */
export type Block = { data: Buffer; width: number; height: number };

/**
 * A text block as raw RGBA pixels of the given colour (Pango renders a grey mask; it becomes the
 * alpha). Exported for the shaping test (tests/browser/share-card.test.ts); call
 * {@link registerFonts} first.
 * @param markup - Pango markup: plain text through `cardText` (src/share/card-layout.ts).
 */
export async function textBlock(
  markup: string,
  options: {
    px: number;
    bold: boolean;
    width: number;
    color: string;
    height?: number;
    /** Tighter lines (headlines): Pango's line height for Noto Sans Arabic is about 1.77 em. */
    tight?: boolean;
  },
): Promise<Block> {
  const mask = await sharp({
    text: {
      text: markup,
      font: `${FAMILY}${options.bold ? ' Bold' : ''} ${options.px}`,
      width: options.width,
      ...(options.height ? { height: options.height } : { dpi: 72 }),
      align: 'left', // Pango mirrors alignment for a right-to-left paragraph: start-aligned
      wrap: 'word',
      // Negative spacing pulls lines to about 1.45 em (measured: 56 px → 99 px lines untouched).
      ...(options.tight ? { spacing: -Math.round(options.px * 0.32) } : {}),
    },
  })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = mask.info;
  const data = await sharp({ create: { width, height, channels: 3, background: options.color } })
    .joinChannel(mask.data, { raw: { width, height, channels: 1 } })
    .raw()
    .toBuffer();
  return { data, width, height };
}

const layer = (block: Block, left: number, top: number): OverlayOptions => ({
  input: block.data,
  raw: { width: block.width, height: block.height, channels: 4 },
  left: Math.round(left),
  top: Math.round(top),
});

/** The title at the largest size of TITLE_SIZES that fits in the card's lines, else fitted to its box. */
async function titleBlock(
  variant: CardVariant,
  render: (px: number, width: number, height?: number) => Promise<Block>,
): Promise<Block> {
  const box = cardBoxes(variant);
  const maxLines = titleLines(variant.height);
  for (const px of TITLE_SIZES) {
    const block = await render(px, box.textWidth);
    if (block.height <= Math.min(box.titleHeight, maxLines * px * 1.5)) return block;
  }
  return render(TITLE_SIZES.at(-1)!, box.textWidth, box.titleHeight);
}

/**
 * Lays an RGBA block over RGB pixels in place ("source over", straight alpha). Done here rather
 * than with libvips' composite, which processes the whole card for each call (measured: 20 ms of
 * CPU for a 1200 × 630 card, against about 1 ms for this loop over a headline's pixels).
 */
function blend(
  rgb: Buffer,
  width: number,
  height: number,
  block: Block,
  left: number,
  top: number,
) {
  const x0 = Math.round(left);
  const y0 = Math.round(top);
  for (let y = 0; y < block.height; y++) {
    const ty = y0 + y;
    if (ty < 0 || ty >= height) continue;
    for (let x = 0; x < block.width; x++) {
      const tx = x0 + x;
      if (tx < 0 || tx >= width) continue;
      const s = (y * block.width + x) * 4;
      const a = block.data[s + 3]!;
      if (a === 0) continue;
      const d = (ty * width + tx) * 3;
      for (let c = 0; c < 3; c++)
        rgb[d + c] = Math.round((block.data[s + c]! * a + rgb[d + c]! * (255 - a)) / 255);
    }
  }
}

/** What every card of an archive shares: its identity, drawn once per variant. */
type Identity = Pick<CardContent, 'office' | 'parent' | 'officeLatin' | 'host' | 'color'>;
const frames = new Map<string, Promise<Block>>();

/**
 * The part of a card that is the same for every release of the archive (the brand bar with the
 * emblem and the office's name, the gold rule, the footer with the host and the Latin name), as
 * raw RGB pixels of one variant; drawn once per process and identity, so a release's card
 * composites only its own two text blocks (measured: 0.45 s of CPU per release's four cards
 * before, when every card drew its frame anew).
 */
function frame(identity: Identity, logo: Buffer, variant: CardVariant): Promise<Block> {
  const key = JSON.stringify([
    identity,
    variant,
    logo.length,
    logo.subarray(0, 64).toString('hex'),
  ]);
  let pending = frames.get(key);
  if (!pending) {
    pending = drawFrame(identity, logo, variant);
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
  const line = await textBlock(
    cardText([content.line, content.badge].filter(Boolean).join(' · ')),
    { px: 30, bold: false, width: 900, color: INK.muted },
  );
  const titles = new Map<string, Promise<Block>>();
  const renderTitle = (px: number, width: number, height?: number) => {
    const key = `${px}/${width}/${height ?? ''}`;
    if (!titles.has(key))
      titles.set(
        key,
        textBlock(cardText(content.title), {
          px,
          bold: true,
          width,
          color: INK.title,
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
    blend(pixels, W, H, title, right(title.width), titleTop);
    blend(pixels, W, H, line, right(line.width), titleTop + title.height + 20);
    out.set(
      variant.name,
      await sharp(pixels, { raw: { width: W, height: H, channels: 3 } })
        // Palette PNG without dithering: 25 kB instead of 42 kB for a text card, encoded in
        // about 30 ms (effort 1; effort 6 took 110 ms for a few hundred bytes less).
        .png({ compressionLevel: 9, palette: true, quality: 95, effort: 1, dither: 0 })
        .toBuffer(),
    );
  }
  return out;
}

/** Source files a card's look depends on, relative to the project root (where the build runs). */
const SOURCES = ['src/share/card-render.ts', 'src/share/card-layout.ts', 'src/arabic/bidi.ts'];
let codeDigest: string | undefined;

/** Digest of what every card depends on besides its content: the drawing code, sharp and the font package. */
function rendererDigest(): string {
  if (codeDigest) return codeDigest;
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(file).update(readFileSync(join(process.cwd(), file)));
  hash.update(JSON.stringify([sharp.versions, require(`${FONT_PKG}/package.json`).version]));
  return (codeDigest = hash.digest('hex'));
}

const inFlight = new Map<string, Promise<Map<CardVariant['name'], Buffer>>>();

/**
 * A card's variants from the build cache (`<cacheDir>/share-cards/<digest>-<variant>.png`), drawn
 * and stored on a miss. Concurrent calls for the same card share one drawing.
 * @returns the PNG of each variant and whether they were drawn now.
 */
export async function cachedCards(
  content: CardContent,
  logo: Buffer,
  cacheDir: string,
  variants: readonly CardVariant[] = CARD_VARIANTS,
): Promise<{ cards: Map<CardVariant['name'], Buffer>; drawn: boolean }> {
  const digest = createHash('sha256')
    .update(rendererDigest())
    .update(JSON.stringify([content, variants]))
    .update(logo)
    .digest('hex');
  const dir = join(cacheDir, 'share-cards');
  const file = (name: string) => join(dir, `${digest}-${name}.png`);
  if (variants.every((v) => existsSync(file(v.name))))
    return {
      cards: new Map(variants.map((v) => [v.name, readFileSync(file(v.name))])),
      drawn: false,
    };
  let pending = inFlight.get(digest);
  if (!pending) {
    pending = renderCards(content, logo, cacheDir, variants).then((cards) => {
      mkdirSync(dir, { recursive: true });
      for (const [name, png] of cards) {
        const tmp = `${file(name)}.${process.pid}.tmp`;
        writeFileSync(tmp, png);
        renameSync(tmp, file(name));
      }
      return cards;
    });
    inFlight.set(digest, pending);
    void pending.finally(() => inFlight.delete(digest)).catch(() => undefined);
  }
  return { cards: await pending, drawn: true };
}
