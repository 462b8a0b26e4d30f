import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCharacters, looseKey, termKey } from '../../../src/arabic/fold.ts';
import { tokenKeys } from '../../../src/arabic/search-fold.ts';

/** Arabic words of 1–8 characters drawn from letters, hamza forms, ة/ى, tashkeel and tatweel. */
const arabicWord = fc
  .array(
    fc.constantFrom(
      ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئةىیک\u064E\u064F\u0650\u0651\u0652\u0640',
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((chars) => chars.join(''));

describe('the ladder of folds (arabic/fold.ts)', () => {
  it('rung 2, termKey: one tag whatever the tashkeel, tatweel, hamza on alef or spacing', () => {
    expect(termKey('الأَمْن  الوطـني')).toBe(termKey('الامن الوطني'));
    expect(termKey('مدرسة')).not.toBe(termKey('مدرسه'));
  });

  it('rung 3, looseKey: ة/ه, ى/ي, every hamza seat and the article are variants of one tag', () => {
    expect(looseKey('الهجرة غير النظامية')).toBe(looseKey('الهجره غير النظاميه'));
    expect(looseKey('مكافحة الإرهاب')).toBe(looseKey('مكافحه ارهاب'));
    expect(looseKey('المسؤولية')).toBe(looseKey('المسئولية'));
    expect(looseKey('أمن الحدود')).not.toBe(looseKey('أمن الطرق'));
  });

  it('folds hamza seats as the search does (one rule for tags and search)', () => {
    expect(foldCharacters('مسؤول')).toBe(foldCharacters('مسئول'));
    expect(looseKey('مؤتمر')).toBe(foldCharacters('موتمر'));
  });

  it('each rung refines the one before: folding first with a lower rung changes nothing', () => {
    fc.assert(fc.property(arabicWord, (w) => looseKey(termKey(w)) === looseKey(w)));
  });

  it('rung 4 reads two facts the folds erase, so folding first never loses a search key', () => {
    // The search form keeps what a publisher's spelling says about the word's end: a final ة
    // (not the pronoun ه: عملة is not عمل + ه) and an accusative tanwin (ضابطاً is ضابط + ا). A
    // word typed without them (folded) is read both ways: its keys include the careful word's.
    const keys = (w: string) => tokenKeys(w).flat();
    const keeps = (lower: (w: string) => string) => (w: string) => {
      const folded = keys(lower(w) || w);
      return keys(w).every((k) => folded.includes(k));
    };
    fc.assert(fc.property(arabicWord, keeps(termKey)));
    fc.assert(fc.property(arabicWord, keeps(foldCharacters)));
    expect(keys('عملة')).toEqual(['عمله']);
    // A tatweel after the final ة (found by this property: «اااةـ») does not hide the ة.
    expect(keys('عملةـ')).toEqual(keys('عملة'));
    // Two hamzas before a waw (found by this property: «ءءو») fold together, not one per pass.
    expect(keys(foldCharacters('ءءو'))).toEqual(keys('ءءو'));
    expect(keys(foldCharacters('عملة'))).toEqual(['عمله', 'عمل']);
  });
});
