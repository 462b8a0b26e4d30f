/**
 * Responsive image widths for release pages (CSS pixels). The reading column is at most 42rem
 * (672 px at 16 px), so 1200 px covers it at 2× density; nothing larger is ever generated.
 */

/** Candidate `srcset` widths in px, smallest first. */
export const IMAGE_WIDTHS = [480, 800, 1200] as const;

/** `sizes` attribute matching the reading column (`--measure: 42rem` in global.css). */
export const IMAGE_SIZES = '(min-width: 44rem) 42rem, 100vw';

/**
 * The `srcset` widths for an original of the given width: the candidates below it, plus the
 * original width itself when it is smaller than the largest candidate (never enlarged).
 * @param originalWidth - intrinsic width of the source image in px (after EXIF rotation).
 * @returns ascending widths in px, at least one, none above `IMAGE_WIDTHS`' largest.
 */
export function imageWidths(originalWidth: number): number[] {
  const max = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!;
  const below = IMAGE_WIDTHS.filter((w) => w < originalWidth);
  const top = Math.min(originalWidth, max);
  return [...new Set([...below, top])].sort((a, b) => a - b);
}

/**
 * Intrinsic width (px, after EXIF rotation) of an imported image, read without making Astro ship
 * the original file: Astro copies an original to `dist/_astro/` when a page reads its metadata
 * outside image processing; the metadata proxy's `clone` gives an unrecorded copy.
 * @param src - `ImageMetadata` from an import or a content collection `image()` field.
 */
export function intrinsicWidth(src: { width: number }): number {
  return unrecorded(src).width;
}

/**
 * An imported image's metadata without making Astro ship the original file (see
 * {@link intrinsicWidth}): the metadata proxy's `clone`, or the value itself when it is not a
 * proxy. Read anything of an image's metadata outside `<Picture>` / `getImage` through this.
 * @param src - `ImageMetadata` from an import or a content collection `image()` field.
 */
export function unrecorded<T extends object>(src: T): T {
  const copy = (src as { clone?: T }).clone;
  return copy && typeof copy === 'object' ? copy : src;
}
