import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  hasCriteria,
  parseSearchState,
  searchStateToQuery,
} from '../../../src/search/browser/url.ts';

describe('search state in the URL', () => {
  it('round-trips query and filters', () => {
    const state = {
      q: 'التعاون الأمني',
      country: 'GA',
      tag: 'أمن الحدود',
      year: '2025',
      from: '2024-11',
      to: '2025-02',
      sort: 'newest' as const,
    };
    const query = searchStateToQuery(state);
    expect(query.startsWith('?q=')).toBe(true);
    expect(parseSearchState(query)).toEqual(state);
  });

  it('leaves out empty values and the default sort', () => {
    expect(searchStateToQuery(EMPTY_STATE)).toBe('');
    expect(searchStateToQuery({ ...EMPTY_STATE, q: '  G20 ' })).toBe('?q=G20');
  });

  it('ignores malformed values instead of failing', () => {
    expect(parseSearchState('?country=Gabon&year=25&sort=oldest&q=x')).toEqual({
      ...EMPTY_STATE,
      q: 'x',
    });
    expect(parseSearchState('country=ga').country).toBe('GA');
    expect(parseSearchState('?from=2025-13&to=June').from).toBe('');
  });

  it('reads a period given backwards as the same period', () => {
    const state = parseSearchState('?from=2025-06&to=2024-01');
    expect([state.from, state.to]).toEqual(['2024-01', '2025-06']);
  });

  it('knows when there is something to search for', () => {
    expect(hasCriteria(EMPTY_STATE)).toBe(false);
    expect(hasCriteria({ ...EMPTY_STATE, q: '   ' })).toBe(false);
    expect(hasCriteria({ ...EMPTY_STATE, year: '2024' })).toBe(true);
    expect(hasCriteria({ ...EMPTY_STATE, to: '2024-05' })).toBe(true);
    expect(hasCriteria({ ...EMPTY_STATE, sort: 'newest' })).toBe(false);
  });
});
