import { describe, expect, it } from 'vitest';
import { site, siteIn } from '../../../src/archive/site.ts';
import { ar } from '../../../src/i18n/ar.ts';
import { en } from '../../../src/i18n/en.ts';
import { fr } from '../../../src/i18n/fr.ts';

describe('counted nouns in the page language (site.count, siteIn(lang).count)', () => {
  it('counts French and English with their own plural rules, not the Arabic ones', () => {
    // Arabic calls 11 "many" and 3 "few"; French and English call both "other".
    expect(site.count(11, fr.releases, 'fr')).toBe('11 communiqués');
    expect(site.count(3, en.releases, 'en')).toBe('3 press releases');
    expect(site.count(1, en.releases, 'en')).toBe('1 press release');
    expect(siteIn('fr').count(11, fr.releases)).toBe('11 communiqués');
    expect(siteIn('fr').count(0, fr.releases)).toBe('0 communiqué');
    expect(siteIn('en').releases(2)).toBe('2 press releases');
  });

  it('keeps French “de” for a million (CLDR “many”) , grouped in the locale', () => {
    expect(siteIn('fr').releases(1_000_000)).toMatch(/^1\D000\D000 de communiqués$/u);
  });

  it('keeps the Arabic rules on Arabic pages', () => {
    expect(site.count(11, ar.releases)).toMatch(/^(11|١١) بلاغًا$/u);
    expect(site.count(2, ar.releases, 'ar')).toBe('بلاغان');
  });
});
