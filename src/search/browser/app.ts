/**
 * The search page's controller (browser). It keeps the search state in the URL, asks Pagefind for
 * the query's search keys (src/arabic/search-fold.ts: one term per reading of an ambiguous word,
 * merged) and renders the results (render.ts), the active filters and the no-results hints
 * (notices.ts). Pagefind's own script is loaded from the built bundle on the first search, without
 * its web worker. An index built in parts is read newest part first, older parts only when the
 * reader's results need them (plan.ts, pagefind.ts), and only the parts of the years a year filter
 * or a period allows.
 */
import { queryMatchesText } from '../../arabic/search-fold.ts';
import { PARTS_ATTRIBUTE, STRINGS_ATTRIBUTE, type SearchStrings } from '../contract.ts';
import { activeFilters, type Facets } from './filters.ts';
import { filterLabel, searchForm } from './form.ts';
import { renderActiveFilters, renderNoResults } from './notices.ts';
import { openIndex } from './pagefind.ts';
import { nextParts, searchedSince } from './plan.ts';
import { searchRequest, type SearchRequest } from './request.ts';
import { formatDay, renderResults, renderStatus, type PagefindResult } from './render.ts';
import { EMPTY_STATE, hasCriteria, parseSearchState, searchStateToQuery } from './url.ts';
import type { FilterKey, SearchState } from './url.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;

const json = <T>(value: string | undefined, fallback: T): T =>
  value ? (JSON.parse(value) as T) : fallback;

/**
 * Starts the search interface in its root element (`SearchUI.astro`).
 * @param root - element carrying `data-parts` (bundle URLs, newest part first, space-separated),
 *   `data-part-years` and `data-part-since` (JSON: each part's years and oldest day), `data-base`,
 *   `data-locale`, and the archive's facets: `data-countries`, `data-tags`, `data-years`,
 *   `data-months` (JSON), and the texts it writes in the page's language (`data-strings`, JSON).
 */
