import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify, truncateSlug } from '../../../src/arabic/slug.ts';

describe('slugify', () => {
  it.each([
    ['مباحثات أمنية بالرباط', 'مباحثات-أمنية-بالرباط'],
    ['هل انتهى الاجتماع؟', 'هل-انتهى-الاجتماع'],
    ['الأمن، والاستقرار؛ معًا', 'الأمن-والاستقرار-معا'],
    ['نسبة 50٪ أو 50%', 'نسبة-50-أو-50'],
    ['التعـــاون', 'التعاون'],
    ['الأَمْنُ الوَطَنِيّ', 'الأمن-الوطني'],
    ['Rabat Security Talks', 'rabat-security-talks'],
    ['  COVID-19 _ G20  ', 'covid-19-g20'],
    ['\u0627\u0654\u0644\u0627\u0645\u0646', 'ألامن'], // decomposed hamza (NFD) becomes NFC أ
    ['a/b?c#d', 'a-b-c-d'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('refuses to make an empty slug', () => {
    expect(() => slugify('؟،!')).toThrow(/no letters or digits/);
    expect(() => slugify('   ')).toThrow();
  });

  it('is idempotent and only ever yields URL-safe, non-empty slugs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        let slug: string;
        try {
          slug = slugify(text);
        } catch {
          return true; // refused: no letters or digits
        }
        expect(slug.length).toBeGreaterThan(0);
        expect(slugify(slug)).toBe(slug);
        expect(slug).not.toMatch(/[\s/?#%\\]|^-|-$|--/);
        expect(slug).toBe(slug.normalize('NFC'));
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('keeps Arabic text readable while cutting long slugs at a dash', () => {
    const long = slugify('بلاغ '.repeat(30));
    const cut = truncateSlug(long, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith('-')).toBe(false);
    expect(cut.startsWith('بلاغ-بلاغ')).toBe(true);
  });
});
