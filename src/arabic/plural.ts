/**
 * Arabic counted nouns with all six CLDR plural categories (zero, one, two, few, many, other),
 * chosen by `Intl.PluralRules('ar')`. The number is written with the archive locale's digits.
 * The interface's nouns live in its dictionary (`releases` in src/i18n/ar.ts); the search page's
 * «نتيجة» is here because browser code reads it.
 */
import { numberFormat, pluralRules } from './intl-cache.ts';

/** The six forms of a counted noun. `{n}` stands for the formatted number. */
export interface PluralForms {
  zero: string;
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

/** «نتيجة» (search result). */
export const RESULTS: PluralForms = {
  zero: 'لا نتائج',
  one: 'نتيجة واحدة',
  two: 'نتيجتان',
  few: '{n} نتائج',
  many: '{n} نتيجة',
  other: '{n} نتيجة',
};

/**
 * Formats a count with the right plural form (CLDR rules through `Intl.PluralRules`).
 * @param n - a non-negative integer.
 * @param forms - the noun's six forms.
 * @param locale - BCP 47 locale whose digits are used.
 * @param lang - the language whose plural rules choose the form (default Arabic; the search page
 *   of a translation passes its own, e.g. `fr`).
 * @example plural(11, ar.releases, 'ar-MA') === '11 بلاغًا'  (src/i18n/ar.ts)
 */
export function plural(n: number, forms: PluralForms, locale = 'ar', lang = 'ar'): string {
  const category = pluralRules(lang).select(n) as keyof PluralForms;
  return (forms[category] ?? forms.other).replace('{n}', numberFormat(locale).format(n));
}
