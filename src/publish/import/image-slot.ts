import { altTextProblem } from '../../release/alt-text.ts';

/**
 * Word processors and CMS exports leave image captions as lines of their own; when the image
 * was lost, only a placeholder remains ("Image description", "صورة"). Those trailing lines
 * become an image slot for the publisher to fill.
 */

/**
 * Removes trailing lines that are image placeholders (see `altTextProblem`: placeholder words
 * or camera file names).
 * @param paragraphs - the document's paragraphs.
 * @returns the text paragraphs and the removed placeholder lines (in document order).
 */
export function splitImagePlaceholders(paragraphs: readonly string[]): {
  paragraphs: string[];
  placeholders: string[];
} {
  const kept = [...paragraphs];
  const placeholders: string[] = [];
  while (kept.length > 1 && altTextProblem(kept.at(-1)!) !== undefined)
    placeholders.unshift(kept.pop()!);
  return { paragraphs: kept, placeholders };
}

/**
 * Commented frontmatter lines for an image slot.
 * @param src - the image file when known (extracted from a Word document), else `./photo.jpg`.
 * @param reason - why there is a slot (shown in the comment).
 */
export function imageSlotLines(src: string | undefined, reason: string): string[] {
  return [
    `# IMAGE TO FILL: ${reason}.`,
    src
      ? '# The image was saved next to this file. Describe it in alt, then remove the # of the lines below.'
      : '# Save the photo next to this file, write its name in src and describe it in alt, then remove the # of the lines below.',
    '# image:',
    `#   src: ${src ?? './photo.jpg'}`,
    '#   alt: ""        # what the image shows, for readers who cannot see it',
  ];
}
