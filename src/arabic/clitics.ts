/**
 * The proclitics of an Arabic word for search: which stems a written word can be read as, once
 * the article and the one-letter conjunctions and prepositions written onto it are set apart.
 * Pure (Node and browser). Works on letters already folded by `foldCharacters` (fold.ts).
 *
 * The anchor is Lucene's Arabic light stemmer (Larkey et al.'s "light10", used by Elasticsearch's
 * `arabic` analyzer): it removes one prefix of ال وال بال كال فال لل و, keeping at least 2 letters
 * (3 after و). This model differs where Lucene is measurably wrong for an archive (docs/search.md):
 *
 * - Order is grammar: a conjunction (و ف) comes first, then a preposition (ب ل, ك only before the
 *   article), then the article. Nothing is removed *after* the article, so البلدين is ال + بلدين and
 *   never ال + ب + لدين (the old greedy rule made it دين, which is الدين).
 * - The article is removed again when the stem starts with ال once more (الالتزام = ال + التزام,
 *   and التزام itself is read as ال + تزام), so every spelling of a word gets the same stem.
 * - A bare و ب ل (no article after it) may be a root letter (وزير, بلاغ, لقاء): the word is read
 *   both ways, the written word and the stem after the letter, each step only while 3 letters
 *   remain, and never for the words of {@link ROOT_INITIAL} (وجهة is not و + جهة).
 * - لل is ل + ال + stem, and since Arabic writes ل + اللجنة as للجنة, also ل + ال + ل-stem: both
 *   readings, unless the ل-stem is a {@link ROOT_INITIAL} word (then only it).
 * - A bare ف or ك is never removed (فريق, فرنسا, كبير, كما): far more often a root letter.
 */
import { foldCharacters } from './fold.ts';
import { COUNTRY_WORDS, ROOT_INITIAL } from './search-lexicon.ts';
import { inflections, isStemFinal } from './suffixes.ts';

const ALEF_LAM = '\u0627\u0644';
const LAM = '\u0644';
/** Letters left after the article (Lucene: 2). */
const MIN_AFTER_ARTICLE = 2;
/** Letters left after a bare one-letter proclitic (Lucene: 3 for و). */
const MIN_AFTER_LETTER = 3;
/** A conjunction, then a preposition, then the article: وبال، فال، كال، وكال… (ك only here). */
const DEFINITE = /^[\u0648\u0641]?[\u0628\u0643]?\u0627\u0644/;
/** A conjunction, then ل + ال written لل. */
const LAM_LAM = /^[\u0648\u0641]?\u0644\u0644/;
const WAW = '\u0648';
const BEH = '\u0628';

/** Root-initial words, and country names (a known stem: لبنان is not ل + بنان). */
const rootInitial = new Set([...ROOT_INITIAL, ...COUNTRY_WORDS].map(foldCharacters));

/**
 * True for a word whose first letter is a root letter though it looks like a proclitic, in any
 * of its inflected forms (وزارات → وزارة).
 * @param word - folded letters.
 */
export function isRootInitial(word: string): boolean {
  if (rootInitial.has(word)) return true;
  return inflections(word, { taMarbuta: false, tanwin: false }).some((s) => rootInitial.has(s));
}

/** True for a word the lexicons know (search-lexicon.ts: root-initial, stem-final, countries). */
export function isKnownStem(word: string): boolean {
  return isRootInitial(word) || isStemFinal(word);
}

/**
 * Removes the article as long as it is followed by at least 2 letters: التزام → تزام, and
 * الالتزام → التزام → تزام.
 * @param stem - folded letters.
 */
export function withoutArticle(stem: string): string {
  let s = stem;
  while (s.startsWith(ALEF_LAM) && s.length - 2 >= MIN_AFTER_ARTICLE && !isRootInitial(s))
    s = s.slice(2);
  return s;
}

/**
 * The stems a written word can be read as: one when the article is there, else the written word
 * first, then each proclitic removed.
 * @param word - one run of folded Arabic letters, e.g. `وبالغابون`, `للجنه`, `ولموريتانيا`.
 * @returns one to three stems, e.g. `['غابون']`, `['لجنه']`, `['ولموريتانيا', 'لموريتانيا',
 *   'موريتانيا']`; the word itself when nothing is removed.
 */
export function proclitics(word: string): string[] {
  if (isRootInitial(word)) return [word];
  const definite = DEFINITE.exec(word);
  if (definite) {
    const stem = word.slice(definite[0].length);
    const compound = definite[0].length > 2;
    if (stem.length >= MIN_AFTER_ARTICLE + (compound ? 1 : 0)) return [withoutArticle(stem)];
    // وال/بال + 2 letters: والدم is و + الدم, but بالغة is the word بالغة (very great).
    if (stem.length === MIN_AFTER_ARTICLE) return [stem, word];
  }
  const lamLam = LAM_LAM.exec(word);
  if (lamLam && word.length - lamLam[0].length >= MIN_AFTER_ARTICLE) {
    const stem = word.slice(lamLam[0].length);
    if (stem.startsWith(ALEF_LAM)) return [withoutArticle(stem)];
    // A known word decides: للجنة is the committee (لجنة), للبنان is Lebanon (لبنان).
    if (isRootInitial(LAM + stem)) return [LAM + stem];
    return isKnownStem(stem) ? [stem] : [stem, LAM + stem];
  }
  // Bare proclitics: و, then ب or ل, each only while 3 letters remain and the rest is not a
  // root-initial word (وبلاغ → بلاغ → لاغ; ووزارة → وزارة, not زارة).
  const out = [word];
  let s = word;
  if (s[0] === WAW && s.length - 1 >= MIN_AFTER_LETTER) out.push((s = s.slice(1)));
  if ((s[0] === BEH || s[0] === LAM) && s.length - 1 >= MIN_AFTER_LETTER && !isRootInitial(s))
    out.push((s = s.slice(1)));
  return out;
}
