/**
 * Arabic counted nouns with all six CLDR plural categories (zero, one, two, few, many, other),
 * chosen by `Intl.PluralRules('ar')`. The number is written with the archive locale's digits.
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

/** «بيان» (release): لا بيانات، بيان واحد، بيانان، 3 بيانات، 11 بيانًا، 100 بيان. */
export const RELEASES: PluralForms = {
  zero: 'لا بيانات',
  one: 'بيان واحد',
  two: 'بيانان',
  few: '{n} بيانات',
  many: '{n} بيانًا',
  other: '{n} بيان',
};

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
 * @example plural(11, RELEASES, 'ar-MA') === '11 بيانًا'
 */
export function plural(n: number, forms: PluralForms, locale = 'ar'): string {
  const category = pluralRules('ar').select(n) as keyof PluralForms;
  return forms[category].replace('{n}', numberFormat(locale).format(n));
}
