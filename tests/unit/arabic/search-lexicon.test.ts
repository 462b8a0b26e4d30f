import { describe, expect, it } from 'vitest';
import { countryWords } from '../../../src/arabic/country-words.ts';
import { foldCharacters } from '../../../src/arabic/fold.ts';
import { tokenKeys } from '../../../src/arabic/search-fold.ts';
import {
  COUNTRY_WORDS,
  KEEP_WHOLE,
  ROOT_INITIAL,
  STEM_FINAL,
} from '../../../src/arabic/search-lexicon.ts';
import { ISO_ALPHA2, countryName } from '../../../src/arabic/countries.ts';

const keys = (w: string) => tokenKeys(w).flat();

describe('the search lexicon', () => {
  it('lists the words of every CLDR country name of this machine (else: node scripts/search-country-words.ts)', () => {
    expect(COUNTRY_WORDS).toEqual(countryWords());
  });

  it('keeps every country name whole, so «الغابون» is never «الغاب» and «بنما» never «نما»', () => {
    for (const code of ISO_ALPHA2) {
      const name = countryName(code);
      for (const word of name.split(/[\s()\-–]+/).filter((w) => w && !/^و.../.test(w))) {
        const folded = foldCharacters(word.replace(/^ال(?=..)/, ''));
        if (folded.endsWith('ات') || folded.length < 3) continue;
        expect(keys(word), `${name}: ${word}`).toEqual([folded]);
      }
    }
  });

  it('keeps the listed words whole', () => {
    // A root-initial word keeps its first letter (its suffixes may still go: والدين → والد).
    for (const w of [...ROOT_INITIAL, ...KEEP_WHOLE]) {
      const start = foldCharacters(w).slice(0, 3);
      expect(
        keys(w).every((k) => k.startsWith(start)),
        `${w}: ${keys(w)}`,
      ).toBe(true);
    }
    for (const w of STEM_FINAL)
      expect(keys(w), w).toEqual([foldCharacters(w).replace(/^ال(?=..)/, '')]);
  });

  it('has no word twice', () => {
    const all = [...ROOT_INITIAL, ...STEM_FINAL, ...KEEP_WHOLE].map(foldCharacters);
    expect(new Set(all).size).toBe(all.length);
  });
});
