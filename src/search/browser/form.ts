/**
 * The search form of the search page (browser): reads and writes its state, and shows a filter
 * value from the URL that the archive does not have as a selected option of its menu («… (غير
 * موجود في الأرشيف)»), so that no filter is ever applied unseen and choosing «كل …» removes it.
 * A month from the URL that bounds the period is shown the same way, as a plain month.
 */
import { formatMonthName, formatNumber } from '../../arabic/dates.ts';
import type { Facets } from './filters.ts';
import type { FilterKey, SearchState } from './url.ts';

/** The form's menus, by filter. */
const MENUS = ['country', 'tag', 'year', 'from', 'to', 'sort'] as const;
type Menu = (typeof MENUS)[number];

/** Attribute of an option added for a value the archive does not have. */
const UNKNOWN = 'data-unknown';

/**
 * How a filter value reads for the reader: a country's Arabic name, a month name and year.
 * @param key - the filter.
 * @param value - its value in the URL.
 * @param facets - the archive's values.
 * @param locale - BCP 47 locale of the archive.
 */
export function filterLabel(key: FilterKey, value: string, facets: Facets, locale: string): string {
  if (key === 'country') return facets.countries.get(value) ?? value;
  if (key === 'year') return formatNumber(Number(value), locale, false);
  if (key === 'from' || key === 'to') {
    const [y, m] = value.split('-').map(Number) as [number, number];
    return `${formatMonthName(y, m, locale)} ${formatNumber(y, locale, false)}`;
  }
  return value;
}

/** The search form: its query box and menus. */
export interface SearchForm {
  input: HTMLInputElement;
  clear: HTMLButtonElement;
  menus: HTMLSelectElement[];
  /** The state the form shows. */
  read(): SearchState;
  /** Shows a state, adding a marked option for each value the archive does not have. */
  write(state: SearchState): void;
}

/**
 * Binds the form inside the search root.
 * @param root - the search root (SearchUI.astro).
 * @param facets - the archive's values, to label unknown ones.
 * @param locale - the archive locale.
 * @param notInArchive - the page language's words for a value the archive does not have.
 */
export function searchForm(
  root: HTMLElement,
  facets: Facets,
  locale: string,
  notInArchive: string,
): SearchForm {
  const form = root.querySelector('form')!;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const clear = root.querySelector<HTMLButtonElement>('.search-clear')!;
  const menu = (name: Menu) => form.elements.namedItem(name) as HTMLSelectElement;
  const select = (name: Menu, value: string) => {
    const el = menu(name);
    for (const option of el.querySelectorAll(`option[${UNKNOWN}]`)) option.remove();
    el.value = value;
    if (el.value === value) return;
    if (name === 'sort' || !value) {
      el.value = el.options[0]?.value ?? '';
      return;
    }
    // A month that bounds a period is valid without releases in it; other values are not.
    const period = name === 'from' || name === 'to';
    const label = filterLabel(name, value, facets, locale);
    const option = new Option(period ? label : `${label} (${notInArchive})`, value);
    option.setAttribute(UNKNOWN, '');
    el.add(option, 1);
    el.value = value;
  };
  return {
    input,
    clear,
    menus: MENUS.map(menu),
    read: () => ({
      q: input.value,
      country: menu('country').value,
      tag: menu('tag').value,
      year: menu('year').value,
      from: menu('from').value,
      to: menu('to').value,
      sort: menu('sort').value === 'newest' ? 'newest' : 'relevance',
    }),
    write(state) {
      input.value = state.q;
      for (const name of MENUS) select(name, state[name]);
      clear.hidden = !state.q;
    },
  };
}
