/**
 * Search forms for Arabic: one pure module shared by the indexer (Node, at build time) and the
 * search page (browser), so an indexed word and a typed word meet in the same keys.
 *
 * A word has one or a few **keys**: rung 4 of the ladder in fold.ts (`foldCharacters`: NFC,
 * invisibles, tashkeel, tatweel, word punctuation, hamza and letter folds, digits, Latin lower
 * case), then, for each run of Arabic letters, its proclitics (clitics.ts) and inflection suffixes
 * (suffixes.ts). A query word finds a release word when they share a key: the relation is the same
 * on both sides, so «بلد» finds «البلدين» exactly when «البلدين» finds «بلد».
 *
 * Pagefind matches a query word against every indexed word that *starts with* it, and when none
 * does, against the longest indexed word the query starts with: «الدين» would find «الدينامية» and
 * «تفاهم» would find «تفا…». Every key therefore ends with {@link TERMINATOR}, a letter no key
 * contains otherwise: a key then starts with another key only if they are equal, so Pagefind's
 * matching becomes exact on keys (docs/search.md, "The model").
 *
 * In the index, a word is written as its keys joined by `-`, one token for one token, so the
 * indexed text has the word positions of the original (restore.ts puts the original words back).
 * Pagefind indexes each part of a hyphenated token at the token's position.
 */
import { proclitics } from './clitics.ts';
import { foldCharacters } from './fold.ts';
import { KEEP_WHOLE } from './search-lexicon.ts';
import { inflections, type WordEnding } from './suffixes.ts';
import { ARABIC_LETTERS } from './text.ts';

/**
 * Ends every key: ى (U+0649). `foldLetters` turns every ى into ي, so no key contains it; it is a
 * letter for Pagefind (Rust `char::is_alphanumeric`) and survives its query processing (lower
 * case, NFD with combining marks removed), and the index has no stemmer that could touch it.
 */
export const TERMINATOR = '\u0649';

/** Replacement for a token that has no key (keeps the word count; indexes nothing). */
export const EMPTY_TOKEN = '-';

/** Most alternative Pagefind searches one query becomes (products of ambiguous words). */
export const MAX_QUERY_TERMS = 8;

/** Runs of a folded token: Arabic letters, or other letters and digits (g20, covid, 19). */
const RUN = new RegExp(`[${ARABIC_LETTERS}]+|[\\p{L}\\p{N}]+`, 'gu');
const ARABIC_RUN = new RegExp(`^[${ARABIC_LETTERS}]`);
const TANWIN_ALEF = /(?:\u064B\u0627|\u0627\u064B)[^\p{L}\p{N}]*$/u;
const TA_MARBUTA_END = /\u0629[^\p{L}\p{N}]*$/u;
const keepWhole = new Set(KEEP_WHOLE.map(foldCharacters));

/**
 * The keys of one token (a word with any punctuation attached), run by run.
 * @param token - text without white space, e.g. `(والغابون،`, `COVID-19`, `البلدين`.
 * @returns for each run of letters or digits, its keys without {@link TERMINATOR}, e.g.
 *   `[['غابون']]`, `[['covid'], ['19']]`, `[['بلد']]`; `[]` when the token has none.
 */
export function tokenKeys(token: string): string[][] {
  return analyse(token).keys;
}

/** The folded token and the keys of each of its runs, in order. */
function analyse(token: string): { folded: string; keys: string[][] } {
  const folded = foldCharacters(token);
  const runs = folded.match(RUN) ?? [];
  // Tatweel (U+0640, a letter to Unicode) carries no sound: «كلمةـ» still ends in ة.
  const nfc = token.normalize('NFC').replace(/\u0640/g, '');
  const ending: WordEnding = { taMarbuta: TA_MARBUTA_END.test(nfc), tanwin: TANWIN_ALEF.test(nfc) };
  const keys = runs.map((run, i) => {
    if (!ARABIC_RUN.test(run) || keepWhole.has(run)) return [run];
    // What the written word's end says applies to its last run only.
    const end = i === runs.length - 1 ? ending : { taMarbuta: false, tanwin: false };
    const out = new Set<string>();
    for (const stem of proclitics(run)) for (const key of inflections(stem, end)) out.add(key);
    return [...out].slice(0, 4);
  });
  return { folded, keys };
}

