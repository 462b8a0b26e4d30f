/**
 * The inflection suffixes of an Arabic stem for search: the dual, the sound plurals, the attached
 * pronouns and the accusative alef are set apart, so البلدين, البلدان and بلد meet, and جهودها
 * meets جهود. Pure (Node and browser). Works on letters folded by `foldCharacters` (fold.ts: ة is
 * already ه), with what the folds erase passed in {@link WordEnding}.
 *
 * Lucene's light stemmer removes ها ان ات ون ين يه ية ه ة ي whenever 2 letters remain, one after
 * another. This model removes less and keeps more apart:
 * - at least 3 letters must remain (بلدين → بلد, but دين stays دين: الدين is not البلدين);
 * - ة and the relative ي are kept (جامعة is not جامع, أمني is not أمن);
 * - a final ه is read as the pronoun "his" only when the publisher wrote ه, never ة
 *   (عمله → عمل, but عملة stays عملة), and then also as a ة typed as ه;
 * - a feminine plural ات reads as the singular with ة (حملات → حملة), and also without it when 4
 *   letters remain (اجتماعات → اجتماع; خبرات is not خبر);
 * - before a pronoun or the dual, ة is written ت: حصيلتها → حصيلة, الدولتين → دولة;
 * - the words of {@link STEM_FINAL} keep their ending (لبنان is not لبن, عشرين is not عشر).
 */
import { foldCharacters } from './fold.ts';
import { COUNTRY_WORDS, STEM_FINAL } from './search-lexicon.ts';

/** What the letter folds erase from the end of a word, read from the word as written. */
export interface WordEnding {
  /** The word ended with ة (U+0629), not ه. */
  taMarbuta: boolean;
  /** The word ended with an alef carrying the accusative tanwin (ـًا or ـاً). */
  tanwin: boolean;
}

const HEH = '\u0647';
const TEH = '\u062A';
const ALEF = '\u0627';
/** Letters before a final alef that make it part of another ending (يا ها نا وا). */
const NOT_ACCUSATIVE = ['\u064A', '\u0647', '\u0646', '\u0648'];
/** Letters a stem keeps after a suffix is removed. */
const MIN_STEM = 3;
/** Attached pronouns removed (longest first): هما هم ها نا. كم and ك are rare in releases and
 * end many words (محاكم, ذلك). */
const PRONOUNS = ['\u0647\u0645\u0627', '\u0647\u0645', '\u0647\u0627', '\u0646\u0627'];
/**
 * Dual and masculine plural endings, with the letters the stem keeps: ان and ين 3 (بلدان,
 * بلدين → بلد), ون 4, because the masculine plural is of participles and relative adjectives
 * (مسؤولون, عاملون, مغربيون) while many singular nouns end in ون (تعاون, قانون, مضمون, معاون).
 */
const DUAL_PLURAL: readonly [string, number][] = [
  ['\u0627\u0646', MIN_STEM],
  ['\u064A\u0646', MIN_STEM],
  ['\u0648\u0646', MIN_STEM + 1],
];
/** The verbal noun تفعيل of roots ending in ن (تكوين, تعيين, تحسين, تدشين): not a dual. */
const TAFIL_NOUN = /^\u062A..\u064A\u0646$/;
const FEMININE_PLURAL = '\u0627\u062A';

/** Stem-final words and country names (الغابون is not الغاب), folded, without the article. */
const stemFinal = new Set(
  [...STEM_FINAL, ...COUNTRY_WORDS].map((w) =>
    foldCharacters(w).replace(/^\u0627\u0644(?=..)/, ''),
  ),
);

/** True for a word whose ending is kept ({@link STEM_FINAL} and countries). */
export function isStemFinal(word: string): boolean {
  return stemFinal.has(word);
}

/** A stem before a pronoun: the word itself, and with ة if it ends with the ت that ة becomes. */
function beforePronoun(base: string): string[] {
  return base.endsWith(TEH) && !base.endsWith(FEMININE_PLURAL)
    ? [base, base.slice(0, -1) + HEH]
    : [base];
}

/** The number suffix of a stem removed: ات, then the feminine dual تان/تين, then ان ين ون. */
function numberForms(stem: string): string[] {
  if (stemFinal.has(stem)) return [stem];
  if (stem.endsWith(FEMININE_PLURAL)) {
    const base = stem.slice(0, -2);
    const out: string[] = [];
    if (base.length >= MIN_STEM - 1) out.push(base + HEH);
    if (base.length >= MIN_STEM + 1) out.push(base);
    return out.length ? out : [stem];
  }
  for (const [ending, min] of DUAL_PLURAL) {
    if (!stem.endsWith(ending) || TAFIL_NOUN.test(stem)) continue;
    const base = stem.slice(0, -2);
    const out: string[] = [];
    // تان / تين: the dual of a word with ة (دولتين → دولة).
    if (base.endsWith(TEH) && min === MIN_STEM && base.length - 1 >= MIN_STEM - 1)
      out.push(base.slice(0, -1) + HEH);
    if (base.length >= min) out.push(base);
    return out.length ? out : [stem];
  }
  return [stem];
}

/**
 * The lemma keys of a stem: the forms it is searched by once its inflection suffixes are removed.
 * @param stem - folded letters, after the proclitics (clitics.ts), e.g. `بلدين`, `جهودها`.
 * @param ending - what the folds erased from the written word's end.
 * @returns one to four forms, e.g. `['بلد']`, `['جهود']`, `['عمله', 'عمل']` (عمله: his work, or
 *   عملة typed with ه); the stem itself when nothing applies.
 */
export function inflections(stem: string, ending: WordEnding): string[] {
  if (stemFinal.has(stem)) return [stem];
  let bases = [stem];
  const pronoun = PRONOUNS.find((p) => stem.endsWith(p) && stem.length - p.length >= MIN_STEM);
  if (pronoun) bases = beforePronoun(stem.slice(0, -pronoun.length));
  else if (stem.endsWith(HEH) && !ending.taMarbuta && stem.length - 1 >= MIN_STEM)
    bases = [stem, ...beforePronoun(stem.slice(0, -1))];
  else if (stem.endsWith(ALEF) && stem.length - 1 >= MIN_STEM) {
    // Accusative alef: certain with its tanwin; without it, also a root alef (فرنسا), and never
    // after ي (ماليزيا, كينيا: countries), ه ن (منها, هنا: pronouns) or و (أكدوا: verbs).
    if (ending.tanwin) bases = [stem.slice(0, -1)];
    else if (!NOT_ACCUSATIVE.includes(stem.at(-2)!)) bases = [stem, stem.slice(0, -1)];
  }
  const out = new Set<string>();
  for (const base of bases) for (const form of numberForms(base)) out.add(form);
  return [...out].slice(0, 4);
}
