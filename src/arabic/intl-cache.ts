/**
 * Shared `Intl` formatter instances. Creating an `Intl.DateTimeFormat` costs tens of microseconds
 * (it resolves CLDR locale data); a 10,000-release build formats hundreds of thousands of dates, so
 * building a new formatter per call was a measurable share of page rendering (docs/benchmarks-history.md, first round).
 * Formatters are immutable, so one instance per (locale, options) is safe to share.
 */

const cache = new Map<string, unknown>();

function memo<T>(
  kind: string,
  locales: string | string[],
  options: object | undefined,
  make: () => T,
): T {
  const key = `${kind}|${String(locales)}|${JSON.stringify(options ?? {})}`;
  let hit = cache.get(key) as T | undefined;
  if (hit === undefined) {
    hit = make();
    cache.set(key, hit);
  }
  return hit;
}

/** `new Intl.DateTimeFormat(locales, options)`, memoised. @throws RangeError as the constructor does. */
export const dateTimeFormat = (
  locales: string | string[],
  options?: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat =>
  memo('dtf', locales, options, () => new Intl.DateTimeFormat(locales, options));

/** `new Intl.NumberFormat(locales, options)`, memoised. */
export const numberFormat = (
  locales: string | string[],
  options?: Intl.NumberFormatOptions,
): Intl.NumberFormat => memo('nf', locales, options, () => new Intl.NumberFormat(locales, options));

/** `new Intl.DisplayNames(locales, options)`, memoised. */
export const displayNames = (
  locales: string | string[],
  options: Intl.DisplayNamesOptions,
): Intl.DisplayNames => memo('dn', locales, options, () => new Intl.DisplayNames(locales, options));

/** `new Intl.PluralRules(locales, options)`, memoised. */
export const pluralRules = (
  locales: string | string[],
  options?: Intl.PluralRulesOptions,
): Intl.PluralRules => memo('pr', locales, options, () => new Intl.PluralRules(locales, options));

/** `new Intl.Segmenter(locales, options)`, memoised (a Segmenter keeps no state between `segment` calls). */
export const segmenter = (
  locales: string | string[],
  options?: Intl.SegmenterOptions,
): Intl.Segmenter => memo('seg', locales, options, () => new Intl.Segmenter(locales, options));
