import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../../src/arabic/file-size.ts';

describe('formatFileSize', () => {
  it('writes sizes in Arabic with CLDR unit names and the locale digits', () => {
    expect(formatFileSize(240_123, 'ar-MA')).toBe('240 ك.ب');
    expect(formatFileSize(2_400_000, 'ar-MA')).toMatch(/^2[,.]4 م\.ب$/);
    expect(formatFileSize(2_400_000, 'ar-EG')).toBe('٢٫٤ م.ب');
    expect(formatFileSize(35_000_000, 'ar-MA')).toBe('35 م.ب');
    expect(formatFileSize(900, 'ar-MA')).toMatch(/^900 /);
  });

  it('never shows 1000 kB', () => {
    expect(formatFileSize(999_700, 'ar-MA')).toMatch(/^1 م\.ب$/);
  });
});
