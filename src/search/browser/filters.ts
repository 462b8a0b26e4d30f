/**
 * The search page's filters, pure: what Pagefind is asked (country, tag, year, and the period as
 * a set of months), which years the period covers (so only the index parts holding them are
 * read), and which filters are active and whether the archive has their values (a value from a
 * shared URL that the archive does not have is shown and removable, never applied unseen).
 */
import { FILTER } from '../contract.ts';
import type { FilterKey, SearchState } from './url.ts';

/** What the archive holds, as written into the search page at build time (SearchUI.astro). */
export interface Facets {
  /** Country code → Arabic name (the value of the `country` filter on release pages). */
  countries: ReadonlyMap<string, string>;
  /** Tag labels. */
  tags: readonly string[];
  /** Years with releases, as `YYYY` strings. */
  years: readonly string[];
  /** Months with releases, `YYYY-MM`, any order. */
  months: readonly string[];
}

/** A Pagefind filter value: one value, or any of several (Pagefind 1.6 compound filters). */
export type FilterValue = string | { any: string[] };

/** One active filter, for the line of removable filters and the no-results hints. */
export interface ActiveFilter {
  key: FilterKey;
  /** The value in the URL. */
  value: string;
  /**
   * False when the archive has no release with this value (the filter finds nothing). A month
   * that starts or ends a period is always known: a period means the same with or without
   * releases in its first month.
   */
  known: boolean;
}

/**
 * The months of the archive inside the period.
 * @returns `YYYY-MM` values, oldest first; every month of the archive when no period is set.
 */
export function monthsInPeriod(state: SearchState, facets: Facets): string[] {
  return [...facets.months]
    .filter((m) => (!state.from || m >= state.from) && (!state.to || m <= state.to))
    .sort();
}

/**
 * The Pagefind filters of a state.
 * @returns e.g. `{ country: 'الغابون', month: { any: ['2025-05', '2025-06'] } }`. A country code the
 *   archive does not have is passed as the code, which no release carries, so the search finds
 *   nothing (the page says why); a period with no month in the archive likewise.
 */
export function pagefindFilters(state: SearchState, facets: Facets): Record<string, FilterValue> {
  const filters: Record<string, FilterValue> = {};
  if (state.country) filters[FILTER.country] = facets.countries.get(state.country) ?? state.country;
  if (state.tag) filters[FILTER.tag] = state.tag;
  if (state.year) filters[FILTER.year] = state.year;
  if (state.from || state.to) {
    const months = monthsInPeriod(state, facets);
    filters[FILTER.month] = { any: months.length ? months : [state.from || state.to] };
  }
  return filters;
}

/**
 * Which years a search must read, from the year filter and the period.
 * @returns `undefined` for every year, else a test of a year (a part is read when it holds a year
 *   that passes).
 */
export function yearsToRead(state: SearchState): ((year: number) => boolean) | undefined {
  if (!state.year && !state.from && !state.to) return undefined;
  const lo = Math.max(Number(state.from.slice(0, 4) || 0), Number(state.year || 0));
  const hi = Math.min(Number(state.to.slice(0, 4) || Infinity), Number(state.year || Infinity));
  return (year) => year >= lo && year <= hi;
}

/** The active filters of a state, in the page's order, each saying whether the archive has it. */
export function activeFilters(state: SearchState, facets: Facets): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  if (state.country)
    out.push({ key: 'country', value: state.country, known: facets.countries.has(state.country) });
  if (state.tag) out.push({ key: 'tag', value: state.tag, known: facets.tags.includes(state.tag) });
  if (state.year)
    out.push({ key: 'year', value: state.year, known: facets.years.includes(state.year) });
  for (const key of ['from', 'to'] as const)
    if (state[key]) out.push({ key, value: state[key], known: true });
  return out;
}
