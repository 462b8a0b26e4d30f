import { describe, expect, it } from 'vitest';
import { pageParam, pageSlices } from '../../../src/archive/pagination.ts';

describe('pagination', () => {
  it('splits into full pages and a last partial one', () => {
    const pages = pageSlices([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.every((p) => p.last === 3)).toBe(true);
  });

  it('still has a first page when there is nothing to list', () => {
    expect(pageSlices([], 10)).toEqual([{ page: 1, last: 1, items: [] }]);
  });

  it('gives page 1 no URL segment', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
  });
});
