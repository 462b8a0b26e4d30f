import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { IMAGE_EXTENSIONS } from '../release/body-schema.ts';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from '../release/limits.ts';
import { isSymbolicLink } from '../release/files.ts';
import { render, say, type Saying, type Text } from '../messages/index.ts';
import type { BodyImage } from '../release/body-inspect.ts';
import type { Diagnostic } from './types.ts';

/**
 * Images of a release are read only as images. `imagePathProblem` checks what a release writes
 * (`image.src`, `![alt](src)`): a relative path to an image file inside the release's folder.
 * `imageFileProblem` checks the file itself before the build touches it: a regular file (no
 * symbolic link, which Vite would follow to whatever it points at, a script included), within
 * the size and pixel limits, of a format the site publishes, and fully decodable (a truncated or
 * fake image fails here instead of being published half grey).
 */

// libvips' operation cache would answer a second decode of the same broken bytes with a
// message-less "Unknown error"; every file is read once anyway (as Astro's service does).
sharp.cache(false);

/** sharp's names of the formats {@link IMAGE_EXTENSIONS} hold (AVIF is read through HEIF). */
const FORMATS = new Set(['jpeg', 'png', 'webp', 'heif', 'gif', 'tiff']);

/**
 * What is wrong with an image path as written in a release, or `undefined`.
 * @param value - the path as written (`./photo.jpg`).
 * @param releaseDir - the release's folder (absolute or working-directory relative).
 */
export function imagePathProblem(value: string, releaseDir: string): string | undefined {
  const text = imagePathText(value, releaseDir);
  return text && render(text, 'en').message;
}

/**
 * The same problem as {@link imagePathProblem}, as a catalogue text (src/messages/).
 * @returns the text, or `undefined` when the path is fine.
 */
