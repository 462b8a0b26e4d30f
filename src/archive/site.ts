import { config } from '../config/settings.ts';
import { countryName, countryNameEnglish, countryNameFrench } from '../arabic/countries.ts';
import { displayNames } from '../arabic/intl-cache.ts';
import { dictionary, direction, type Dictionary } from '../i18n/index.ts';
import {
  formatGregorian,
  formatHijri,
  formatNumber,
  formatTime,
  formatWeekday,
  type CalendarDate,
} from '../arabic/dates.ts';
import { absoluteUrl } from './permalinks.ts';
import { plural, type PluralForms } from '../arabic/plural.ts';

/**
 * The archive's formatting helpers bound to its configuration (locale, time zone, base path), so
 * components format every date, number and URL the same way. Thin wrappers; logic lives in the
 * concern files they call.
 */
export const site = {
  base: config.base,
  locale: config.locale,
  /** Gregorian date in the archive locale. */
  date: (date: CalendarDate) => formatGregorian(date, config.locale),
  /** Hijri date: the release's official override when given, else Umm al-Qura. */
  hijri: (date: CalendarDate, override?: string) => override ?? formatHijri(date, config.locale),
  weekday: (date: CalendarDate) => formatWeekday(date, config.locale),
  time: (time: string) => formatTime(time, config.locale),
  number: (n: number) => formatNumber(n, config.locale),
  /** Year without grouping separators (٢٠٢٥, not ٢٬٠٢٥). */
  year: (n: number) => formatNumber(n, config.locale, false),
  /**
   * A counted noun with the plural rules of its language (CLDR through `Intl.PluralRules`).
   * @param forms - the noun's forms in `lang` (e.g. `dictionary(lang).releases`).
   * @param lang - the page's language (default `ar`); its locale writes the number.
   */
  count: (n: number, forms: PluralForms, lang = 'ar') => siteIn(lang).count(n, forms),
  country: (code: string) => countryName(code, config.countryNames),
  url: (path: string) => absoluteUrl(config.site, path),
};

/** The formatters and strings of one interface language (`ar` or a translation language). */
export interface LanguageSite {
  lang: string;
  dir: 'rtl' | 'ltr';
  /** Base path of the language's pages: the site's base for Arabic, `<base><lang>/` otherwise. */
  base: string;
  /** BCP 47 locale of its dates and numbers (the archive locale's region: `ar-MA` → `fr-MA`). */
  locale: string;
  t: Dictionary;
  /** The language's own name, for the language switch (CLDR: «العربية», « français », "English"). */
  name: string;
  date: (date: CalendarDate) => string;
  time: (time: string) => string;
  number: (n: number) => string;
  year: (n: number) => string;
  /** A counted noun in this language: its plural rules (CLDR) and its locale's digits. */
  count: (n: number, forms: PluralForms) => string;
  /** "3 communiqués": {@link LanguageSite.count} with the language's release noun. */
  releases: (n: number) => string;
  country: (code: string) => string;
}

/** BCP 47 locale of a language's pages: the archive locale for Arabic, else its region's (`fr-MA`). */
function localeOf(lang: string): string {
  if (lang === 'ar') return config.locale;
  const region = config.locale.split('-')[1];
  return region ? `${lang}-${region}` : lang;
}

const languageSites = new Map<string, LanguageSite>();

/**
 * The formatters and strings of an interface language, memoised.
 * @param lang - `ar` or a language of `config.languages`.
 */
export function siteIn(lang: string): LanguageSite {
  let found = languageSites.get(lang);
  if (found) return found;
  const locale = localeOf(lang);
  const t = dictionary(lang);
  found = {
    lang,
    dir: direction(lang),
    base: lang === 'ar' ? config.base : `${config.base}${lang}/`,
    locale,
    t,
    name: displayNames([lang], { type: 'language' }).of(lang) ?? lang,
    date: (date) => formatGregorian(date, locale),
    time: (time) => formatTime(time, locale),
    number: (n) => formatNumber(n, locale),
    year: (n) => formatNumber(n, locale, false),
    count: (n, forms) => plural(n, forms, locale, lang),
    releases: (n) => plural(n, t.releases, locale, lang),
    country: (code) =>
      lang === 'fr'
        ? countryNameFrench(code)
        : lang === 'en'
          ? countryNameEnglish(code)
          : countryName(code, config.countryNames),
  };
  languageSites.set(lang, found);
  return found;
}
