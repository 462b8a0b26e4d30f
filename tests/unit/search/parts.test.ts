import { describe, expect, it } from 'vitest';
import {
  assignPages,
  countByYear,
  searchParts,
  type PartPage,
  type SearchPart,
} from '../../../src/search/build/parts.ts';

const counts = (entries: [number, number][]) => new Map(entries);
const summary = (parts: SearchPart[]) => parts.map((p) => [p.bundle, p.years, p.pages]);

describe('searchParts', () => {
  it('keeps an archive up to the maximum in one part, the primary bundle', () => {
    expect(
      searchParts(
        counts([
          [2024, 4],
          [2025, 6],
        ]),
        10,
      ),
    ).toEqual([{ index: 0, bundle: 'pagefind/', years: [2025, 2024], pages: 10 }]);
    expect(searchParts(new Map(), 10)).toEqual([]);
    expect(
      searchParts(
        counts([
          [2024, 0],
          [2025, 3],
        ]),
        10,
      ),
    ).toEqual([{ index: 0, bundle: 'pagefind/', years: [2025], pages: 3 }]);
  });

  it('groups whole years from the oldest, lists parts newest first, and no part exceeds the maximum', () => {
    const parts = searchParts(
      counts([
        [2022, 5],
        [2020, 3],
        [2024, 4],
        [2021, 3],
        [2023, 2],
      ]),
      6,
    );
    expect(summary(parts)).toEqual([
      ['pagefind/', [2024], 4],
      ['pagefind/part-2023/', [2023], 2],
      ['pagefind/part-2022/', [2022], 5],
      ['pagefind/part-2020/', [2021, 2020], 6],
    ]);
    expect(parts.map((p) => p.index)).toEqual([0, 1, 2, 3]);
  });

  it('keeps the newest year in a part of its own, which a first query downloads', () => {
    // 2025 would fit next to 2024 (3 + 2 ≤ 6), but the newest part holds this year only.
    const parts = searchParts(
      counts([
        [2023, 4],
        [2024, 3],
        [2025, 2],
      ]),
      6,
    );
    expect(summary(parts)).toEqual([
      ['pagefind/', [2025], 2],
      ['pagefind/part-2024/', [2024], 3],
      ['pagefind/part-2023/', [2023], 4],
    ]);
    // The first release of 2026: 2025 becomes an ordinary year and joins 2024's part.
    expect(
      summary(
        searchParts(
          counts([
            [2023, 4],
            [2024, 3],
            [2025, 2],
            [2026, 1],
          ]),
          6,
        ),
      ),
    ).toEqual([
      ['pagefind/', [2026], 1],
      ['pagefind/part-2024/', [2025, 2024], 5],
      ['pagefind/part-2023/', [2023], 4],
    ]);
  });

  it('cuts a year larger than the maximum into full slices from its oldest pages, the rest in the newest slice', () => {
    const parts = searchParts(
      counts([
        [2023, 2],
        [2024, 9],
        [2025, 1],
      ]),
      4,
    );
    expect(summary(parts)).toEqual([
      ['pagefind/', [2025], 1],
      ['pagefind/part-2024-3/', [2024], 1],
      ['pagefind/part-2024-2/', [2024], 4],
      ['pagefind/part-2024-1/', [2024], 4],
      ['pagefind/part-2023/', [2023], 2],
    ]);
    expect(parts[2]!.slice).toEqual({ number: 2, of: 3 });
  });

  it('gives the same parts for the same counts, whatever their order', () => {
    const a = searchParts(
      counts([
        [2019, 7],
        [2020, 1],
        [2021, 4],
        [2022, 12],
      ]),
      5,
    );
    const b = searchParts(
      counts([
        [2022, 12],
        [2021, 4],
        [2019, 7],
        [2020, 1],
      ]),
      5,
    );
    expect(b).toEqual(a);
  });

  it('adding a release in the newest year changes only the part that holds that year', () => {
    const base: [number, number][] = [
      [2015, 40],
      [2016, 35],
      [2017, 50],
      [2018, 20],
      [2019, 30],
      [2020, 25],
    ];
    const key = (p: SearchPart) => JSON.stringify([p.bundle, p.years, p.pages, p.slice]);
    let splits = 0;
    for (let n = 25; n <= 260; n++) {
      const before = searchParts(counts(base.map(([y, c]) => [y, y === 2020 ? n : c])), 100);
      const after = searchParts(counts(base.map(([y, c]) => [y, y === 2020 ? n + 1 : c])), 100);
      const holder = before.find(
        (p) => p.years.includes(2020) && !after.some((q) => key(q) === key(p)),
      );
      // Every part without the newest year is unchanged: same years, size and bundle folder.
      for (const p of before)
        if (p !== holder && !p.years.includes(2020)) expect(after.map(key)).toContain(key(p));
      // What is new holds the newest year, or the other years of the part that held it.
      const added = after.filter((q) => !before.some((p) => key(p) === key(q)));
      for (const q of added) {
        const ok =
          q.years.includes(2020) ||
          (holder !== undefined && q.years.every((y) => holder.years.includes(y)));
        expect(ok, `${n} → ${n + 1}: ${key(q)}`).toBe(true);
      }
      if (after.length > before.length) splits++;
      expect(after.every((p) => p.pages <= 100)).toBe(true);
    }
    expect(splits).toBeGreaterThan(0); // the loop crosses the point where the newest part is full
  });

  it('refuses a maximum that is not a whole number of at least 1', () => {
    expect(() => searchParts(counts([[2024, 1]]), 0)).toThrow(/whole number/);
    expect(() => searchParts(counts([[2024, 1]]), 2.5)).toThrow(/whole number/);
  });
});

describe('assignPages', () => {
  const page = (year: number, day: number, id = `${year}-${day}`): PartPage => ({
    year,
    key: `${year}-01-${String(day).padStart(2, '0')}T00:00`,
    id,
  });

  it('puts every page of a whole year in the part holding that year', () => {
    const pages = [page(2020, 1), page(2021, 1), page(2021, 2), page(2022, 5)];
    const parts = searchParts(countByYear(pages.map((p) => p.year)), 2);
    const placed = assignPages(pages, parts);
    expect(placed.map((list) => list.map((p) => p.id).sort())).toEqual([
      ['2022-5'],
      ['2021-1', '2021-2'],
      ['2020-1'],
    ]);
  });

  it('cuts a large year in date order: the newest slice holds the newest pages', () => {
    const pages = [5, 1, 4, 2, 3].map((d) => page(2024, d));
    const parts = searchParts(countByYear(pages.map((p) => p.year)), 2);
    const placed = assignPages(pages, parts).map((list) => list.map((p) => p.id));
    expect(placed).toEqual([['2024-5'], ['2024-3', '2024-4'], ['2024-1', '2024-2']]);
  });

  it('says which year is missing when the pages do not match the parts', () => {
    const parts = searchParts(counts([[2024, 1]]), 5);
    expect(() => assignPages([page(2023, 1)], parts)).toThrow(/2023/);
  });
});
