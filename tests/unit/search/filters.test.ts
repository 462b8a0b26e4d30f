import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  monthsInPeriod,
  pagefindFilters,
  yearsToRead,
  type Facets,
} from '../../../src/search/browser/filters.ts';
import { EMPTY_STATE } from '../../../src/search/browser/url.ts';

const facets: Facets = {
  countries: new Map([['GA', 'الغابون']]),
  tags: ['أمن الحدود'],
  years: ['2025', '2024'],
  months: ['2025-06', '2025-01', '2024-12'],
};

describe('search filters', () => {
  it('asks Pagefind for the Arabic country name, the tag, the year and the months of the period', () => {
    const state = {
      ...EMPTY_STATE,
      country: 'GA',
      tag: 'أمن الحدود',
      year: '2025',
      from: '2025-01',
    };
    expect(pagefindFilters(state, facets)).toEqual({
      country: 'الغابون',
      tag: 'أمن الحدود',
      year: '2025',
      month: { any: ['2025-01', '2025-06'] },
    });
    expect(monthsInPeriod({ ...EMPTY_STATE, to: '2024-12' }, facets)).toEqual(['2024-12']);
  });

  it('reads the years a year filter and a period allow, open periods included', () => {
    const years = (state: Partial<typeof EMPTY_STATE>) => {
      const test = yearsToRead({ ...EMPTY_STATE, ...state });
      return test && [2019, 2024, 2025, 2030].filter(test);
    };
    expect(years({})).toBeUndefined();
    expect(years({ year: '2024' })).toEqual([2024]);
    expect(years({ from: '2024-05' })).toEqual([2024, 2025, 2030]);
    expect(years({ to: '2024-05' })).toEqual([2019, 2024]);
    expect(years({ year: '2025', to: '2024-05' })).toEqual([]);
  });

  it('lists the active filters, saying which values the archive does not have', () => {
    const state = {
      ...EMPTY_STATE,
      country: 'ZZ',
      tag: 'أمن الحدود',
      year: '1999',
      from: '2020-01',
    };
    expect(activeFilters(state, facets)).toEqual([
      { key: 'country', value: 'ZZ', known: false },
      { key: 'tag', value: 'أمن الحدود', known: true },
      { key: 'year', value: '1999', known: false },
      { key: 'from', value: '2020-01', known: true }, // a period bound needs no release in it
    ]);
  });
});
