import {
  collapseWhitespace,
  foldHamzaAlef,
  INVISIBLES,
  stripDiacritics,
  TASHKEEL,
  TATWEEL,
  toNfc,
} from './text.ts';

/**
 * When are two spellings the same word? One ladder of folds, each rung adding to the one before,
 * so that tags, tag-variant warnings and search can never disagree about a letter:
 *
 * | rung | function | adds | used for |
 * | --- | --- | --- | --- |
 * | 1 | `toNfc` (text.ts) | Unicode NFC, no zero-width or bidi controls | the stored form of every text |
 * | 2 | {@link termKey} | no tashkeel or tatweel, hamza on alef (أ إ آ ٱ → ا), one space, Latin lower case | tag identity: spellings with one key share one tag page |
 * | 3 | {@link looseKey} | {@link foldLetters} (ة/ه, ى/ي, hamza seats, Persian letters, digits), no article ال/لل, no punctuation | "did you mean the existing tag …" warnings |
 * | 4 | `tokenKeys` (search-fold.ts) | rung 3's letter folds, word by word, then proclitics and inflection suffixes (clitics.ts, suffixes.ts) | the search index and the query |
 *
 * Rung 2 keeps ة/ه and ى/ي apart (they can distinguish words: مدرسة/مدرسه is a typo, على/علي are
 * two words), so a tag page is never merged on a guess; rungs 3 and 4 fold them because a warning
 * or a search result is a suggestion a person reads. Rung 4 also reads, from the word as written,
 * two facts the folds erase (a final ة is not the pronoun ه, an accusative tanwin): folding a word
 * first never loses one of its search keys, it may add the other reading.
 * Character classes follow the Unicode Arabic block (U+0600–U+06FF).
 */

/**
 * Letter folds of rungs 3 and 4: the letters Arabic typists and keyboards exchange.
 * Hamza: أ إ آ ٱ → ا, ؤ → و, ئ → ي; ة → ه, ى → ي; Persian/Urdu ی ے → ي, ک ڪ → ك, ۀ ە ھ → ه;
 * Arabic-Indic (U+0660–U+0669) and Persian (U+06F0–U+06F9) digits → ASCII; ٫ → . and ٬ → ,.
 */
const LETTER_FOLDS: Record<string, string> = {
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
  LETTER_FOLDS[String.fromCharCode(0x0660 + d)] = String(d);
  LETTER_FOLDS[String.fromCharCode(0x06f0 + d)] = String(d);
}
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
/**
 * Hamza on a yeh seat or alone before waw is the Egyptian spelling of hamza on waw (مسئول = مسؤول).
 * A run of them is folded whole, so folding twice gives what folding once gave («ءءو»).
 */
const HAMZA_BEFORE_WAW = /[\u0626\u0621]+(?=[\u0648\u0624])/g;
/** Arabic comma, semicolon, question mark, guillemets and ellipsis: never part of a word. */
export const WORD_PUNCTUATION = /[\u060C\u061B\u061F\u00AB\u00BB\u2026]/g;

/**
 * Identity key of an Arabic term (rung 2; tags, tag registry, alt-text placeholders): two
 * spellings with the same key are one term.
 * @param text - a term as written by a publisher.
 * @returns the key; empty when the term has no letters or digits left.
 */
export function termKey(text: string): string {
  return collapseWhitespace(foldHamzaAlef(stripDiacritics(toNfc(text)))).toLowerCase();
}

/**
 * The letter folds of rungs 3 and 4 ({@link LETTER_FOLDS}), hamza seats included.
 * @param text - text already without tashkeel (a shadda between hamza and waw would hide the pair).
 */
export function foldLetters(text: string): string {
  return text
    .replace(HAMZA_BEFORE_WAW, (run) => '\u0648'.repeat(run.length))
    .replace(FOLDABLE, (c) => LETTER_FOLDS[c] ?? c);
}

/**
 * Every fold of rung 3 except the article, for one token: NFC, invisibles, tashkeel, tatweel and
 * word punctuation removed, {@link foldLetters}, Latin lower-cased. The search (rung 4) adds its
 * clitic rules to this.
 * @param token - any text without white space.
 */
export function foldCharacters(token: string): string {
  return foldLetters(
    token
      .normalize('NFC')
      .replace(INVISIBLES, '')
      .replace(TASHKEEL, '')
      .replace(TATWEEL, '')
      .replace(WORD_PUNCTUATION, ''),
  ).toLowerCase();
}

/**
 * Loose key of a term (rung 3): {@link termKey}, then {@link foldLetters}, the article ال or لل
 * removed from each word that keeps at least 2 letters, and punctuation and symbols removed.
 * Two tags with one loose key are probably one tag spelled two ways.
 * @param text - a term as written by a publisher.
 */
export function looseKey(text: string): string {
  return foldLetters(termKey(text))
    .split(' ')
    .map((word) => word.replace(/^(ال|لل)(?=\S{2})/, ''))
    .join(' ')
    .replace(/[\p{P}\p{S}]/gu, '');
}
