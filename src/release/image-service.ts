import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';

/**
 * Astro's sharp image service (`astro/assets/services/sharp`), with one change: an image it
 * cannot convert is an error instead of being "used unoptimized". Astro's service then returns
 * the original bytes, which would ship a camera original with its EXIF (GPS position, camera
 * owner) under `.avif` / `.webp` names, or an image above the pixel limit at full size.
 * Everything else, metadata stripping included (sharp writes no EXIF, XMP or IPTC unless asked,
 * and applies the EXIF orientation through `rotate()`), is Astro's service unchanged.
 * Configured in `astro.config.mjs` with `limitInputPixels` from `src/release/limits.ts`.
 */
const service: LocalImageService = {
  ...sharpService,
  async transform(input, transform, config, logger) {
    const result = await sharpService.transform(input, transform, config, logger);
    // SVG is passed through by design (the checks refuse SVG in releases).
    if (result.data === input && result.format !== 'svg') {
      throw new Error(
        `The image ${String(transform.src)} could not be converted (damaged, or larger than the pixel limit), so it is not published. Run  npm run check  for the file and the fix.`,
      );
    }
    return result;
  },
};

export default service;
