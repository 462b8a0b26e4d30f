/**
 * The search page's controller (browser). It keeps the search state in the URL, runs Pagefind
 * with the normalised query and renders the results (src/scripts/search/render.ts).
 * Pagefind's own script is loaded from the built bundle on the first search, without its web
 * worker (one file less to download), and the other parts of the index are merged into it
 * (src/scripts/search/pagefind.ts).
 */
import { normaliseQuery, normaliseText } from '../../lib/search-normalise.ts';
import { EMPTY_STATE, hasCriteria, parseSearchState, searchStateToQuery, type SearchState } from '../../lib/search-url.ts';
import { loadPagefind, searchParts, type Pagefind } from './pagefind.ts';
import { renderResults, renderStatus, type PagefindResult } from './render.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;

/**
 * Starts the search interface in its root element (`SearchUI.astro`).
 * @param root - element carrying `data-parts` (bundle URLs, newest part first, space-separated),
 *   `data-base`, `data-locale` and `data-countries`.
 */
export function startSearch(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const selects = ['country', 'tag', 'year', 'sort'].map((n) => form.elements.namedItem(n) as HTMLSelectElement);
  const clear = root.querySelector<HTMLButtonElement>('.search-clear')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  const locale = root.dataset['locale'] ?? 'ar';
  const countryList = JSON.parse(root.dataset['countries'] ?? '[]') as { code: string; name: string; latin: string[] }[];
  const countries = new Map(countryList.map((c) => [c.code, c.name]));
  /** Arabic country name → its names' search forms, to mark the country a query matched. */
  const countryWords = new Map(countryList.map((c) => [c.name, normaliseText([c.name, ...c.latin].join(' ')).split(/[\s-]+/)]));
  let queryWords: string[] = [];
  const countryMatches = (name: string) =>
    queryWords.length > 0 && queryWords.every((q) => (countryWords.get(name) ?? []).some((w) => w.startsWith(q)));
  let pagefind: Promise<Pagefind> | undefined;
  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const parts = (root.dataset['parts'] || root.dataset['bundle'] || '/pagefind/').split(' ').filter(Boolean);
  const load = () => (pagefind ??= loadPagefind(parts, root.dataset['base'] ?? '/'));

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

  const showMore = async (mine: number) => {
    const page = results.slice(shown, shown + PAGE_SIZE);
    shown += page.length;
    more.hidden = true;
    const data = await Promise.all(page.map((r) => r.data()));
    if (mine !== generation) return;
    renderResults(list, data, locale, countryMatches);
    more.hidden = shown >= results.length;
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
    const term = root.dataset['normalise'] === 'false' ? state.q.trim() : normaliseQuery(state.q);
    queryWords = term.split(/[\s-]+/).filter(Boolean);
    if (!term && !state.country && !state.tag && !state.year) {
      status.textContent = state.q.trim() ? 'لا توجد كلمات قابلة للبحث في هذا الطلب.' : '';
      done(mine, state);
      return;
    }
    status.textContent = 'جارٍ البحث…';
    const filters: Record<string, string> = {};
    if (state.country) filters['country'] = countries.get(state.country) ?? state.country;
    if (state.tag) filters['tag'] = state.tag;
    if (state.year) filters['year'] = state.year;
    const sort = state.sort === 'newest' || !term ? { date: 'desc' } : undefined;
    try {
      const pf = await load();
      const found = await searchParts(pf, parts.length, term || null, filters, sort);
      if (mine !== generation) return;
      results = found;
      renderStatus(status, results.length, state.q.trim(), locale);
      await showMore(mine);
      done(mine, state);
    } catch (error) {
      if (mine !== generation) return;
      status.textContent = 'تعذر تحميل فهرس البحث. أعد تحميل الصفحة أو تصفح البلاغات حسب الوسوم والدول.';
      console.error(error);
      done(mine, state);
    }
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
  more.addEventListener('click', () => void showMore(generation));
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
