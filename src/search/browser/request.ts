/**
 * What one search asks of the index, from the page's state (pure): the query's Pagefind terms
 * (src/arabic/search-fold.ts), the filters, the sort, and which index parts to read in what
 * order (plan.ts). Used by the search page's controller (app.ts).
 */
import { queryTerms } from '../../arabic/search-fold.ts';
import {
  activeFilters,
  pagefindFilters,
  yearsToRead,
  type Facets,
  type FilterValue,
} from './filters.ts';
import { partsToSearch } from './plan.ts';
import type { SearchState } from './url.ts';

/** A search ready to run. */
export interface SearchRequest {
  /** Pagefind terms, one per reading of the query (merged), or `null` for filters only. */
  terms: string[] | null;
  filters: Record<string, FilterValue>;
  /** `{ date: 'desc' }` for newest first and for a search by filters only, else relevance. */
  sort: Record<string, string> | undefined;
  /** Parts to read, newest first. */
  plan: number[];
  /** Read the plan's parts at once (a year filter or a period: its count is then complete). */
  wholeYears: boolean;
}

/**
 * Turns the page's state into a search.
 * @param state - the state (from the URL or the form).
 * @param facets - the archive's values.
 * @param partYears - for each index part, newest first, its years (`data-part-years`); when it
 *   does not list every part, every part is read.
 * @param partCount - number of index parts.
 * @param plain - plain Pagefind (`ARCHIVE_SEARCH_PLAIN=1`): the query is passed as typed.
 * @returns `undefined` when there is nothing to search (no searchable word and no filter).
 */
export function searchRequest(
  state: SearchState,
  facets: Facets,
  partYears: readonly (readonly number[])[],
  partCount: number,
  plain = false,
): SearchRequest | undefined {
  const typed = state.q.trim();
  const terms = plain ? (typed ? [typed] : []) : queryTerms(state.q);
  if (!terms.length && !activeFilters(state, facets).length) return undefined;
  const years = yearsToRead(state);
  return {
    terms: terms.length ? terms : null,
    filters: pagefindFilters(state, facets),
    sort: state.sort === 'newest' || !terms.length ? { date: 'desc' } : undefined,
    plan:
      partYears.length === partCount
        ? partsToSearch(partYears, years)
        : Array.from({ length: partCount }, (_, k) => k),
    wholeYears: years !== undefined,
  };
}
