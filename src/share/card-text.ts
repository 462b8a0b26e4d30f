import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
// @ts-expect-error wawoff2 ships no types: decompress(woff2: Uint8Array) => Promise<Uint8Array>
import { decompress } from 'wawoff2';

/**
 * Text of the share cards, laid out by libvips with Pango (HarfBuzz shaping, FriBidi ordering) in
 * Noto Sans Arabic from the pinned `@fontsource` package. FreeType in sharp's libvips reads
 * TrueType but not WOFF2, so the WOFF2 files are decompressed once into the build cache.
 */

const FAMILY = 'Noto Sans Arabic';
/** The font package the cards are set in (its version is part of every card's cache digest). */
export const FONT_PKG = '@fontsource/noto-sans-arabic';
const require = createRequire(import.meta.url);

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

/** Laid-out text as coverage: one byte of alpha (0–255) per pixel, row by row; size in px. */
export type Mask = { alpha: Buffer; width: number; height: number };

/** Options of a text block: size in px, weight, wrap width and optional fixed height in px. */
export interface TextOptions {
  px: number;
  bold: boolean;
  width: number;
  height?: number;
  /** Tighter lines (headlines): Pango's line height for Noto Sans Arabic is about 1.77 em. */
  tight?: boolean;
}

/**
 * Text laid out by Pango as coverage (the grey mask Pango renders). Call {@link registerFonts}
 * first.
 * @param markup - Pango markup: plain text through `cardText` (src/share/card-layout.ts).
 */
export async function textMask(markup: string, options: TextOptions): Promise<Mask> {
  const { data, info } = await sharp({
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
  return { alpha: data, width: info.width, height: info.height };
}

/** `#rrggbb` as three bytes. */
export const rgbOf = (color: string): [number, number, number] => [
  parseInt(color.slice(1, 3), 16),
  parseInt(color.slice(3, 5), 16),
  parseInt(color.slice(5, 7), 16),
];

/**
 * A text block as raw RGBA pixels of the given colour, the mask as its alpha. Exported for the
 * shaping test (tests/browser/share-card.test.ts); call {@link registerFonts} first.
 * @param markup - Pango markup: plain text through `cardText` (src/share/card-layout.ts).
 */
export async function textBlock(
  markup: string,
  options: TextOptions & { color: string },
): Promise<Block> {
  const { alpha, width, height } = await textMask(markup, options);
  const [r, g, b] = rgbOf(options.color);
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < alpha.length; i++) {
    data[i * 4] = r;
    data[i * 4 + 1] = g;
    data[i * 4 + 2] = b;
    data[i * 4 + 3] = alpha[i]!;
  }
  return { data, width, height };
}
