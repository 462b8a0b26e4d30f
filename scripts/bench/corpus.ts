/**
 * Deterministic synthetic corpus for the benchmark: N Arabic releases of about 350 words, dates over
 * 15 years (2011–2025), 1–4 countries, 1–5 tags from ~150, ~10 % with a lead image, ~1 % using an
 * MDX element (so the MDX path stays exercised). Same seed and N → byte-identical files.
 * Never commit the output; it goes to bench-out/ (git-ignored) or a temporary folder.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import {
  CITIES,
  CONTENT_WORDS,
  COUNTRY_CODES,
  FUNCTION_WORDS,
  ISSUERS,
  TAGS,
  TITLE_ADJECTIVES,
  TITLE_NOUNS,
} from './vocabulary.ts';

/** Seeded PRNG (mulberry32): returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
function pickDistinct<T>(r: Rand, list: readonly T[], n: number): T[] {
  const out = new Set<T>();
  while (out.size < n) out.add(pick(r, list));
  return [...out];
}

/** Zipf (s = 1) cumulative weights over CONTENT_WORDS, for a realistic long-tailed vocabulary. */
const ZIPF: Float64Array = (() => {
  const cum = new Float64Array(CONTENT_WORDS.length);
  let total = 0;
  for (let i = 0; i < cum.length; i++) cum[i] = total += 1 / (i + 20);
  for (let i = 0; i < cum.length; i++) cum[i]! /= total;
  return cum;
})();

function word(r: Rand): string {
  if (r() < 0.28) return pick(r, FUNCTION_WORDS);
  const x = r();
  let lo = 0;
  let hi = ZIPF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return CONTENT_WORDS[lo]!;
}

function sentence(r: Rand): string {
  const n = int(r, 10, 24);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(word(r) + (i > 3 && i < n - 3 && r() < 0.07 ? '،' : ''));
  return `${words.join(' ')}.`;
}

/** Body of about `target` words in 4–7 paragraphs, sometimes with a sub-heading or a list. */
function body(r: Rand, target: number, withElement: boolean): string {
  const paragraphs: string[] = [];
  const count = int(r, 4, 7);
  let words = 0;
  for (let p = 0; p < count && words < target; p++) {
    const sentences: string[] = [];
    const goal = Math.min(target - words, Math.ceil(target / count));
    let inParagraph = 0;
    while (inParagraph < goal) {
      const s = sentence(r);
      sentences.push(s);
      inParagraph += s.split(' ').length;
    }
    words += inParagraph;
    paragraphs.push(sentences.join(' '));
    if (p === 1 && r() < 0.05)
      paragraphs.push(`## ${word(r)} ${pick(r, TITLE_NOUNS)} ${pick(r, TITLE_ADJECTIVES)}`);
    if (p === 2 && r() < 0.05) paragraphs.push([1, 2, 3].map(() => `- ${sentence(r)}`).join('\n'));
  }
  if (withElement) {
    paragraphs.push(
      `<abbr title="${pick(r, TITLE_NOUNS)} ${pick(r, TITLE_ADJECTIVES)}">${pick(r, TITLE_NOUNS)}</abbr> ${sentence(r)}`,
    );
  }
  return paragraphs.join('\n\n');
}