/**
 * The indexed form of one token: the folded token with each run of letters or digits replaced by
 * its keys, each ending with {@link TERMINATOR}, joined by `-`. The punctuation around the word is
 * kept: Pagefind ends a block with a full stop only when its last word has no punctuation, and
 * restore.ts relies on that (restore.ts).
 * @param token - text without white space.
 * @returns e.g. `(غابونى`, `covidى-19ى`, `لتونسى-تونسى`, `امنيى.`; never empty
 *   ({@link EMPTY_TOKEN} when nothing is left).
 */
export function normaliseWord(token: string): string {
  let out = wordCache.get(token);
  if (out === undefined) {
    const { folded, keys } = analyse(token);
    let i = 0;
    out = folded.replace(RUN, () => keys[i++]!.map((k) => k + TERMINATOR).join('-')) || EMPTY_TOKEN;
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(token, out);
  }
  return out;
}

/**
 * Indexed forms of the tokens seen so far: a language's words repeat (Zipf), so indexing an
 * archive analyses each distinct token once instead of every occurrence. Cleared when full.
 */
const wordCache = new Map<string, string>();
const WORD_CACHE_LIMIT = 200_000;

/**
 * Normalises a text token by token, keeping every white-space run as it is, so word `i` of the
 * result is the indexed form of word `i` of the input.
 * @param text - any text.
 */
export function normaliseText(text: string): string {
  return text
    .split(/(\s+)/)
    .map((part, i) => (i % 2 === 1 || part === '' ? part : normaliseWord(part)))
    .join('');
}

/**
 * The words of a query, each with its alternative keys (a query word is found when a release word
 * shares one of them). Runs of one token count as words: `COVID-19` is `covid` and `19`.
 * @param query - raw query text.
 * @returns one entry per word, each a list of keys without {@link TERMINATOR}.
 */
export function queryKeys(query: string): string[][] {
  return query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((token) => tokenKeys(token));
}

/**
 * What to ask Pagefind for a typed query: one term per combination of the words' alternative
 * keys (a release matches the query when it matches any term), each word ending with
 * {@link TERMINATOR}. Quotes around the whole query are kept (Pagefind's exact phrase).
 * @param query - raw query text.
 * @returns at most {@link MAX_QUERY_TERMS} terms, the first one using each word's first key;
 *   `[]` when nothing searchable is left.
 */
export function queryTerms(query: string): string[] {
  const words = queryKeys(query);
  if (!words.length) return [];
  const quoted = /^\s*".+"\s*$/.test(query);
  let combos: string[][] = [[]];
  for (const keys of words) {
    // Each word multiplies the terms; past the limit, the remaining words keep their first key.
    const room = Math.max(1, Math.floor(MAX_QUERY_TERMS / combos.length));
    combos = combos.flatMap((c) => keys.slice(0, room).map((k) => [...c, k + TERMINATOR]));
  }
  return combos.map((c) => (quoted ? `"${c.join(' ')}"` : c.join(' ')));
}

/**
 * True when two texts share a key word for word in the sense of the search: every word of
 * `query` shares a key with some word of `text` (used to mark the country a query named).
 * @param query - what the reader typed.
 * @param text - e.g. a country's names.
 */
export function queryMatchesText(query: string, text: string): boolean {
  const words = queryKeys(query);
  if (!words.length) return false;
  const keys = new Set(queryKeys(text).flat());
  return words.every((alternatives) => alternatives.some((k) => keys.has(k)));
}
