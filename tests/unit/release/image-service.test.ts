import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import service from '../../../src/release/image-service.ts';
import { MAX_IMAGE_PIXELS } from '../../../src/release/limits.ts';
import { FIXTURES } from '../../helpers/paths.ts';

const config = {
  service: { entrypoint: '', config: { limitInputPixels: MAX_IMAGE_PIXELS } },
} as never;
const logger = { warn() {}, info() {}, error() {}, debug() {} } as never;
const transform = (file: string, format: 'webp' | 'jpeg') =>
  service.transform!(
    readFileSync(join(FIXTURES, 'hostile', file)),
    { src: file, width: 480, format },
    config,
    logger,
  );

describe('the image service', () => {
  it('refuses to publish what it cannot convert instead of shipping the original bytes', async () => {
    // Astro's own service would return these bytes unchanged under a .webp name.
    await expect(transform('images/2025/pixel-bomb/photo.png', 'webp')).rejects.toThrow(
      /could not be converted.*npm run check/,
    );
  });

  it('writes resized copies without EXIF, GPS, XMP or the colour profile, in sRGB', async () => {
    const original = await sharp(
      readFileSync(join(FIXTURES, 'hostile/harmless/2025/photo-gps/gps.jpg')),
    ).metadata();
    expect([Boolean(original.exif), Boolean(original.xmp), Boolean(original.icc)]).toEqual([
      true,
      true,
      true,
    ]);
    for (const format of ['webp', 'jpeg'] as const) {
      const { data } = await transform('harmless/2025/photo-gps/gps.jpg', format);
      const out = await sharp(data).metadata();
      expect([out.width, out.exif, out.xmp, out.iptc, out.icc, out.space]).toEqual([
        480,
        undefined,
        undefined,
        undefined,
        undefined,
        'srgb',
      ]);
    }
  });
});
