/**
 * The search page's state and its URL
 * (`/search/?q=…&country=GA&tag=…&year=2025&from=2025-01&to=2025-06&sort=newest`),
 * so a search can be shared and the browser's back button restores it. Pure; used by the
 * search page's script.
 */

/** Sort orders offered: Pagefind relevance, or newest first (the `date` sort key). */
export type SearchSort = 'relevance' | 'newest';

/** Everything that decides a result list. */
export interface SearchState {
  /** What the reader typed (not normalised). */
  q: string;
  /** ISO 3166-1 alpha-2 code, upper case, or `''`. */
  country: string;
  /** Tag label as shown on tag pages, or `''`. */
  tag: string;
  /** Gregorian year (`2025`), or `''`. */
  year: string;
  /** First month of the period, `YYYY-MM` (Gregorian, archive time zone), or `''`. */
  from: string;
  /** Last month of the period, `YYYY-MM`, or `''`; never before {@link from}. */
  to: string;
  sort: SearchSort;
}

/** The filters of a state, in the order the page shows them. */
export const FILTER_KEYS = ['country', 'tag', 'year', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const EMPTY_STATE: SearchState = {
  q: '',
  country: '',
  tag: '',
  year: '',
  from: '',
  to: '',
  sort: 'relevance',
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Reads the state from a query string; malformed values fall back to "none" (well-formed values
 * the archive does not have are kept: the page shows them, see filters.ts). A period whose end
 * comes before its start is read with the two months swapped.
 * @param search - `location.search` (with or without `?`).
 */
export function parseSearchState(search: string): SearchState {
  const p = new URLSearchParams(search);
  const country = (p.get('country') ?? '').trim().toUpperCase();
  const year = (p.get('year') ?? '').trim();
  const month = (key: string) => {
    const v = (p.get(key) ?? '').trim();
    return MONTH.test(v) ? v : '';
  };
  let [from, to] = [month('from'), month('to')];
  if (from && to && to < from) [from, to] = [to, from];
  return {
    q: p.get('q') ?? '',
    country: /^[A-Z]{2}$/.test(country) ? country : '',
    tag: (p.get('tag') ?? '').trim(),
    year: /^\d{4}$/.test(year) ? year : '',
    from,
    to,
    sort: p.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/**
 * Writes the state as a query string, leaving out empty values and the default sort.
 * @returns `''` for the empty state, else `?q=…&…` (RFC 3986 via `URLSearchParams`).
 */
export function searchStateToQuery(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  if (state.country) p.set('country', state.country);
  if (state.tag) p.set('tag', state.tag);
  if (state.year) p.set('year', state.year);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.sort === 'newest') p.set('sort', 'newest');
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** True when the state asks for any results (a query or at least one filter). */
export function hasCriteria(state: SearchState): boolean {
  return Boolean(state.q.trim() || FILTER_KEYS.some((key) => state[key]));
}
