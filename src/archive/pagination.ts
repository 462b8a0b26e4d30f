/**
 * Splits a list into numbered pages for static generation.
 * @param items - the whole list, already sorted.
 * @param size - items per page (≥ 1).
 * @returns one slice per page; an empty list still yields page 1 (an empty index page).
 */
export function pageSlices<T>(
  items: readonly T[],
  size: number,
): { page: number; last: number; items: T[] }[] {
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, i) => ({
    page: i + 1,
    last,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** The Astro rest parameter for page n: `undefined` for page 1, else the number as text. */
export function pageParam(page: number): string | undefined {
  return page > 1 ? String(page) : undefined;
}
