import { config } from '../config/settings.ts';
import { countryName } from '../arabic/countries.ts';
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
  count: (n: number, forms: PluralForms) => plural(n, forms, config.locale),
  country: (code: string) => countryName(code, config.countryNames),
  url: (path: string) => absoluteUrl(config.site, path),
};
