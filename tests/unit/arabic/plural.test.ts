import { describe, expect, it } from 'vitest';
import { plural, RELEASES, RESULTS } from '../../../src/arabic/plural.ts';

describe('Arabic plurals', () => {
  it.each([
    [0, 'لا بيانات'],
    [1, 'بيان واحد'],
    [2, 'بيانان'],
    [3, '3 بيانات'],
    [10, '10 بيانات'],
    [11, '11 بيانًا'],
    [99, '99 بيانًا'],
    [100, '100 بيان'],
    [102, '102 بيان'],
    [103, '103 بيانات'],
  ])('%i → %s', (n, text) => {
    expect(plural(n, RELEASES, 'ar-MA')).toBe(text);
  });

  it('uses the locale digits', () => {
    expect(plural(11, RELEASES, 'ar-EG')).toBe('١١ بيانًا');
    expect(plural(2, RESULTS, 'ar-EG')).toBe('نتيجتان');
  });
});
