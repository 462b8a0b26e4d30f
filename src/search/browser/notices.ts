/**
 * What the search page says around its results (browser): the line of active filters, each
 * removable and a value the archive does not have marked as such, and, when nothing is found,
 * which filter to drop (the links to browse the archive are in the page's markup).
 */
import { el } from './dom.ts';
import type { ActiveFilter } from './filters.ts';
import type { FilterKey } from './url.ts';

/** The filters' names as the page shows them. */
export const FILTER_NAMES: Record<FilterKey, string> = {
  country: 'الدولة',
  tag: 'الوسم',
  year: 'السنة',
  from: 'من',
  to: 'إلى',
};

const NOT_IN_ARCHIVE = 'غير موجود في الأرشيف';

/** How one filter reads: «الوسم: أمن الحدود». */
function describe(filter: ActiveFilter, label: string): (Node | string)[] {
  return [
    `${FILTER_NAMES[filter.key]}: `,
    el('bdi', { textContent: label }),
    ...(filter.known ? [] : [` (${NOT_IN_ARCHIVE})`]),
  ];
}

/**
 * Lists the active filters as buttons that remove them.
 * @param list - the `<ul>` of active filters (hidden when there is none).
 * @param filters - from `activeFilters` (filters.ts).
 * @param label - how a filter value reads (`filterLabel` in form.ts).
 * @param remove - called with the filter to drop.
 */
export function renderActiveFilters(
  list: HTMLElement,
  filters: readonly ActiveFilter[],
  label: (f: ActiveFilter) => string,
  remove: (key: FilterKey) => void,
): void {
  list.replaceChildren(
    ...filters.map((f) => {
      const cross = el('span', { textContent: ' ×' });
      cross.setAttribute('aria-hidden', 'true');
      const button = el(
        'button',
        { type: 'button' },
        el('span', { className: 'visually-hidden', textContent: 'إزالة عامل التصفية ' }),
        ...describe(f, label(f)),
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
 */
export function renderNoResults(
  hint: HTMLElement,
  filters: readonly ActiveFilter[],
  label: (f: ActiveFilter) => string,
  remove: (key: FilterKey | null) => void,
): void {
  const nodes: (Node | string)[] = [];
  for (const f of filters.filter((f) => !f.known))
    nodes.push(...describe(f, label(f)).slice(0, 2), ` ${NOT_IN_ARCHIVE}. `);
  if (filters.length) {
    nodes.push('جرّب توسيع البحث: ');
    const button = (text: (Node | string)[], key: FilterKey | null) => {
      const b = el('button', { type: 'button', className: 'link-button' }, ...text);
      b.addEventListener('click', () => remove(key));
      return b;
    };
    filters.forEach((f, i) => {
      if (i > 0) nodes.push(' · ');
      nodes.push(button(['إزالة ', ...describe(f, label(f)).slice(0, 2)], f.key));
    });
    if (filters.length > 1) nodes.push(' · ', button(['إزالة كل عوامل التصفية'], null));
    nodes.push('.');
  } else {
    nodes.push('تحقق من كتابة الكلمات، أو جرّب كلمات أقل أو أعم.');
  }
  hint.replaceChildren(...nodes);
}