export interface GeneratedRelease {
  /** Path relative to the corpus folder. */
  file: string;
  image: boolean;
  mdxElement: boolean;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const FIRST_YEAR = 2011;
const YEARS = 15;

/**
 * Writes release number `i` (0-based) of the corpus with seed `seed` into `dir`.
 * @param imageFiles - prepared JPEGs to copy next to releases that have an image.
 * @param date - publication date to use instead of the drawn one (the benchmark's "add one
 *   release" is today's release, dated after every other).
 */
export function writeRelease(
  dir: string,
  seed: number,
  i: number,
  imageFiles: readonly string[],
  date?: { year: number; month: number; day: number },
): GeneratedRelease {
  const r = prng(seed * 1_000_003 + i);
  const drawn = {
    year: FIRST_YEAR + int(r, 0, YEARS - 1),
    month: int(r, 1, 12),
    day: int(r, 1, 28),
  };
  const { year, month, day } = date ?? drawn;
  const time = r() < 0.2 ? ` ${pad(int(r, 7, 20))}:${pad(int(r, 0, 59))}` : '';
  const titleWords = [
    pick(r, TITLE_NOUNS),
    pick(r, TITLE_ADJECTIVES),
    ...Array.from({ length: int(r, 5, 9) }, () => word(r)),
  ];
  const title = titleWords.join(' ');
  const image = r() < 0.1;
  const mdxElement = r() < 0.01;
  const fm: string[] = [
    `title: ${JSON.stringify(title)}`,
    `date: ${year}-${pad(month)}-${pad(day)}${time}`,
    `dateline: ${JSON.stringify(pick(r, CITIES))}`,
    `issuer: ${JSON.stringify(pick(r, ISSUERS))}`,
    `countries: [${pickDistinct(r, COUNTRY_CODES, int(r, 1, 4)).join(', ')}]`,
    `tags: [${pickDistinct(r, TAGS, int(r, 1, 5))
      .map((t) => JSON.stringify(t))
      .join(', ')}]`,
  ];
  if (r() < 0.3) fm.push(`reference: ${JSON.stringify(`بلاغ رقم ${int(r, 1, 400)}/${year}`)}`);
  if (r() < 0.2) fm.push(`summary: ${JSON.stringify(sentence(r))}`);
  if (image) {
    fm.push(
      'image:',
      '  src: ./photo.jpg',
      `  alt: ${JSON.stringify(`مشهد من ${pick(r, CITIES)} يظهر فيه مبنى ${pick(r, TITLE_NOUNS)} وساحة أمامه`)}`,
    );
  }
  const slug = `${pad(i, 6)}-${titleWords.slice(0, 3).join('-')}`;
  const file = image ? `${year}/${slug}/index.mdx` : `${year}/${slug}.mdx`;
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `---\n${fm.join('\n')}\n---\n\n${body(r, int(r, 300, 400), mdxElement)}\n`);
  if (image) copyFileSync(imageFiles[i % imageFiles.length]!, join(dirname(path), 'photo.jpg'));
  return { file, image, mdxElement };
}

/**
 * Generates small JPEGs (800×533 gradients with noise) once into `cacheDir`; reused by every release.
 * @returns absolute paths of the JPEG files.
 */
export async function prepareImages(cacheDir: string, count = 4): Promise<string[]> {
  mkdirSync(cacheDir, { recursive: true });
  const files: string[] = [];
  for (let k = 0; k < count; k++) {
    const file = join(cacheDir, `bench-${k}.jpg`);
    files.push(file);
    if (existsSync(file)) continue;
    const width = 800;
    const height = 533;
    const r = prng(k + 99);
    const raw = Buffer.alloc(width * height * 3);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const o = (y * width + x) * 3;
        raw[o] = (x * 255) / width + r() * 20;
        raw[o + 1] = (y * 255) / height + r() * 20;
        raw[o + 2] = 60 * k + r() * 20;
      }
    }
    await sharp(raw, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 70 })
      .toFile(file);
  }
  return files;
}

export interface CorpusStats {
  releases: number;
  withImage: number;
  withMdxElement: number;
  ms: number;
}

/**
 * Writes a fresh corpus of `releases` releases into `dir` (emptied first).
 * @param seed - PRNG seed; the same seed gives the same corpus.
 */
export async function generateCorpus(
  dir: string,
  releases: number,
  seed = 7,
  imageCache = join(dir, '..', 'images'),
): Promise<CorpusStats> {
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const images = await prepareImages(imageCache);
  let withImage = 0;
  let withMdxElement = 0;
  for (let i = 0; i < releases; i++) {
    const g = writeRelease(dir, seed, i, images);
    if (g.image) withImage++;
    if (g.mdxElement) withMdxElement++;
  }
  return { releases, withImage, withMdxElement, ms: Math.round(performance.now() - started) };
}
