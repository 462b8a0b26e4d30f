import { describe, expect, it } from 'vitest';
import { loadConfig, normaliseBase } from '../../../src/config/settings.ts';

describe('config', () => {
  it('normalises base paths', () => {
    expect(normaliseBase('press')).toBe('/press/');
    expect(normaliseBase('/press/')).toBe('/press/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
  });

  it('takes overrides from the environment', () => {
    const config = loadConfig({ ARCHIVE_LOCALE: 'ar-EG', ARCHIVE_TIME_ZONE: 'Asia/Riyadh', ARCHIVE_BASE: 'press', ARCHIVE_PAGE_SIZE: '3', ARCHIVE_SEARCH_PART_SIZE: '500' });
    expect(config).toMatchObject({ locale: 'ar-EG', timeZone: 'Asia/Riyadh', base: '/press/', pageSize: 3, searchPartSize: 500 });
    expect(loadConfig({}).searchPartSize).toBe(5_000);
  });

  it('refuses an unknown time zone or a bad page or search part size', () => {
    expect(() => loadConfig({ ARCHIVE_TIME_ZONE: 'Morocco/Rabat' })).toThrow(/IANA time zone/);
    expect(() => loadConfig({ ARCHIVE_PAGE_SIZE: '0' })).toThrow(/pageSize/);
    expect(() => loadConfig({ ARCHIVE_SEARCH_PART_SIZE: 'many' })).toThrow(/searchPartSize/);
  });
});
