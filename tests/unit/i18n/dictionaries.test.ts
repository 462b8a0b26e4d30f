import { describe, expect, it } from 'vitest';
import { DICTIONARIES, direction, fill } from '../../../src/i18n/index.ts';

/** Every leaf of a dictionary by dotted key; templates called with placeholder values. */
function leaves(value: unknown, path = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[path, value]]);
  if (typeof value === 'function')
    return new Map([[path, (value as (...a: string[]) => string)('«A»', '«B»')]]);
  const out = new Map<string, string>();
  for (const [key, v] of Object.entries(value as object))
    for (const [k, text] of leaves(v, path ? `${path}.${key}` : key)) out.set(k, text);
  return out;
}

describe('interface dictionaries', () => {
  it('have the same keys in every language, none empty, with the same placeholders', () => {
    const { ar, ...others } = DICTIONARIES;
    const base = leaves(ar);
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(others).sort()).toEqual(['en', 'fr']);
    for (const [lang, d] of Object.entries(others)) {
      const own = leaves(d);
      expect([...own.keys()].sort(), lang).toEqual([...base.keys()].sort());
      for (const [key, text] of own) {
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
        // Counted nouns follow each language's own plural forms (Arabic «بلاغان» has no number).
        if (/^(releases|searchUi\.live\.results)\./.test(key))
          expect(text, `${lang}.${key}`).toContain('{n}');
        else expect(holes(text), `${lang}.${key}`).toEqual(holes(base.get(key)!));
        // A template uses both of its arguments as the Arabic one does.
        for (const arg of ['«A»', '«B»'])
          expect(text.includes(arg), `${lang}.${key} ${arg}`).toBe(base.get(key)!.includes(arg));
      }
    }
  });

  it('sets the direction and fills placeholders', () => {
    expect(direction('ar')).toBe('rtl');
    expect(direction('fr')).toBe('ltr');
    expect(direction('en')).toBe('ltr');
    expect(fill('{count} dans les archives', { count: '3 communiqués' })).toBe(
      '3 communiqués dans les archives',
    );
  });
});
