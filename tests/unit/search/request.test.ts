import { describe, expect, it } from 'vitest';
import { TERMINATOR } from '../../../src/arabic/search-fold.ts';
import type { Facets } from '../../../src/search/browser/filters.ts';
import { searchRequest } from '../../../src/search/browser/request.ts';
import { EMPTY_STATE } from '../../../src/search/browser/url.ts';

const facets: Facets = {
  countries: new Map([['GA', 'الغابون']]),
  tags: ['أمن الحدود'],
  years: ['2025', '2024', '2023'],
  months: ['2025-06', '2025-01', '2024-12', '2024-03', '2023-02'],
};
const partYears = [[2025], [2024, 2023]];

describe('what a search asks of the index', () => {
  it('asks nothing without a searchable word or a filter', () => {
    expect(searchRequest({ ...EMPTY_STATE, q: ' ، ' }, facets, partYears, 2)).toBeUndefined();
    expect(searchRequest({ ...EMPTY_STATE, sort: 'newest' }, facets, partYears, 2)).toBeUndefined();
  });

  it('turns the query into terms, by relevance, reading every part newest first', () => {
    const r = searchRequest({ ...EMPTY_STATE, q: 'لتونس' }, facets, partYears, 2)!;
    expect(r.terms).toEqual([`لتونس${TERMINATOR}`, `تونس${TERMINATOR}`]);
    expect(r.sort).toBeUndefined();
    expect([r.plan, r.wholeYears]).toEqual([[0, 1], false]);
  });

  it('searches a period by its months, newest first, reading only the parts of its years at once', () => {
    const r = searchRequest(
      { ...EMPTY_STATE, from: '2024-01', to: '2024-12' },
      facets,
      partYears,
      2,
    )!;
    expect(r.terms).toBeNull();
    expect(r.filters).toEqual({ month: { any: ['2024-03', '2024-12'] } });
    expect(r.sort).toEqual({ date: 'desc' });
    expect([r.plan, r.wholeYears]).toEqual([[1], true]);
  });

  it('passes a value the archive does not have, so that the search finds nothing', () => {
    const r = searchRequest(
      { ...EMPTY_STATE, q: 'x', country: 'ZZ', tag: 'مجهول' },
      facets,
      partYears,
      2,
    )!;
    expect(r.filters).toEqual({ country: 'ZZ', tag: 'مجهول' });
    const empty = searchRequest(
      { ...EMPTY_STATE, from: '2020-01', to: '2020-05' },
      facets,
      partYears,
      2,
    )!;
    expect([empty.filters, empty.plan]).toEqual([{ month: { any: ['2020-01'] } }, []]);
  });

  it('passes the query as typed to plain Pagefind, and reads every part when years are unknown', () => {
    const r = searchRequest({ ...EMPTY_STATE, q: ' الغابون ' }, facets, [], 3, true)!;
    expect([r.terms, r.plan]).toEqual([['الغابون'], [0, 1, 2]]);
  });
});
