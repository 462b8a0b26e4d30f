import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { CARD_VARIANTS, type CardContent, type CardVariant } from './card-layout.ts';
import { renderCards } from './card-render.ts';
import { FONT_PKG } from './card-text.ts';

/**
 * Share cards in the build cache: a rendered card is kept under the digest of everything it is
 * drawn from (text, identity, emblem, size, the drawing code, sharp and font versions), so a
 * rebuild draws only the cards whose release changed; a cold build draws the missing ones in the
 * background while Astro renders pages.
 */

const require = createRequire(import.meta.url);

/** Source files a card's look depends on, relative to the project root (where the build runs). */
const SOURCES = [
  'src/share/card-render.ts',
  'src/share/card-frame.ts',
  'src/share/card-text.ts',
  'src/share/png-indexed.ts',
  'src/share/card-layout.ts',
  'src/arabic/bidi.ts',
];
let codeDigest: string | undefined;

/** Digest of what every card depends on besides its content: the drawing code, sharp and the font package. */
function rendererDigest(): string {
  if (codeDigest) return codeDigest;
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(file).update(readFileSync(join(process.cwd(), file)));
  hash.update(JSON.stringify([sharp.versions, require(`${FONT_PKG}/package.json`).version]));
  return (codeDigest = hash.digest('hex'));
}

/** Where a card's variants are kept in the build cache: `<cacheDir>/share-cards/<digest>-<variant>.png`. */
function cardFiles(
  content: CardContent,
  logo: Buffer,
  cacheDir: string,
  variants: readonly CardVariant[],
) {
  const digest = createHash('sha256')
    .update(rendererDigest())
    .update(JSON.stringify([content, variants]))
    .update(logo)
    .digest('hex');
  const dir = join(cacheDir, 'share-cards');
  return { dir, digest, file: (name: string) => join(dir, `${digest}-${name}.png`) };
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
  const { dir, digest, file } = cardFiles(content, logo, cacheDir, variants);
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

/**
 * One variant of a card from the build cache: reads only that variant's file when it is there
 * (a card page needs one PNG; reading all of them made a release's four card pages read 16
 * files), and otherwise draws the card's variants as {@link cachedCards} does.
 * @param name - the variant wanted; one of `variants`.
 * @returns its PNG.
 * @throws Error when `name` is not among `variants`, or when drawing fails.
 */
export async function cachedCard(
  content: CardContent,
  logo: Buffer,
  cacheDir: string,
  variants: readonly CardVariant[],
  name: CardVariant['name'],
): Promise<Buffer> {
  if (!variants.some((v) => v.name === name))
    throw new Error(
      `share card: no variant ${name} among ${variants.map((v) => v.name).join(', ')}`,
    );
  const { file } = cardFiles(content, logo, cacheDir, variants);
  if (existsSync(file(name))) return readFileSync(file(name));
  const { cards } = await cachedCards(content, logo, cacheDir, variants);
  return cards.get(name)!;
}

/**
 * Draws, in the background, every card of `contents` that the build cache lacks, at most
 * `concurrency` cards at a time, so that libvips draws on every core while Astro renders pages on
 * one (Astro's own `build.concurrency` would turn incremental builds off). A page asking for a
 * card being drawn shares the drawing ({@link cachedCards}). Errors are left to that page: a card
 * that fails here is drawn again, and fails with its message, when its page asks for it.
 * @param contents - what each card says, in the order pages will ask for them.
 * @param concurrency - cards drawn at once (default: 2 per core, as libvips waits on memory too).
 * @returns when every missing card was drawn or has failed; it never rejects.
 */
export async function drawMissingCards(
  contents: readonly CardContent[],
  logo: Buffer,
  cacheDir: string,
  variants: readonly CardVariant[] = CARD_VARIANTS,
  concurrency = 2 * availableParallelism(),
): Promise<void> {
  const missing = contents.filter((content) => {
    const { file } = cardFiles(content, logo, cacheDir, variants);
    return !variants.every((v) => existsSync(file(v.name)));
  });
  let next = 0;
  const worker = async () => {
    while (next < missing.length) {
      const content = missing[next++]!;
      await cachedCards(content, logo, cacheDir, variants).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, missing.length) }, worker));
}
