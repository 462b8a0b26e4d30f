import { describe, expect, it } from 'vitest';
import { nextParts, partsToSearch, searchedSince } from '../../src/lib/search-plan.ts';
import { countByYear, searchParts } from '../../src/lib/search-parts.ts';

// Parts as src/lib/search-parts.ts makes them: 2025 alone, 2025's older slice… newest first.
const partYears = [[2025], [2025], [2024, 2023], [2022], [2021, 2020]];

describe('partsToSearch', () => {
  it('reads every part, newest first, for all years', () => {
    expect(partsToSearch(partYears, '')).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads only the parts that hold the year filter, including a year split over parts', () => {
    expect(partsToSearch(partYears, '2023')).toEqual([2]);
    expect(partsToSearch(partYears, '2025')).toEqual([0, 1]);
    expect(partsToSearch(partYears, '1999')).toEqual([]);
  });

  it('finds every year of a real split in exactly the part that holds it', () => {
    const counts = countByYear([2011, 2011, 2012, 2013, 2013, 2013, 2014, 2015, 2015]);
    const parts = searchParts(counts, 3);
    for (const year of counts.keys()) {
      const found = partsToSearch(parts.map((p) => p.years), String(year));
      expect(found.reduce((n, k) => n + (parts[k]!.years.includes(year) ? 1 : 0), 0)).toBe(found.length);
      expect(found.length).toBeGreaterThan(0);
    }
  });
});

describe('nextParts', () => {
  it('reads one part first, then steps that double, and covers the plan exactly once', () => {
    const plan = Array.from({ length: 30 }, (_, k) => k);
    const steps: number[][] = [];
    for (let searched = 0; searched < plan.length; ) {
      const step = nextParts(plan, searched);
      steps.push(step);
      searched += step.length;
    }
    expect(steps.map((s) => s.length)).toEqual([1, 2, 4, 8, 15]);
    expect(steps.flat()).toEqual(plan);
    expect(nextParts(plan, 30)).toEqual([]);
  });

  it('follows the plan, not part positions', () => {
    expect(nextParts([3, 5, 8], 1)).toEqual([5, 8]);
  });
});

describe('searchedSince', () => {
  it('names the oldest year read while older parts remain, and nothing once the search is complete', () => {
    const plan = partsToSearch(partYears, '');
    expect(searchedSince(partYears, plan, 0)).toBeUndefined();
    expect(searchedSince(partYears, plan, 1)).toBe(2025);
    expect(searchedSince(partYears, plan, 3)).toBe(2023);
    expect(searchedSince(partYears, plan, 5)).toBeUndefined();
  });
});
