import { foldHamzaAlef, stripDiacritics, toNfc } from '../../arabic/text.ts';

/**
 * Finds the dateline (the city a release was issued from) in the opening of an Arabic release:
 * «… اليوم الأربعاء بالرباط، …», «… يوم الخميس في الدار البيضاء …», or a leading «الرباط - …».
 */

/** A detected dateline. */
export interface Dateline {
  /** The city as written, without the preposition, e.g. `الرباط`. */
  city: string;
  /** The phrase it was found in, e.g. `اليوم الأربعاء بالرباط`. */
  phrase: string;
  /** Weekday named next to it, e.g. `الأربعاء`, when any. */
  weekday?: string;
}

const WEEKDAYS = '(?:ال)?(?:اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه|سبت|أحد|احد)';
const WORD = '[\\p{L}\\p{M}]+';
/** Cities written with two words (the first word alone is not the city). */
const TWO_WORD_CITIES = new Set([
  'الدار',
  'دار',
  'عين',
  'بندر',
  'مدينة',
  'رأس',
  'راس',
  'شرم',
  'أبو',
  'ابو',
  'بئر',
  'سيدي',
]);

/**
 * @param paragraphs - the release's paragraphs; only the first two are read.
 * @returns the dateline, or `undefined` when none is recognised (the importer then asks for `--dateline`).
 */
export function detectDateline(paragraphs: readonly string[]): Dateline | undefined {
  for (const paragraph of paragraphs.slice(0, 2)) {
    const text = toNfc(paragraph);
    const dayPhrase = new RegExp(
      `(?:اليوم|يوم)\\s*[،,]?\\s*(?:(${WEEKDAYS})\\s*[،,]?\\s*)?(?:ب|في\\s+)(${WORD})(?:\\s+(${WORD}))?`,
      'u',
    ).exec(text);
    if (dayPhrase) {
      const [phraseAll, weekday, first, second] = dayPhrase;
      const city = cityFrom(first!, second);
      if (city) {
        const phrase =
          second && !city.includes(' ')
            ? phraseAll!.slice(0, -second.length).trimEnd()
            : phraseAll!;
        const result: Dateline = { city, phrase };
        if (weekday) result.weekday = weekday;
        return result;
      }
    }
    const leading = leadingDateline(text);
    if (leading) return { city: leading.city, phrase: leading.phrase };
  }
  return undefined;
}

/**
 * A dateline written before the text, as agencies do: «الرباط - أجرى …», «الدار البيضاء – …»,
 * «طنجة: …» (one or two words, then a dash or a colon).
 * @param paragraph - the first paragraph.
 * @returns the city, the phrase as written (`الرباط -`) and the paragraph without it.
 */
export function leadingDateline(
  paragraph: string,
): { city: string; phrase: string; rest: string } | undefined {
  const text = toNfc(paragraph);
  const m = new RegExp(`^(${WORD}(?:\\s${WORD})?)\\s*[-–—:]\\s`, 'u').exec(text);
  if (!m || m[1]!.length > 25) return undefined;
  return { city: m[1]!, phrase: m[0].trim(), rest: text.slice(m[0].length).trimStart() };
}

/**
 * The weekday a release names as the day it was issued: «اليوم الأربعاء» ("today, Wednesday"),
 * with or without a city after it, in the first two paragraphs. «يوم الخميس» alone is not taken:
 * it may name another day («سيعقد الاجتماع يوم الخميس»); with a city it is the dateline phrase.
 * @param paragraphs - the release's paragraphs.
 * @returns the weekday as written, e.g. `الأربعاء`.
 */
export function detectWeekday(paragraphs: readonly string[]): string | undefined {
  const withCity = detectDateline(paragraphs)?.weekday;
  if (withCity) return withCity;
  const today = new RegExp(
    `(?:^|[^\\p{L}\\p{M}])اليوم\\s*[،,]?\\s*(${WEEKDAYS})(?![\\p{L}\\p{M}])`,
    'u',
  );
  for (const paragraph of paragraphs.slice(0, 2)) {
    const m = today.exec(toNfc(paragraph));
    if (m) return m[1];
  }
  return undefined;
}

/** The city from the word after «ب»/«في» and the next word (two-word cities such as الدار البيضاء). */
function cityFrom(first: string, second: string | undefined): string | undefined {
  if (first.length < 3) return undefined;
  return TWO_WORD_CITIES.has(first) && second ? `${first} ${second}` : first;
}

/**
 * True when the weekday named in the text is the weekday of the date (compared without
 * tashkeel and hamza, so «الاربعاء» matches «الأربعاء»).
 * @param named - weekday as written in the text.
 * @param actual - weekday of the date, e.g. from `formatWeekday(date, 'ar')`.
 */
export function sameWeekday(named: string, actual: string): boolean {
  const key = (s: string) =>
    foldHamzaAlef(stripDiacritics(toNfc(s)))
      .replace(/^ال/, '')
      .replace(/ه$/, 'ة');
  return key(named) === key(actual);
}
