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
 * Formats a count with the right Arabic plural form.
 * @param n - a non-negative integer.
 * @param forms - the noun's six forms.
 * @param locale - BCP 47 locale whose digits are used (plural rules are always Arabic's).
 * @example plural(11, ar.releases, 'ar-MA') === '11 بلاغًا'  (src/i18n/ar.ts)
 */
export function plural(n: number, forms: PluralForms, locale = 'ar'): string {
  const category = pluralRules('ar').select(n) as keyof PluralForms;
  return forms[category].replace('{n}', numberFormat(locale).format(n));
}
