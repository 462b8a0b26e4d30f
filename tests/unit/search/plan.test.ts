import { describe, expect, it } from 'vitest';
import { nextParts, partsToSearch, searchedSince } from '../../../src/search/browser/plan.ts';
import { yearsToRead } from '../../../src/search/browser/filters.ts';
import { EMPTY_STATE } from '../../../src/search/browser/url.ts';
import {
  assignPages,
  countByYear,
  partStartDays,
  searchParts,
} from '../../../src/search/build/parts.ts';

// Parts as src/search/build/parts.ts makes them: 2025's newest slice, 2025's older slice… newest first.
const partYears = [[2025], [2025], [2024, 2023], [2022], [2021, 2020]];

/** Synthetic pages: `n` releases in each given year, spread over its months. */
function pages(perYear: [number, number][]) {
  return perYear.flatMap(([year, n]) =>
    Array.from({ length: n }, (_, i) => ({
      year,
      key: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T00:00`,
      id: `${year}/${i}`,
    })),
  );
}

/** The years a year filter allows, as the search page computes them. */
const year = (y: string) => yearsToRead({ ...EMPTY_STATE, year: y });

describe('partsToSearch', () => {
  it('reads every part, newest first, for all years', () => {
    expect(partsToSearch(partYears, undefined)).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads only the parts of the years a period covers', () => {
    const period = (from: string, to: string) =>
      partsToSearch(partYears, yearsToRead({ ...EMPTY_STATE, from, to }));
    expect(period('2022-03', '2023-11')).toEqual([2, 3]);
    expect(period('2024-06', '')).toEqual([0, 1, 2]);
    expect(period('', '2020-12')).toEqual([4]);
    expect(
      partsToSearch(partYears, yearsToRead({ ...EMPTY_STATE, year: '2022', from: '2024-01' })),
    ).toEqual([]);
  });

  it('reads only the parts that hold the year filter, including a year split over parts', () => {
    expect(partsToSearch(partYears, year('2023'))).toEqual([2]);
    expect(partsToSearch(partYears, year('2025'))).toEqual([0, 1]);
    expect(partsToSearch(partYears, year('1999'))).toEqual([]);
  });

  it('finds every page of a year in the parts it reads for that year, in a real split', () => {
    const all = pages([
      [2011, 7],
      [2012, 2],
      [2013, 9],
      [2014, 1],
      [2015, 4],
    ]);
    const parts = searchParts(countByYear(all.map((p) => p.year)), 3);
    const placed = assignPages(all, parts);
    for (const year of [2011, 2012, 2013, 2014, 2015]) {
      const read = new Set(
        partsToSearch(
          parts.map((p) => p.years),
          yearsToRead({ ...EMPTY_STATE, year: String(year) }),
        ).flatMap((k) => placed[k]!.map((p) => p.id)),
      );
      const ofYear = all.filter((p) => p.year === year).map((p) => p.id);
      expect(
        ofYear.every((id) => read.has(id)),
        String(year),
      ).toBe(true);
      // …and nothing of another year is read beyond the parts shared with neighbouring years.
      expect(read.size).toBeLessThan(all.length);
    }
  });
});

describe('nextParts', () => {
  it('reads one part first, then steps that double, and covers the plan exactly once', () => {
    const plan = Array.from({ length: 30 }, (_, k) => k);
    const steps: number[][] = [];
    for (let searched = 0; searched < plan.length;) {
      const step = nextParts(plan, searched);
      steps.push(step);
      searched += step.length;
    }
    expect(steps.map((s) => s.length)).toEqual([1, 2, 4, 8, 15]);
    expect(steps.flat()).toEqual(plan);
    expect(nextParts(plan, 30)).toEqual([]);
  });

  it('follows the plan, not part positions, and reads the rest at once when asked (a year filter)', () => {
    expect(nextParts([3, 5, 8], 1)).toEqual([5, 8]);
    expect(nextParts([0, 1], 0, true)).toEqual([0, 1]);
  });
});

describe('searchedSince', () => {
  it('names the last part read while parts remain, and nothing once the search is complete', () => {
    const plan = [0, 1, 2, 3, 4];
    expect(searchedSince(plan, 0)).toBeUndefined();
    expect(searchedSince(plan, 1)).toBe(0);
    expect(searchedSince(plan, 3)).toBe(2);
    expect(searchedSince(plan, 5)).toBeUndefined();
  });

  it('bounds results by the oldest day of that part, also when a year is split over parts', () => {
    // 2025 has 10 pages, parts hold 6: its newest 4 pages (September–December) are part 0.
    const all = pages([
      [2024, 3],
      [2025, 10],
    ]);
    const parts = searchParts(countByYear(all.map((p) => p.year)), 6);
    const days = partStartDays(assignPages(all, parts));
    expect(parts.map((p) => p.years)).toEqual([[2025], [2025], [2024]]);
    const since = days[searchedSince([0, 1, 2], 1)!]!;
    // Every page newer than that day is in part 0; part 1 holds only older or equal days.
    const placed = assignPages(all, parts);
    expect(placed[0]!.every((p) => p.key.slice(0, 10) >= since)).toBe(true);
    expect(placed[1]!.every((p) => p.key.slice(0, 10) <= since)).toBe(true);
    expect(since > '2025-01-31').toBe(true);
  });
});
