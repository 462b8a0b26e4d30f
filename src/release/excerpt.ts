import { collapseWhitespace, toNfc } from '../arabic/text.ts';
import { segmenter } from '../arabic/intl-cache.ts';
import { DANGEROUS_ELEMENTS } from './body-schema.ts';
import { removeControlCharacters } from './control-chars.ts';

/** An element the sanitiser removes with its content (`body-schema.ts`), written inline. */
const DANGEROUS_INLINE = new RegExp(
  `(?<!\\\\)<(${DANGEROUS_ELEMENTS.join('|')})\\b[^>]*>[\\s\\S]*?<\\/\\1\\s*>`,
  'gi',
);
/** An HTML or JSX tag (Latin name, not backslash-escaped), or an HTML comment. */
const TAG = /(?<!\\)<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/g;

/**
 * The first paragraph of an MDX/Markdown body as plain text, as the page shows it: import/export
 * lines, JSX blocks, headings, images, inline HTML tags (and the content of elements the
 * sanitiser removes), control characters, lists' markers and Markdown emphasis/link syntax are
 * removed.
 * @param body - raw MDX body (without frontmatter).
 * @returns NFC plain text, or `''` when the body has no paragraph.
 */
export function firstParagraph(body: string): string {
  const blocks = body.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const block of blocks) {
    const text = block.trim();
    if (text === '') continue;
    if (/^(import|export)\s/.test(text)) continue;
    if (/^</.test(text)) continue; // JSX or HTML block
    if (/^#{1,6}\s/.test(text)) continue;
    if (/^!\[/.test(text)) continue;
    if (/^(```|~~~)/.test(text)) continue;
    const plain = removeControlCharacters(text)
      .replace(DANGEROUS_INLINE, '')
      .replace(TAG, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(?<!\\)[*_`]+/g, '')
      // CommonMark backslash escapes (\{ \< \*) show the character itself.
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(/^\s*(?:[-*+>]|\d+[.)])\s+/gm, '');
    const clean = collapseWhitespace(toNfc(plain));
    if (clean !== '') return clean;
  }
  return '';
}

/**
 * Shortens text to at most `maxChars` characters at a word boundary found with
 * `Intl.Segmenter('ar', { granularity: 'word' })` (Unicode UAX #29), adding `…` when cut.
 * @param text - plain text.
 * @param maxChars - limit in UTF-16 code units (default 280).
 */
export function truncateAtWord(text: string, maxChars = 280): string {
  if (text.length <= maxChars) return text;
  let end = 0;
  for (const segment of segmenter('ar', { granularity: 'word' }).segment(text)) {
    const next = segment.index + segment.segment.length;
    if (next > maxChars) break;
    if (segment.isWordLike) end = next;
  }
  return `${text
    .slice(0, end || maxChars)
    .trimEnd()
    .replace(/[،,؛;:\-–]$/u, '')}…`;
}

/**
 * The release's excerpt: its `summary` when given, else its first paragraph, shortened.
 * @param summary - optional frontmatter summary.
 * @param body - raw body.
 * @param maxChars - limit (default 280).
 */
export function excerpt(summary: string | undefined, body: string, maxChars = 280): string {
  const source =
    summary && summary.trim() !== ''
      ? removeControlCharacters(collapseWhitespace(toNfc(summary)))
      : firstParagraph(body);
  return truncateAtWord(source, maxChars);
}
