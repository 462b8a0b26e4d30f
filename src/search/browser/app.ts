/**
 * The search page's controller (browser). It keeps the search state in the URL, runs Pagefind
 * with the normalised query and renders the results (src/search/browser/render.ts).
 * Pagefind's own script is loaded from the built bundle on the first search, without its web
 * worker (one file less to download). An index built in parts is read newest part first, older
 * parts only when the reader's results need them (src/search/browser/plan.ts,
 * src/search/browser/pagefind.ts): results are the newest part's, by relevance or date, then the
 * next part's, and so on.
 */
import { normaliseQuery, normaliseText } from '../../arabic/search-fold.ts';
import {
  EMPTY_STATE,
  hasCriteria,
  parseSearchState,
  searchStateToQuery,
  type SearchState,
} from './url.ts';
import { nextParts, partsToSearch, searchedSince } from './plan.ts';
import { FILTER, PARTS_ATTRIBUTE } from '../contract.ts';
import { openIndex } from './pagefind.ts';
import { formatDay, renderResults, renderStatus, type PagefindResult } from './render.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;

/**
 * Starts the search interface in its root element (`SearchUI.astro`).
 * @param root - element carrying `data-parts` (bundle URLs, newest part first, space-separated),
 *   `data-part-years` and `data-part-since` (JSON: each part's years and oldest day), `data-base`,
 *   `data-locale` and `data-countries`.
 */
