import isoCountries from 'i18n-iso-countries';
import { displayNames } from './intl-cache.ts';

/**
 * Countries are ISO 3166-1 alpha-2 codes. The list of assigned codes comes from the maintained
 * `i18n-iso-countries` package (user-assigned `XK` excluded); Arabic names come from CLDR via
 * `Intl.DisplayNames`, with the office's overrides from `archive.config.mjs` taking precedence.
 */

/** Every officially assigned ISO 3166-1 alpha-2 code, upper case (249 codes). */
export const ISO_ALPHA2: ReadonlySet<string> = new Set(
  Object.keys(isoCountries.getAlpha2Codes()).filter((code) => code !== 'XK'),
);

/** Frequent non-ISO spellings and the code meant. */
const ALIASES: Record<string, string> = {
  UK: 'GB',
  EL: 'GR',
  KS: 'XK',
  UAE: 'AE',
  KSA: 'SA',
  USA: 'US',
};

/**
 * True when the value is an assigned ISO 3166-1 alpha-2 code (case-sensitive: upper case).
 * @param code - e.g. `GA`.
 */
export function isCountryCode(code: string): boolean {
  return ISO_ALPHA2.has(code);
}

/**
 * Suggests assigned codes close to a mistyped one: known aliases (UK → GB), the upper-cased
 * form, codes whose English or Arabic name starts with the input, then codes one letter away.
 * @param input - what the publisher wrote.
 * @param max - at most this many suggestions (default 4).
 * @returns upper-case codes, best first.
 */
export function suggestCountryCodes(input: string, max = 4): string[] {
  const raw = input.trim();
  const upper = raw.toUpperCase();
  const out: string[] = [];
  const add = (c: string | undefined) => {
    if (c && ISO_ALPHA2.has(c) && !out.includes(c)) out.push(c);
  };
  add(ALIASES[upper]);
  add(upper);
  if (raw.length > 2) {
    add(isoCountries.getAlpha2Code(raw, 'en'));
    add(isoCountries.getAlpha2Code(raw, 'ar'));
    const names = displayNames(['ar'], { type: 'region' });
    for (const code of ISO_ALPHA2) {
      if ((names.of(code) ?? '').includes(raw)) add(code);
    }
  }
  if (upper.length === 2) {
    for (const code of ISO_ALPHA2) {
      const diff = (code[0] !== upper[0] ? 1 : 0) + (code[1] !== upper[1] ? 1 : 0);
      if (diff === 1 && code[0] === upper[0]) add(code);
    }
    for (const code of ISO_ALPHA2) {
      if (code[0] !== upper[0] && code[1] === upper[1]) add(code);
    }
  }
  return out.slice(0, max);
}

/**
 * The assigned code a publisher most likely meant by something that is not a code: a frequent
 * non-ISO spelling (`UK` → GB), an ISO 3166-1 alpha-3 code (`BEL` → BE), or a country's name in
 * Arabic, English or French (`فرنسا`, `France`, `Belgique`; names from `i18n-iso-countries`).
 * Never used to accept a value silently: the checks suggest the code, with its name.
 * @param input - what the publisher wrote.
 * @returns the code and how it was recognised, or `undefined`.
 */
export function countryCodeOf(
  input: string,
): { code: string; how: 'alias' | 'alpha3' | 'name' } | undefined {
  const raw = input.trim().normalize('NFC');
  const upper = raw.toUpperCase();
  const alias = ALIASES[upper];
  if (alias && ISO_ALPHA2.has(alias)) return { code: alias, how: 'alias' };
  if (/^[A-Z]{3}$/.test(upper)) {
    const code = isoCountries.alpha3ToAlpha2(upper);
    if (code && ISO_ALPHA2.has(code)) return { code, how: 'alpha3' };
  }
  if (raw.length < 3) return undefined;
  for (const lang of ['ar', 'en', 'fr']) {
    const code = isoCountries.getAlpha2Code(raw, lang);
    if (code && ISO_ALPHA2.has(code)) return { code, how: 'name' };
  }
  return undefined;
}

/**
 * Arabic name of a country: the office override if any, else CLDR's (`Intl.DisplayNames('ar')`).
 * @param code - ISO 3166-1 alpha-2 code (any case).
 * @param overrides - `countryNames` from the archive config.
 */
export function countryName(code: string, overrides: Record<string, string> = {}): string {
  const upper = code.toUpperCase();
  return (
    overrides[upper] ??
    displayNames(['ar'], { type: 'region', fallback: 'code' }).of(upper) ??
    upper
  );
}

/** English CLDR name, used to let Latin-script searches find a country. */
export function countryNameEnglish(code: string): string {
  return displayNames(['en'], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
}

/** French CLDR name (many Maghreb offices and readers search in French). */
export function countryNameFrench(code: string): string {
  return displayNames(['fr'], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
}

/**
 * Sorts country codes by their Arabic names with `Intl.Collator('ar')` (CLDR collation).
 * @returns a new array.
 */
export function sortCountryCodes(
  codes: Iterable<string>,
  overrides: Record<string, string> = {},
): string[] {
  const collator = new Intl.Collator('ar');
  return [...codes].sort((a, b) =>
    collator.compare(countryName(a, overrides), countryName(b, overrides)),
  );
}
