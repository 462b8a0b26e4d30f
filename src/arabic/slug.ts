import { collapseWhitespace, stripDiacritics, toNfc } from './text.ts';

/** Punctuation and symbols removed from slugs: ASCII, Arabic (، ؛ ؟ ٪ ٫ ٬ ۔), quotes, dashes, brackets. */
const SLUG_DROP = /[\p{P}\p{S}]/gu;

/**
 * Makes a URL slug from an Arabic or Latin title or file name.
 * Rules: Unicode NFC; invisibles, tashkeel and tatweel removed; every punctuation or symbol
 * character (Unicode categories P and S, which include ، ؛ ؟ % ٪) removed; Latin lower-cased;
 * white space and `_` become `-`; repeated and edge `-` removed. Letters of every script and
 * digits are kept as they are (Arabic-Indic digits too), so the slug stays readable.
 * Idempotent: `slugify(slugify(x)) === slugify(x)`.
 * @param text - a title or a file name.
 * @returns a non-empty slug of letters, marks of non-Arabic scripts, digits and `-`.
 * @throws Error when nothing usable is left (e.g. the text is only punctuation).
 */
export function slugify(text: string): string {
  const slug = collapseWhitespace(
    stripDiacritics(toNfc(text)).replace(/_/g, ' ').replace(/-/g, ' ').replace(SLUG_DROP, ' '),
  )
    .toLowerCase()
    .replace(/ /g, '-')
    .normalize('NFC');
  if (slug === '') {
    throw new Error(`cannot make a slug from "${text}": it has no letters or digits`);
  }
  return slug;
}

/**
 * Shortens a slug to at most `maxChars` characters, cutting at a `-` boundary when possible.
 * @param slug - output of {@link slugify}.
 * @param maxChars - maximum length in UTF-16 code units (default 80).
 */
export function truncateSlug(slug: string, maxChars = 80): string {
  if (slug.length <= maxChars) return slug;
  const cut = slug.slice(0, maxChars);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxChars / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}
