import { describe, expect, it } from 'vitest';
import {
  dateTimeFormat,
  displayNames,
  numberFormat,
  pluralRules,
  segmenter,
} from '../../../src/arabic/intl-cache.ts';

describe('intl-cache', () => {
  it('reuses one formatter per locale and options', () => {
    const a = dateTimeFormat('ar-MA-u-ca-gregory', { timeZone: 'UTC', month: 'long' });
    expect(dateTimeFormat('ar-MA-u-ca-gregory', { timeZone: 'UTC', month: 'long' })).toBe(a);
    expect(dateTimeFormat('ar-MA-u-ca-gregory', { timeZone: 'UTC', month: 'short' })).not.toBe(a);
    expect(numberFormat('ar-EG')).toBe(numberFormat('ar-EG'));
  });

  it('formats exactly like a fresh Intl object', () => {
    const day = new Date(Date.UTC(2025, 5, 18, 12));
    const options = { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' } as const;
    expect(dateTimeFormat('ar-EG-u-ca-islamic-umalqura', options).format(day)).toBe(
      new Intl.DateTimeFormat('ar-EG-u-ca-islamic-umalqura', options).format(day),
    );
    expect(numberFormat('ar-EG').format(2025)).toBe(new Intl.NumberFormat('ar-EG').format(2025));
    expect(displayNames(['ar'], { type: 'region' }).of('GA')).toBe(
      new Intl.DisplayNames(['ar'], { type: 'region' }).of('GA'),
    );
    expect(pluralRules('ar').select(11)).toBe('many');
    expect([...segmenter('ar', { granularity: 'word' }).segment('في الرباط')].length).toBe(3);
  });
});
