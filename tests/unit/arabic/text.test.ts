import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termKey } from '../../../src/arabic/fold.ts';
import {
  collapseWhitespace,
  foldHamzaAlef,
  hasArabic,
  stripDiacritics,
  toNfc,
} from '../../../src/arabic/text.ts';

describe('Arabic normalisation', () => {
  it('removes tashkeel and tatweel but keeps letters', () => {
    expect(stripDiacritics('الأَمْنُ الوطـــني')).toBe('الأمن الوطني');
    expect(stripDiacritics('بيانًا')).toBe('بيانا');
  });

  it('folds every hamza form of alef to bare alef', () => {
    expect(foldHamzaAlef('أإآٱ')).toBe('اااا');
    expect(foldHamzaAlef('مؤتمر رئيس')).toBe('مؤتمر رئيس'); // hamza on waw/ya are different letters
  });

  it('drops zero-width and bidi controls and composes to NFC', () => {
    expect(toNfc('ال\u200Cأمن\u200F')).toBe('الأمن');
    expect(toNfc('\u0627\u0654')).toBe('أ');
  });

  it('collapses all kinds of white space', () => {
    expect(collapseWhitespace('  الأمن \u00A0\t الوطني \n')).toBe('الأمن الوطني');
  });

  it.each([
    ['الأمن الوطني', 'الامن الوطني'],
    ['الأَمْن  الوطـني', 'الامن الوطني'],
    ['إرهاب', 'ارهاب'],
    ['\u200Bآفاق', 'افاق'],
    ['COVID-19', 'covid-19'],
  ])('termKey(%s) = %s', (input, key) => {
    expect(termKey(input)).toBe(key);
  });

  it('keeps ta marbuta and alef maqsura distinct in term identity', () => {
    expect(termKey('مدرسة')).not.toBe(termKey('مدرسه'));
    expect(termKey('على')).not.toBe(termKey('علي'));
  });

  it('termKey is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        (s) => termKey(termKey(s)) === termKey(s),
      ),
    );
  });
});

describe('Arabic letters', () => {
  it('counts the letters of the Arabic block and Arabic Supplement, not tatweel, tashkeel or digits', () => {
    expect(hasArabic('INTERPOL والشرطة')).toBe(true);
    expect(hasArabic('ݐ')).toBe(true); // U+0750, Arabic Supplement
    expect(hasArabic('\u0640\u064E ١٢٣ ،')).toBe(false);
  });
});
