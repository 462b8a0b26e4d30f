import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import sharp from 'sharp';
import type { ArchiveConfig } from '../config/schema.ts';

/**
 * The office's emblem (`identity.logo` in archive.config.mjs), read at build time: served as
 * `/brand/emblem.svg` or `.png`, and as a 512 px PNG for JSON-LD `publisher.logo` and the
 * touch icon. A PNG is re-encoded, so its metadata (EXIF, GPS, text chunks) never ships.
 */

/** Pixel size of the square PNG emblem. */
export const EMBLEM_PNG_SIZE = 512;

/** The emblem's file and bytes. */
export interface Emblem {
  bytes: Buffer;
  /** `svg` or `png`. */
  ext: 'svg' | 'png';
  type: 'image/svg+xml' | 'image/png';
}

/**
 * @param config - the archive settings.
 * @param root - project root (the build's working directory).
 * @throws Error `archive.config.mjs: identity.logo: …` when the file cannot be read.
 */
export function readEmblem(config: Pick<ArchiveConfig, 'identity'>, root = process.cwd()): Emblem {
  const path = resolve(root, config.identity.logo);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new Error(
      `archive.config.mjs: identity.logo: cannot read "${config.identity.logo}" (${path}): put the office's emblem (SVG or PNG) in the repository and give its path relative to the project root.`,
    );
  }
  const ext = extname(path).toLowerCase() === '.png' ? 'png' : 'svg';
  return { bytes, ext, type: ext === 'png' ? 'image/png' : 'image/svg+xml' };
}

/** The emblem as served: an SVG as written, a PNG re-encoded without metadata. */
export async function emblemFile(emblem: Emblem): Promise<Buffer> {
  return emblem.ext === 'svg' ? emblem.bytes : sharp(emblem.bytes).png().toBuffer();
}

/** The emblem as a square PNG of `size` px (transparent margins, never cropped). */
export function emblemPng(emblem: Emblem, size = EMBLEM_PNG_SIZE): Promise<Buffer> {
  return sharp(emblem.bytes, { density: 300 })
    .resize(size, size, { fit: 'contain', background: '#00000000' })
    .png()
    .toBuffer();
}
