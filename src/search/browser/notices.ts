/**
 * What the search page says around its results (browser): the line of active filters, each
 * removable and a value the archive does not have marked as such, and, when nothing is found,
 * which filter to drop (the links to browse the archive are in the page's markup).
 */
import type { SearchStrings } from '../contract.ts';
import { el } from './dom.ts';
import type { ActiveFilter } from './filters.ts';
import type { FilterKey } from './url.ts';

/** How one filter reads: «الوسم: أمن الحدود». */
function describe(filter: ActiveFilter, label: string, s: SearchStrings): (Node | string)[] {
  return [
    `${s.filters[filter.key]}${s.colon}`,
    // A tag is the Arabic original's word: on a translation's page it is marked as Arabic.
    el('bdi', {
      textContent: label,
      ...(filter.key === 'tag' && s.lang !== 'ar' ? { lang: 'ar', dir: 'rtl' } : {}),
    }),
    ...(filter.known ? [] : [` (${s.notInArchive})`]),
  ];
}

/**
 * Lists the active filters as buttons that remove them.
 * @param list - the `<ul>` of active filters (hidden when there is none).
 * @param filters - from `activeFilters` (filters.ts).
 * @param label - how a filter value reads (`filterLabel` in form.ts).
 * @param remove - called with the filter to drop.
 * @param s - the page's strings (its language).
 */
export function renderActiveFilters(
  list: HTMLElement,
  filters: readonly ActiveFilter[],
  label: (f: ActiveFilter) => string,
  remove: (key: FilterKey) => void,
  s: SearchStrings,
): void {
  list.replaceChildren(
    ...filters.map((f) => {
      const cross = el('span', { textContent: ' ×' });
      cross.setAttribute('aria-hidden', 'true');
      const button = el(
        'button',
        { type: 'button' },
        el('span', { className: 'visually-hidden', textContent: s.removeFilter }),
        ...describe(f, label(f), s),
        cross,
      );
      button.addEventListener('click', () => remove(f.key));
      return el('li', { className: f.known ? '' : 'unknown' }, button);
    }),
  );
  list.hidden = filters.length === 0;
}

/**
 * Fills the no-results hint: values the archive does not have, a button per filter to drop it
 * (and one for all), or, without filters, advice on the words.
 * @param hint - the hint paragraph of the no-results box.
 * @param filters - the active filters.
 * @param label - how a filter value reads.
 * @param remove - drops one filter (`null`: all of them).
 * @param s - the page's strings (its language).
 */
export function renderNoResults(
  hint: HTMLElement,
  filters: readonly ActiveFilter[],
  label: (f: ActiveFilter) => string,
  remove: (key: FilterKey | null) => void,
  s: SearchStrings,
): void {
  const nodes: (Node | string)[] = [];
  for (const f of filters.filter((f) => !f.known))
    nodes.push(...describe(f, label(f), s).slice(0, 2), ` ${s.notInArchive}. `);
  if (filters.length) {
    nodes.push(s.widen);
    const button = (text: (Node | string)[], key: FilterKey | null) => {
      const b = el('button', { type: 'button', className: 'link-button' }, ...text);
      b.addEventListener('click', () => remove(key));
      return b;
    };
    filters.forEach((f, i) => {
      if (i > 0) nodes.push(' · ');
      nodes.push(button([s.remove, ...describe(f, label(f), s).slice(0, 2)], f.key));
    });
    if (filters.length > 1) nodes.push(' · ', button([s.removeAll], null));
    nodes.push('.');
  } else {
    nodes.push(s.checkWords);
  }
  hint.replaceChildren(...nodes);
}
