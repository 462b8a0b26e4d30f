/**
 * Arabic text normalisation shared by tags, slugs, checks and search.
 * Character classes follow the Unicode Arabic block (U+0600–U+06FF) and Unicode's list of
 * default-ignorable / bidi control code points.
 */

/** Arabic tashkeel (harakat, tanwin, shadda, sukun, Quranic marks) and the superscript alef. */
export const TASHKEEL =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]/g;
/** Arabic tatweel (kashida), U+0640, a purely visual stretch. */
export const TATWEEL = /\u0640/g;
/** Zero-width and bidi control characters: ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings/isolates, BOM. */
export const INVISIBLES = /[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g;
/** Alef with hamza above/below, madda, wasla: the forms Arabic readers treat as plain alef. */
const HAMZA_ALEF = /[\u0622\u0623\u0625\u0671]/g;

/**
 * Unicode NFC plus removal of invisible characters; the canonical stored form of any text.
 * @param text - any string.
 * @returns NFC text without zero-width/bidi controls. Letters, tashkeel and spacing are kept.
 */
export function toNfc(text: string): string {
  return text.normalize('NFC').replace(INVISIBLES, '');
}

/**
 * Collapses every run of Unicode white space (including NBSP) into one ASCII space and trims.
 * @param text - any string.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Removes tashkeel and tatweel, keeping the letters.
 * @param text - NFC text.
 */
export function stripDiacritics(text: string): string {
  return text.replace(TASHKEEL, '').replace(TATWEEL, '');
}

/**
 * Folds the hamza forms of alef (أ إ آ ٱ) to bare alef (ا).
 * @param text - NFC text.
 */
export function foldHamzaAlef(text: string): string {
  return text.replace(HAMZA_ALEF, '\u0627');
}

/**
 * The letters (general category Lo) of the Unicode Arabic block U+0600–U+06FF and of Arabic
 * Supplement U+0750–U+077F, as a character-class body for regular expressions. Tatweel (Lm),
 * tashkeel (Mn), digits and punctuation are not letters.
 */
export const ARABIC_LETTERS =
  '\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F';
const ARABIC_LETTER = new RegExp(`[${ARABIC_LETTERS}]`);

/** True when the text contains at least one Arabic letter ({@link ARABIC_LETTERS}). */
export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}
