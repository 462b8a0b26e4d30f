import { foldHamzaAlef, stripDiacritics, toNfc } from '../../arabic/text.ts';
import { ISO_ALPHA2 } from '../../arabic/countries.ts';

/**
 * Suggests the countries a release is about from the Arabic country names and nationality
 * adjectives in its text. Names come from CLDR (`Intl.DisplayNames('ar')`, long and short
 * styles) for every ISO 3166-1 code, plus the office's overrides, a few common alternative
 * names, and a small table of nationality adjectives (البريطانية → GB).
 */

/** Alternative names in common use, beyond CLDR's. */
const ALIASES: Record<string, string[]> = {
  GB: ['بريطانيا', 'المملكة المتحدة'],
  US: ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية'],
  AE: ['الإمارات'],
  SA: ['السعودية'],
  PS: ['فلسطين', 'دولة فلسطين'],
  SY: ['سورية'],
  KR: ['كوريا الجنوبية'],
  KP: ['كوريا الشمالية'],
  NL: ['هولندا'],
  CD: ['الكونغو الديمقراطية'],
  CI: ['ساحل العاج', 'كوت ديفوار'],
  MA: ['المغرب', 'المملكة المغربية'],
  MR: ['موريتانيا'],
  OM: ['سلطنة عمان', 'سلطنة عُمان'],
  ML: ['جمهورية مالي', 'دولة مالي'],
};

/** Names that are ordinary words or other places too: only their unambiguous forms (ALIASES) are used. */
const AMBIGUOUS = new Set(['OM', 'ML']);

/** Nationality adjective stems (masculine singular, without ال): البريطاني، البريطانية، البريطانيين… */
const ADJECTIVES: Record<string, string[]> = {
  GB: ['بريطاني'],
  GA: ['غابوني'],
  MY: ['ماليزي'],
  MA: ['مغربي'],
  FR: ['فرنسي'],
  ES: ['إسباني', 'اسباني'],
  US: ['أمريكي', 'أميركي'],
  DZ: ['جزائري'],
  TN: ['تونسي'],
  MR: ['موريتاني'],
  LY: ['ليبي'],
  EG: ['مصري'],
  SA: ['سعودي'],
  AE: ['إماراتي'],
  QA: ['قطري'],
  KW: ['كويتي'],
  BH: ['بحريني'],
  OM: ['عماني'],
  JO: ['أردني'],
  LB: ['لبناني'],
  SY: ['سوري'],
  IQ: ['عراقي'],
  YE: ['يمني'],
  SD: ['سوداني'],
  PS: ['فلسطيني'],
  TR: ['تركي'],
  DE: ['ألماني'],
  IT: ['إيطالي'],
  RU: ['روسي'],
  CN: ['صيني'],
  JP: ['ياباني'],
  IN: ['هندي'],
  SN: ['سنغالي'],
  NG: ['نيجيري'],
  NE: ['نيجري'],
  PT: ['برتغالي'],
  BE: ['بلجيكي'],
  NL: ['هولندي'],
  CA: ['كندي'],
  BR: ['برازيلي'],
  TD: ['تشادي'],
  CM: ['كاميروني'],
  CI: ['إيفواري'],
  BF: ['بوركينابي'],
  GN: ['غيني'],
  KE: ['كيني'],
  ZA: ['جنوب أفريقي', 'جنوب إفريقي'],
};

/** A country suggestion with the words that triggered it. */
export interface CountryMention {
  code: string;
  /** Distinct matched words (tashkeel removed, hamza on alef folded). */
  words: string[];
  /** Offset of the first mention (suggestions are ordered by it). */
  first: number;
}

/** Text form used for matching: NFC, no tashkeel or tatweel, hamza forms of alef folded. */
function fold(text: string): string {
  return foldHamzaAlef(stripDiacritics(toNfc(text)));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Conjunctions and prepositions that attach to the next word: و ف ب ل ك (لل for ال). */
const PREFIX = '(?<![\\p{L}\\p{M}])(?:[وف])?(?:[بلك])?';
const END = '(?![\\p{L}\\p{M}])';

interface Pattern {
  code: string;
  re: RegExp;
}

let cache: { key: string; patterns: Pattern[] } | undefined;

/**
 * The matching patterns for every country, longest names first.
 * @param overrides - the office's country names (`countryNames` in the archive config).
 */
export function countryPatterns(overrides: Record<string, string> = {}): Pattern[] {
  const key = JSON.stringify(overrides);
  if (cache?.key === key) return cache.patterns;
  const long = new Intl.DisplayNames(['ar'], { type: 'region', style: 'long' });
  const short = new Intl.DisplayNames(['ar'], { type: 'region', style: 'short' });
  const forms: { code: string; source: string; length: number }[] = [];
  const addName = (code: string, name: string | undefined) => {
    const clean = fold((name ?? '').replace(/\s*\(.*?\)\s*/g, ' ').trim());
    if (clean.length < 3 || /^[A-Z]{2}$/.test(clean)) return;
    const body = escape(clean).replace(/ /g, '\\s+');
    const withArticle = clean.startsWith('ال')
      ? `|(?:[وف])?لل${escape(clean.slice(2)).replace(/ /g, '\\s+')}`
      : '';
    forms.push({
      code,
      source: `(?:${PREFIX}${body}${withArticle ? `${END}${withArticle}` : ''})${END}`,
      length: clean.length,
    });
  };
  for (const code of ISO_ALPHA2) {
    if (!AMBIGUOUS.has(code)) {
      addName(code, long.of(code));
      addName(code, short.of(code));
    }
    if (overrides[code]) addName(code, overrides[code]);
    for (const alias of ALIASES[code] ?? []) addName(code, alias);
    for (const stem of ADJECTIVES[code] ?? []) {
      const s = escape(fold(stem)).replace(/ /g, '\\s+');
      forms.push({
        code,
        source: `${PREFIX}(?:ال|ل)?${s}(?:ة|ه|ان|ين|ون|تان|تين|ات)?${END}`,
        length: stem.length,
      });
    }
  }
  const patterns = forms
    .sort((a, b) => b.length - a.length)
    .map((f) => ({ code: f.code, re: new RegExp(f.source, 'gu') }));
  cache = { key, patterns };
  return patterns;
}

/**
 * Finds the countries named in a text.
 * @param text - the release text (all paragraphs).
 * @param options.overrides - office country names; `options.exclude` - codes never suggested (e.g. the office's own country).
 * @returns mentions ordered by first appearance; overlapping matches go to the longest name
 *   (جنوب السودان is not also السودان).
 */
export function countriesInText(
  text: string,
  options: { overrides?: Record<string, string>; exclude?: readonly string[] } = {},
): CountryMention[] {
  const folded = fold(text);
  const taken: [number, number][] = [];
  const found = new Map<string, CountryMention>();
  for (const { code, re } of countryPatterns(options.overrides)) {
    re.lastIndex = 0;
    for (const m of folded.matchAll(re)) {
      const start = m.index,
        end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const mention = found.get(code) ?? { code, words: [], first: start };
      mention.first = Math.min(mention.first, start);
      if (!mention.words.includes(m[0])) mention.words.push(m[0]);
      found.set(code, mention);
    }
  }
  const exclude = new Set((options.exclude ?? []).map((c) => c.toUpperCase()));
  return [...found.values()].filter((m) => !exclude.has(m.code)).sort((a, b) => a.first - b.first);
}