export function startSearch(root: HTMLElement): void {
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  const active = root.querySelector<HTMLElement>('.search-active')!;
  const none = root.querySelector<HTMLElement>('.search-none')!;
  const hint = none.querySelector<HTMLElement>('.search-hint')!;
  const locale = root.dataset['locale'] ?? 'ar';
  const countryList = json<{ code: string; name: string; latin: string[] }[]>(
    root.dataset['countries'],
    [],
  );
  const facets: Facets = {
    countries: new Map(countryList.map((c) => [c.code, c.name])),
    tags: json<string[]>(root.dataset['tags'], []),
    years: json<string[]>(root.dataset['years'], []),
    months: json<string[]>(root.dataset['months'], []),
  };
  // Written by SearchUI.astro from the page language's dictionary; browser code holds no text.
  const strings = JSON.parse(root.getAttribute(STRINGS_ATTRIBUTE) ?? '{}') as SearchStrings;
  const form = searchForm(root, facets, locale, strings.notInArchive);
  /** Arabic country name → all its names, to mark the country a query named. */
  const countryNames = new Map(countryList.map((c) => [c.name, [c.name, ...c.latin].join(' ')]));
  let typed = '';
  /** The running search comes from typing (debounced), not from submitting or a filter. */
  let whileTyping = false;
  const countryMatches = (name: string) => queryMatchesText(typed, countryNames.get(name) ?? name);
  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const parts = (root.getAttribute(PARTS_ATTRIBUTE) ?? '').split(' ').filter(Boolean);
  const partYears = json<number[][]>(root.dataset['partYears'], []);
  const partSince = json<string[]>(root.dataset['partSince'], []);
  const index = openIndex(parts, root.dataset['base'] ?? '/');
  /** The running search: what it asks Pagefind, and how many parts of its plan it has read. */
  let query: (SearchRequest & { searched: number; text: string }) | undefined;

  /** Reads older parts until the next page of results is full or every part is read. */
  const fill = async (mine: number): Promise<boolean> => {
    while (query && results.length < shown + PAGE_SIZE && query.searched < query.plan.length) {
      const { terms, filters, sort } = query;
      const step = nextParts(query.plan, query.searched, query.wholeYears);
      const found = await Promise.all(step.map((k) => index.search(k, terms, filters, sort)));
      if (mine !== generation) return false;
      results.push(...found.flat());
      query.searched += step.length;
    }
    return mine === generation;
  };

  /** Says how many results were found, and since which day while older parts are unread. */
  const showStatus = () => {
    if (!query) return;
    const since = searchedSince(query.plan, query.searched);
    renderStatus(
      status,
      results.length,
      query.text,
      locale,
      strings,
      since === undefined ? undefined : formatDay(partSince[since], locale) || undefined,
    );
  };

  const label = (f: { key: FilterKey; value: string }) =>
    filterLabel(f.key, f.value, facets, locale);
  /** Drops one filter (or all of them) from the current state and searches again. */
  const drop = (key: FilterKey | null) => {
    const state = form.read();
    for (const k of key ? [key] : (['country', 'tag', 'year', 'from', 'to'] as const))
      state[k] = '';
    form.write(state);
    commit(false);
  };

  /**
   * Shows the next page of results, reading older parts first if needed.
   * @param focusNew - move focus to the first new result (after "عرض المزيد", whose button hides).
   */
  const showMore = async (mine: number, state: SearchState, focusNew = false) => {
    more.hidden = true;
    if (!(await fill(mine))) return;
    showStatus();
    const page = results.slice(shown, shown + PAGE_SIZE);
    shown += page.length;
    const data = await Promise.all(page.map((r) => r.data()));
    if (mine !== generation) return;
    const before = list.children.length;
    renderResults(list, data, locale, strings, countryMatches);
    if (focusNew)
      (list.children[before] ?? list.lastElementChild)
        ?.querySelector<HTMLAnchorElement>('h2 a')
        ?.focus();
    const unread = query !== undefined && query.searched < query.plan.length;
    more.hidden = shown >= results.length && !unread;
    // While the reader is still typing, a word may be unfinished: no advice yet, only the count.
    none.hidden = results.length > 0 || whileTyping;
    if (!none.hidden) renderNoResults(hint, activeFilters(state, facets), label, drop, strings);
  };

  /**
   * Waits for one step of a search (its first page, or "more"), says in the status line when the
   * index could not be downloaded, and marks the end.
   */
  const finish = async (mine: number, state: SearchState, step: Promise<void>) => {
    try {
      await step;
    } catch (error) {
      if (mine === generation) {
        status.textContent = strings.loadFailed;
        console.error(error);
      }
    }
    done(mine, state);
  };

  /** Marks the end of a search for assistive technology and tests (`aria-busy`, `data-completed`). */
  const done = (mine: number, state: SearchState) => {
    if (mine !== generation) return;
    root.setAttribute('aria-busy', 'false');
    root.dataset['completed'] = searchStateToQuery(state) || '?';
  };

  const run = async (state: SearchState, fromTyping = false) => {
    const mine = ++generation;
    whileTyping = fromTyping;
    root.setAttribute('aria-busy', 'true');
    list.replaceChildren();
    more.hidden = true;
    none.hidden = true;
    results = [];
    shown = 0;
    query = undefined;
    renderActiveFilters(active, activeFilters(state, facets), label, drop, strings);
    typed = state.q;
    const plain = root.dataset['normalise'] === 'false';
    const request = searchRequest(state, facets, partYears, parts.length, plain);
    if (!request) {
      status.textContent = state.q.trim() ? strings.noWords : '';
      done(mine, state);
      return;
    }
    status.textContent = strings.searching;
    query = { ...request, searched: 0, text: state.q.trim() };
    // A new query after one that read older parts starts from the newest part again.
    if (index.loaded > 1) index.restart();
    await finish(mine, state, showMore(mine, state));
  };

  /** Records the state in the URL: typing replaces its own history entry, everything else adds one. */
  const commit = (typing: boolean) => {
    const state = form.read();
    form.clear.hidden = !state.q;
    const url = `${location.pathname}${searchStateToQuery(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      const current = history.state as { typing?: boolean } | null;
      if (typing && current?.typing) history.replaceState({ typing }, '', url);
      else history.pushState({ typing }, '', url);
    }
    void run(state, typing);
  };

  form.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => commit(true), DEBOUNCE_MS);
  });
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    commit(false);
  });
  for (const menu of form.menus) menu.addEventListener('change', () => commit(false));
  form.clear.addEventListener('click', () => {
    form.input.value = '';
    form.input.focus();
    commit(false);
  });
  more.addEventListener('click', () => {
    const mine = generation;
    const state = parseSearchState(location.search);
    root.setAttribute('aria-busy', 'true');
    delete root.dataset['completed'];
    void finish(mine, state, showMore(mine, state, true));
  });
  window.addEventListener('popstate', () => {
    clearTimeout(timer);
    const state = parseSearchState(location.search);
    form.write(state);
    void run(state);
  });

  root.hidden = false;
  const initial = parseSearchState(location.search);
  form.write(initial);
  if (hasCriteria(initial)) void run(initial);
  else {
    form.write(EMPTY_STATE);
    form.input.focus();
  }
}
