import { describe, expect, it } from 'vitest';
import { plural, RESULTS } from '../../../src/arabic/plural.ts';
import { ar } from '../../../src/i18n/ar.ts';

const RELEASES = ar.releases;

describe('Arabic plurals (the interface counts «بلاغ», never «بيان»)', () => {
  it.each([
    [0, 'لا بلاغات'],
    [1, 'بلاغ واحد'],
    [2, 'بلاغان'],
    [3, '3 بلاغات'],
    [10, '10 بلاغات'],
    [11, '11 بلاغًا'],
    [99, '99 بلاغًا'],
    [100, '100 بلاغ'],
    [102, '102 بلاغ'],
    [103, '103 بلاغات'],
  ])('%i → %s', (n, text) => {
    expect(plural(n, RELEASES, 'ar-MA')).toBe(text);
  });

  it('uses the locale digits', () => {
    expect(plural(11, RELEASES, 'ar-EG')).toBe('١١ بلاغًا');
    expect(plural(2, RESULTS, 'ar-EG')).toBe('نتيجتان');
  });
});
