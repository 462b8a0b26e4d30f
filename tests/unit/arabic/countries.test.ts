import { describe, expect, it } from 'vitest';
import {
  countryCodeOf,
  countryName,
  isCountryCode,
  ISO_ALPHA2,
  sortCountryCodes,
  suggestCountryCodes,
} from '../../../src/arabic/countries.ts';

describe('countries', () => {
  it('knows the 249 assigned ISO 3166-1 alpha-2 codes', () => {
    expect(ISO_ALPHA2.size).toBe(249);
    for (const code of ['GB', 'GA', 'MY', 'MA', 'PS', 'EH', 'SS'])
      expect(isCountryCode(code)).toBe(true);
    for (const code of ['UK', 'XK', 'gb', 'ZZ', 'EU']) expect(isCountryCode(code)).toBe(false);
  });

  it('names countries in Arabic from CLDR, with office overrides first', () => {
    expect(countryName('GA')).toBe('الغابون');
    expect(countryName('my')).toBe('ماليزيا');
    expect(countryName('GB')).toBe('المملكة المتحدة');
    expect(countryName('PS', { PS: 'فلسطين' })).toBe('فلسطين');
  });

  it('suggests the code meant', () => {
    expect(suggestCountryCodes('UK')[0]).toBe('GB');
    expect(suggestCountryCodes('ga')[0]).toBe('GA');
    expect(suggestCountryCodes('Gabon')).toContain('GA');
    expect(suggestCountryCodes('الغابون')).toContain('GA');
    expect(suggestCountryCodes('GX')).toContain('GA');
  });

  it('sorts by Arabic name with the Arabic collator', () => {
    expect(sortCountryCodes(['MY', 'GA', 'GB', 'MA'])).toEqual(['GA', 'MA', 'GB', 'MY']);
  });

  it('recognises what a publisher writes for a country: alias, alpha-3, a name in ar, en or fr', () => {
    expect(countryCodeOf('UK')).toEqual({ code: 'GB', how: 'alias' });
    expect(countryCodeOf('BEL')).toEqual({ code: 'BE', how: 'alpha3' });
    expect(countryCodeOf('mar')).toEqual({ code: 'MA', how: 'alpha3' });
    expect(countryCodeOf('فرنسا')).toEqual({ code: 'FR', how: 'name' });
    expect(countryCodeOf(' بلجيكا ')).toEqual({ code: 'BE', how: 'name' });
    expect(countryCodeOf('France')).toEqual({ code: 'FR', how: 'name' });
    expect(countryCodeOf('Belgique')).toEqual({ code: 'BE', how: 'name' });
    expect(countryCodeOf('XQ')).toBeUndefined();
    expect(countryCodeOf('Atlantis')).toBeUndefined();
  });
});
