/**
 * The search page's state and its URL (`/search/?q=…&country=GA&tag=…&year=2025&sort=newest`),
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
  sort: SearchSort;
}

export const EMPTY_STATE: SearchState = {
  q: '',
  country: '',
  tag: '',
  year: '',
  sort: 'relevance',
};

/**
 * Reads the state from a query string; unknown or malformed values fall back to "none".
 * @param search - `location.search` (with or without `?`).
 */
export function parseSearchState(search: string): SearchState {
  const p = new URLSearchParams(search);
  const country = (p.get('country') ?? '').trim().toUpperCase();
  const year = (p.get('year') ?? '').trim();
  return {
    q: p.get('q') ?? '',
    country: /^[A-Z]{2}$/.test(country) ? country : '',
    tag: (p.get('tag') ?? '').trim(),
    year: /^\d{4}$/.test(year) ? year : '',
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
  if (state.sort === 'newest') p.set('sort', 'newest');
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** True when the state asks for any results (a query or at least one filter). */
export function hasCriteria(state: SearchState): boolean {
  return Boolean(state.q.trim() || state.country || state.tag || state.year);
}