export function imagePathText(value: string, releaseDir: string): Text | undefined {
  const src = value.trim();
  const name = src.split('/').pop() ?? src;
  if (/^[a-z][a-z\d+.-]*:/i.test(src)) {
    return /^data:/i.test(src)
      ? { key: 'image.data-url', values: { start: src.slice(0, 30) } }
      : { key: 'image.web-address', values: { src } };
  }
  if (src.startsWith('/') || src.startsWith('\\'))
    return { key: 'image.absolute', values: { src, name } };
  if (/[?#]/.test(src)) return { key: 'image.query', values: { src } };
  const path = resolve(releaseDir, src);
  if (relative(resolve(releaseDir), path).split(sep)[0] === '..')
    return { key: 'image.outside', values: { src, name } };
  const ext = extname(src).toLowerCase();
  if (ext === '.svg') return { key: 'image.svg', values: { src } };
  if (!IMAGE_EXTENSIONS.includes(ext))
    return { key: 'image.type', values: { src, types: IMAGE_EXTENSIONS } };
  if (!existsSync(path) && !isSymbolicLink(path)) {
    const wanted = src.replace(/^\.\//, '').toLowerCase();
    const files = existsSync(releaseDir)
      ? readdirSync(releaseDir).filter((f) => IMAGE_EXTENSIONS.includes(extname(f).toLowerCase()))
      : [];
    const found = files.find((f) => f.toLowerCase() === wanted);
    if (found) return { key: 'image.no-file-case', values: { src, dir: releaseDir, found } };
    if (files.length)
      return { key: 'image.no-file-others', values: { src, dir: releaseDir, files } };
    return { key: 'image.no-file', values: { src, dir: releaseDir } };
  }
  return undefined;
}

/** An image file a release uses, to be read and decoded. */
export interface ImageUse {
  /** Absolute or working-directory relative path of the image file. */
  path: string;
  /** The release's folder. */
  releaseDir: string;
  file: string;
  line: number;
  field?: string;
}

/**
 * The images written in a release body (`![alt](src)`, from `mdxBodyProblems`), checked as paths:
 * one `image` error per refused path, the others listed for the image-file checks. Markdown
 * addresses are percent-decoded first (`photo%20x.jpg` → `photo x.jpg`), as Astro reads them.
 * @param file - the path shown in messages.
 * @param images - the body's images, with file lines.
 * @param releaseDir - the release's folder, which every image must be inside.
 * @param bodyLine - file line where the body starts (for an image without a position).
 * @returns the diagnostics, and the images whose path is fine.
 */
export function bodyImageProblems(
  file: string,
  images: readonly BodyImage[],
  releaseDir: string,
  bodyLine: number,
): { diagnostics: Diagnostic[]; images: ImageUse[] } {
  const found: { diagnostics: Diagnostic[]; images: ImageUse[] } = { diagnostics: [], images: [] };
  for (const image of images) {
    const src = safeDecodeUri(image.src);
    const problem = imagePathText(src, releaseDir);
    const line = image.line ?? bodyLine;
    if (problem)
      found.diagnostics.push({
        severity: 'error',
        rule: 'image',
        file,
        line,
        ...say(problem.key, problem.values as never),
      });
    else found.images.push({ path: resolve(releaseDir, src), releaseDir, file, line });
  }
  return found;
}

/** A Markdown image address as a file path, or the address itself when it is not valid UTF-8. */
function safeDecodeUri(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/** Digests of image files that passed, kept between runs (decoding is the slow part). */
export class ImageCheckCache {
  readonly #file: string | undefined;
  readonly #passed: Set<string>;
  /** Limits and decoder the verdicts were reached with: a change empties the cache. */
  static readonly #stamp = `${MAX_IMAGE_BYTES}:${MAX_IMAGE_PIXELS}:${sharp.versions.vips}`;

  /** @param cacheDir - the build cache folder; `undefined` keeps nothing between runs. */
  constructor(cacheDir?: string) {
    this.#file = cacheDir && join(cacheDir, 'archive-image-checks.json');
    let saved: { stamp?: string; passed?: string[] } = {};
    try {
      saved = this.#file ? JSON.parse(readFileSync(this.#file, 'utf8')) : {};
    } catch {
      // no cache yet, or an unreadable one: start empty
    }
    this.#passed = new Set(saved.stamp === ImageCheckCache.#stamp ? saved.passed : []);
  }
  has(digest: string): boolean {
    return this.#passed.has(digest);
  }
  add(digest: string): void {
    this.#passed.add(digest);
  }
  save(): void {
    if (!this.#file) return;
    mkdirSync(dirname(this.#file), { recursive: true });
    writeFileSync(
      this.#file,
      JSON.stringify({ stamp: ImageCheckCache.#stamp, passed: [...this.#passed] }),
    );
  }
}

/**
 * Reads and decodes one image file of a release.
 * @param path - the resolved path of an image that {@link imagePathProblem} accepted.
 * @param releaseDir - the release's folder: the file must really be inside it.
 * @param cache - digests of files already decoded without error.
 * @returns what is wrong, or `undefined` for an image the site can publish.
 */
export async function imageFileProblem(
  path: string,
  releaseDir: string,
  cache: ImageCheckCache,
): Promise<Saying | undefined> {
  const name = path.split(/[\\/]/).pop() ?? path;
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return say('image-file.symlink', { name });
  if (!stat.isFile()) return say('image-file.not-file', { name });
  if (relative(realpathSync(releaseDir), realpathSync(path)).split(sep)[0] === '..')
    return say('image-file.outside', { name });
  if (stat.size > MAX_IMAGE_BYTES)
    return say('image-file.bytes', {
      name,
      mb: Math.round(stat.size / 1e6),
      max: MAX_IMAGE_BYTES / 1024 / 1024,
    });
  const bytes = readFileSync(path);
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (cache.has(digest)) return undefined;
  let metadata: Metadata;
  try {
    // The header only, with no pixel limit, so that a decompression bomb is named as one below.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return say('image-file.unreadable', { name });
  }
  if (!metadata.format || !FORMATS.has(metadata.format))
    return say('image-file.format', { name, format: metadata.format ?? '' });
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  if (pixels > MAX_IMAGE_PIXELS)
    return say('image-file.pixels', {
      name,
      width: metadata.width ?? 0,
      height: metadata.height ?? 0,
      mp: Math.round(pixels / 1e6),
      max: MAX_IMAGE_PIXELS / 1e6,
    });
  try {
    // Decoding every byte is what finds a truncated file; shrinking while decoding keeps it
    // fast (JPEG is decoded at 1/8 scale, which still reads the whole file).
    await sharp(bytes, { failOn: 'truncated', limitInputPixels: MAX_IMAGE_PIXELS })
      .resize(64, 64, { fit: 'inside' })
      .raw()
      .toBuffer();
  } catch (error) {
    // libvips keeps one error buffer for all threads: a decode failing at the same time as
    // another may come back as "Unknown error", so the reason is shown only when it says more.
    const reason = (error as Error).message.split('\n')[0]!.trim();
    const detail = reason === 'Unknown error' ? '' : reason;
    return say('image-file.damaged', { name, detail });
  }
  cache.add(digest);
  return undefined;
}
