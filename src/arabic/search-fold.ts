/**
 * Search normalisation for Arabic: one pure function shared by the indexer (Node, at build time)
 * and the search page (browser), so an indexed word and a typed word meet in the same form.
 *
 * It works word by word on white-space separated tokens and never adds or removes a token, so a
 * normalised text has exactly the word positions of the original (see docs/search.md: the index
 * holds normalised words, the result excerpts are rebuilt from the original words).
 *
 * Folds (Unicode Arabic block U+0600–U+06FF, Arabic-Indic digits U+0660–U+0669 and
 * U+06F0–U+06F9):
 * - NFC; zero-width and bidi controls, tashkeel (harakat, tanwin, shadda, sukun, dagger alef)
 *   and tatweel removed;
 * - hamza: أ إ آ ٱ → ا, ؤ → و, ئ → ي, and ئو / ءو → وو (مسئول = مسؤول);
 * - ة → ه, ى → ي, Persian/Urdu ی → ي, ک → ك, ۀ ە ھ → ه;
 * - Arabic-Indic and Persian digits → ASCII digits, ٫ → . and ٬ → ,;
 * - Arabic comma, semicolon and question mark, guillemets and … removed (they are not word letters);
 * - Latin letters lower-cased;
 * - leading clitics removed from the first run of Arabic letters: the article ال, the
 *   preposition+article لل, and single-letter و ف ب ل, repeatedly, while enough letters remain
 *   (the article needs 2 letters after it, a single letter 3), so والغابون, بالغابون, للغابون
 *   and الغابون all become غابون.
 */

import { INVISIBLES, TASHKEEL, TATWEEL } from './text.ts';

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FC]/;
const LETTER_RUN = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FC]+/;

const CHAR_FOLDS: Record<string, string> = {
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0622': '\u0627', // آ
  '\u0671': '\u0627', // ٱ
  '\u0624': '\u0648', // ؤ
  '\u0626': '\u064A', // ئ
  '\u0629': '\u0647', // ة
  '\u0649': '\u064A', // ى
  '\u06CC': '\u064A', // ی Persian yeh
  '\u06D2': '\u064A', // ے yeh barree
  '\u06A9': '\u0643', // ک keheh
  '\u06AA': '\u0643', // ڪ swash kaf
  '\u06C0': '\u0647', // ۀ
  '\u06D5': '\u0647', // ە
  '\u06BE': '\u0647', // ھ
  '\u066B': '.', // ٫ decimal separator
  '\u066C': ',', // ٬ thousands separator
};
for (let d = 0; d <= 9; d++) {
  CHAR_FOLDS[String.fromCharCode(0x0660 + d)] = String(d);
  CHAR_FOLDS[String.fromCharCode(0x06f0 + d)] = String(d);
}
const FOLDABLE = new RegExp(`[${Object.keys(CHAR_FOLDS).join('')}]`, 'g');
/** Hamza on a yeh seat or alone before waw is the Egyptian spelling of hamza on waw. */
const HAMZA_BEFORE_WAW = /[\u0626\u0621](?=\u0648)/g;
/** Arabic comma, semicolon, question mark, guillemets and ellipsis: never part of a word. */
const WORD_PUNCTUATION = /[\u060C\u061B\u061F\u00AB\u00BB\u2026]/g;

/** Replacement for a token that normalises to nothing (keeps the word count; indexes nothing). */
export const EMPTY_TOKEN = '-';

/**
 * Removes leading clitics from a run of Arabic letters (already folded).
 * @param run - letters only, e.g. `والغابون`.
 * @returns the run without its clitics, e.g. `غابون`.
 */
export function stripClitics(run: string): string {
  let word = run;
  for (;;) {
    if ((word.startsWith('\u0627\u0644') || word.startsWith('\u0644\u0644')) && word.length - 2 >= 2) {
      word = word.slice(2); // ال or لل
    } else if (/^[\u0648\u0641\u0628\u0644]/.test(word) && word.length - 1 >= 3) {
      word = word.slice(1); // و ف ب ل
    } else {
      return word;
    }
  }
}

/**
 * Folds the characters of one token without touching its clitics.
 * @param token - any text without white space.
 */
export function foldCharacters(token: string): string {
  return token
    .normalize('NFC')
    .replace(INVISIBLES, '')
    .replace(TASHKEEL, '')
    .replace(TATWEEL, '')
    .replace(WORD_PUNCTUATION, '')
    .replace(HAMZA_BEFORE_WAW, '\u0648')
    .replace(FOLDABLE, (c) => CHAR_FOLDS[c] ?? c)
    .toLowerCase();
}

/**
 * The search form of one token (a word with any punctuation attached to it).
 * @param token - text without white space, e.g. `(والغابون،`.
 * @returns the folded token with the clitics of its first Arabic word removed, e.g. `(غابون،`;
 *   never empty for a non-empty token ({@link EMPTY_TOKEN} when nothing is left).
 */
export function normaliseWord(token: string): string {
  let out = wordCache.get(token);
  if (out === undefined) {
    out = foldWord(token);
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(token, out);
  }
  return out;
}

/**
 * Search forms of the tokens seen so far: a language's words repeat (Zipf), so indexing an archive
 * folds each distinct token once instead of every occurrence. Bounded: cleared when full.
 */
const wordCache = new Map<string, string>();
const WORD_CACHE_LIMIT = 200_000;

/** {@link normaliseWord} without the cache. */
function foldWord(token: string): string {
  if (token === '') return '';
  const folded = foldCharacters(token);
  const match = LETTER_RUN.exec(folded);
  let out = folded;
  if (match && ARABIC_LETTER.test(match[0])) {
    const before = folded.slice(0, match.index);
    // Only a word that starts with the letter run (after opening punctuation) has clitics.
    if (!/[\p{L}\p{N}]/u.test(before)) {
      out = before + stripClitics(match[0]) + folded.slice(match.index + match[0].length);
    }
  }
  return out === '' ? EMPTY_TOKEN : out;
}

/**
 * Normalises a text token by token, keeping every white-space run as it is, so word `i` of the
 * result is the search form of word `i` of the input.
 * @param text - any text.
 */
export function normaliseText(text: string): string {
  return text
    .split(/(\s+)/)
    .map((part, i) => (i % 2 === 1 || part === '' ? part : normaliseWord(part)))
    .join('');
}

/**
 * The search form of what a reader typed: {@link normaliseText} with white space collapsed.
 * Quotes around a phrase survive (Pagefind's exact-phrase search).
 * @param query - raw query text.
 * @returns the normalised query, or `''` when nothing searchable is left.
 */
export function normaliseQuery(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean).map(normaliseWord).filter((w) => w !== EMPTY_TOKEN);
  return words.join(' ');
}