export function startSearch(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const selects = ['country', 'tag', 'year', 'sort'].map(
    (n) => form.elements.namedItem(n) as HTMLSelectElement,
  );
  const clear = root.querySelector<HTMLButtonElement>('.search-clear')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  const locale = root.dataset['locale'] ?? 'ar';
  const countryList = JSON.parse(root.dataset['countries'] ?? '[]') as {
    code: string;
    name: string;
    latin: string[];
  }[];
  const countries = new Map(countryList.map((c) => [c.code, c.name]));
  /** Arabic country name → its names' search forms, to mark the country a query matched. */
  const countryWords = new Map(
    countryList.map((c) => [c.name, normaliseText([c.name, ...c.latin].join(' ')).split(/[\s-]+/)]),
  );
  let queryWords: string[] = [];
  const countryMatches = (name: string) =>
    queryWords.length > 0 &&
    queryWords.every((q) => (countryWords.get(name) ?? []).some((w) => w.startsWith(q)));
  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const parts = (root.getAttribute(PARTS_ATTRIBUTE) || root.dataset['bundle'] || '/pagefind/')
    .split(' ')
    .filter(Boolean);
  const partYears = JSON.parse(root.dataset['partYears'] ?? '[]') as number[][];
  const partSince = JSON.parse(root.dataset['partSince'] ?? '[]') as string[];
  const index = openIndex(parts, root.dataset['base'] ?? '/');
  /** The running search: what it asks Pagefind, the parts it reads and how many it has read. */
  let query:
    | {
        term: string | null;
        filters: Record<string, string>;
        sort: Record<string, string> | undefined;
        plan: number[];
        searched: number;
        text: string;
        wholeYear: boolean;
      }
    | undefined;

  const readForm = (): SearchState => ({
    q: input.value,
    country: selects[0]!.value,
    tag: selects[1]!.value,
    year: selects[2]!.value,
    sort: selects[3]!.value === 'newest' ? 'newest' : 'relevance',
  });
  const writeForm = (s: SearchState) => {
    input.value = s.q;
    selects[0]!.value = countries.has(s.country) ? s.country : '';
    selects[1]!.value = s.tag;
    if (selects[1]!.value !== s.tag) selects[1]!.value = '';
    selects[2]!.value = s.year;
    if (selects[2]!.value !== s.year) selects[2]!.value = '';
    selects[3]!.value = s.sort;
    clear.hidden = !s.q;
  };

  /** Reads older parts until the next page of results is full or every part is read. */
  const fill = async (mine: number): Promise<boolean> => {
    while (query && results.length < shown + PAGE_SIZE && query.searched < query.plan.length) {
      const { term, filters, sort } = query;
      const step = nextParts(query.plan, query.searched, query.wholeYear);
      const found = await Promise.all(step.map((k) => index.search(k, term, filters, sort)));
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
      since === undefined ? undefined : formatDay(partSince[since], locale) || undefined,
    );
  };

  /**
   * Shows the next page of results, reading older parts first if needed.
   * @param focusNew - move focus to the first new result (after "عرض المزيد", whose button hides).
   */
  const showMore = async (mine: number, focusNew = false) => {
    more.hidden = true;
    if (!(await fill(mine))) return;
    showStatus();
    const page = results.slice(shown, shown + PAGE_SIZE);
    shown += page.length;
    const data = await Promise.all(page.map((r) => r.data()));
    if (mine !== generation) return;
    const before = list.children.length;
    renderResults(list, data, locale, countryMatches);
    if (focusNew)
      (list.children[before] ?? list.lastElementChild)
        ?.querySelector<HTMLAnchorElement>('h2 a')
        ?.focus();
    const unread = query !== undefined && query.searched < query.plan.length;
    more.hidden = shown >= results.length && !unread;
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
        status.textContent =
          'تعذر تحميل فهرس البحث. أعد تحميل الصفحة أو تصفح البلاغات حسب الوسوم والدول.';
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

  const run = async (state: SearchState) => {
    const mine = ++generation;
    root.setAttribute('aria-busy', 'true');
    list.replaceChildren();
    more.hidden = true;
    results = [];
    shown = 0;
    query = undefined;
    const term = root.dataset['normalise'] === 'false' ? state.q.trim() : normaliseQuery(state.q);
    queryWords = term.split(/[\s-]+/).filter(Boolean);
    if (!term && !state.country && !state.tag && !state.year) {
      status.textContent = state.q.trim() ? 'لا توجد كلمات قابلة للبحث في هذا الطلب.' : '';
      done(mine, state);
      return;
    }
    status.textContent = 'جارٍ البحث…';
    const filters: Record<string, string> = {};
    if (state.country) filters[FILTER.country] = countries.get(state.country) ?? state.country;
    if (state.tag) filters[FILTER.tag] = state.tag;
    if (state.year) filters[FILTER.year] = state.year;
    const sort = state.sort === 'newest' || !term ? { date: 'desc' } : undefined;
    // Every part, in order, if the page does not say which years each part holds.
    const plan =
      partYears.length === parts.length
        ? partsToSearch(partYears, state.year)
        : parts.map((_, k) => k);
    query = {
      term: term || null,
      filters,
      sort,
      plan,
      searched: 0,
      text: state.q.trim(),
      wholeYear: Boolean(state.year),
    };
    // A new query after one that read older parts starts from the newest part again.
    if (index.loaded > 1) index.restart();
    await finish(mine, state, showMore(mine));
  };

  /** Records the state in the URL: typing replaces its own history entry, everything else adds one. */
  const commit = (typing: boolean) => {
    const state = readForm();
    clear.hidden = !state.q;
    const url = `${location.pathname}${searchStateToQuery(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      const current = history.state as { typing?: boolean } | null;
      if (typing && current?.typing) history.replaceState({ typing }, '', url);
      else history.pushState({ typing }, '', url);
    }
    void run(state);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => commit(true), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    commit(false);
  });
  for (const select of selects) select.addEventListener('change', () => commit(false));
  clear.addEventListener('click', () => {
    input.value = '';
    input.focus();
    commit(false);
  });
  more.addEventListener('click', () => {
    const mine = generation;
    root.setAttribute('aria-busy', 'true');
    delete root.dataset['completed'];
    void finish(mine, parseSearchState(location.search), showMore(mine, true));
  });
  window.addEventListener('popstate', () => {
    clearTimeout(timer);
    const state = parseSearchState(location.search);
    writeForm(state);
    void run(state);
  });

  root.hidden = false;
  const initial = parseSearchState(location.search);
  writeForm(initial);
  if (hasCriteria(initial)) void run(initial);
  else {
    writeForm(EMPTY_STATE);
    input.focus();
  }
}
