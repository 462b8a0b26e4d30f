import { describe, expect, it } from 'vitest';
import { DICTIONARIES, direction, fill } from '../../../src/i18n/index.ts';

describe('interface dictionaries', () => {
  it('have the same keys in every language, none empty, with the same placeholders', () => {
    const { ar, ...others } = DICTIONARIES;
    const keys = Object.keys(ar!).sort();
    for (const [lang, d] of Object.entries(others)) {
      expect(Object.keys(d).sort(), lang).toEqual(keys);
      for (const key of keys) {
        const value = d[key as keyof typeof d];
        if (typeof value === 'string') {
          expect(value.trim(), `${lang}.${key}`).not.toBe('');
          const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
          expect(holes(value), `${lang}.${key}`).toEqual(
            holes(ar![key as keyof typeof ar] as string),
          );
        } else {
          expect(value.other, `${lang}.${key}.other`).toContain('{n}');
        }
      }
    }
  });

  it('sets the direction and fills placeholders', () => {
    expect(direction('ar')).toBe('rtl');
    expect(direction('fr')).toBe('ltr');
    expect(fill('{count} dans les archives', { count: '3 communiqués' })).toBe(
      '3 communiqués dans les archives',
    );
  });
});
