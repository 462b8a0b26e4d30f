import { ISO_ALPHA2, countryName } from './countries.ts';

/**
 * The words of the Arabic CLDR names of every ISO 3166-1 country (`Intl.DisplayNames('ar')`), as
 * the search keeps them whole (search-lexicon.ts): without the article, and without the
 * conjunction و that CLDR writes before a second name (البوسنة والهرسك → هرسك). Plurals in ات
 * (الولايات, الإمارات) are left out: they are ordinary words, cut like any other.
 * Build-time and test use only (the browser gets the generated list, search-countries.ts).
 * @returns distinct words, sorted by code point.
 */
export function countryWords(): string[] {
  const out = new Set<string>();
  for (const code of ISO_ALPHA2) {
    const words = countryName(code)
      .split(/[\s()\-–]+/)
      .filter(Boolean);
    words.forEach((word, i) => {
      let w = word.replace(/^ال(?=.{2})/, '');
      if (i > 0 && w.startsWith('و') && w.length > 3) w = w.slice(1).replace(/^ال(?=.{2})/, '');
      if (w.endsWith('ات') || w.length < 3) return;
      out.add(w);
    });
  }
  return [...out].sort();
}
