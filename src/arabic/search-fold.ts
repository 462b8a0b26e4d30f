/**
 * Search normalisation for Arabic: one pure function shared by the indexer (Node, at build time)
 * and the search page (browser), so an indexed word and a typed word meet in the same form.
 *
 * It works word by word on white-space separated tokens and never adds or removes a token, so a
 * normalised text has exactly the word positions of the original (see docs/search.md: the index
 * holds normalised words, the result excerpts are rebuilt from the original words).
 *
 * Folds: rung 4 of the ladder in fold.ts — `foldCharacters` (NFC, invisibles, tashkeel, tatweel,
 * word punctuation, hamza and letter folds, digits, Latin lower case), then
 * - leading clitics removed from the first run of Arabic letters: the article ال, the
 *   preposition+article لل, and single-letter و ف ب ل, repeatedly, while enough letters remain
 *   (the article needs 2 letters after it, a single letter 3), so والغابون, بالغابون, للغابون
 *   and الغابون all become غابون.
 */

import { foldCharacters } from './fold.ts';
import { ARABIC_LETTERS } from './text.ts';

const LETTER_RUN = new RegExp(`[${ARABIC_LETTERS}]+`);

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
    if (
      (word.startsWith('\u0627\u0644') || word.startsWith('\u0644\u0644')) &&
      word.length - 2 >= 2
    ) {
      word = word.slice(2); // ال or لل
    } else if (/^[\u0648\u0641\u0628\u0644]/.test(word) && word.length - 1 >= 3) {
      word = word.slice(1); // و ف ب ل
    } else {
      return word;
    }
  }
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
  if (match) {
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
  const words = query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(normaliseWord)
    .filter((w) => w !== EMPTY_TOKEN);
  return words.join(' ');
}
