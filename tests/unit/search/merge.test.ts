import { describe, expect, it } from 'vitest';
import { mergeResults, type ScoredResult } from '../../../src/search/browser/merge.ts';

const result = (
  id: string,
  score: number,
  words: number[],
): ScoredResult<{ locations: number[] }> => ({
  id,
  score,
  words,
  data: async () => ({ locations: words }),
});

describe('merging the results of a query’s terms', () => {
  it('keeps each page once with its best score, best first', () => {
    const merged = mergeResults([
      [result('a', 2, [1]), result('b', 1, [4])],
      [result('c', 3, [0]), result('a', 5, [7])],
    ]);
    expect(merged.map((r) => [r.id, r.score])).toEqual([
      ['a', 5],
      ['c', 3],
      ['b', 1],
    ]);
  });

  it('marks every word a page matched under any term', async () => {
    const [a] = mergeResults([[result('a', 2, [9, 1])], [result('a', 1, [4])]]);
    expect(a!.words).toEqual([1, 4, 9]);
    expect((await a!.data()).locations).toEqual([1, 4, 9]);
  });

  it('gives one list back as it is', () => {
    const list = [result('a', 1, [0]), result('b', 2, [0])];
    expect(mergeResults([list]).map((r) => r.id)).toEqual(['a', 'b']);
  });
});
