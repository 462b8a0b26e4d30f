import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_TOKEN,
  normaliseQuery,
  normaliseText,
  normaliseWord,
  stripClitics,
} from '../../../src/arabic/search-fold.ts';

const same = (a: string, b: string) => expect(normaliseWord(a)).toBe(normaliseWord(b));

describe('search normalisation of one word', () => {
  it('folds ة/ه, ى/ي, Persian letters and tatweel', () => {
    same('المملكة', 'المملكه');
    same('على', 'علي');
    same('کینیا', 'كينيا');
    same('تـعـاون', 'تعاون');
  });

  it('ignores tashkeel and every hamza spelling', () => {
    same('الأَمْنُ', 'الامن');
    same('إطار', 'اطار');
    same('مسؤول', 'مسئول');
    same('مؤتمر', 'موتمر');
    same('رئيس', 'رييس');
    same('شاطئ', 'شاطى');
  });

  it('maps Arabic-Indic and Persian digits to ASCII and lower-cases Latin', () => {
    expect(normaliseWord('٢٠٢٥')).toBe('2025');
    expect(normaliseWord('۲۰۲۵')).toBe('2025');
    expect(normaliseWord('COVID-19')).toBe('covid-19');
    expect(normaliseWord('G20')).toBe('g20');
  });

  it('removes the clitics و ف ب ل and the article', () => {
    for (const form of ['الغابون', 'والغابون', 'بالغابون', 'للغابون', 'فالغابون', 'وبالغابون']) {
      expect(normaliseWord(form)).toBe('غابون');
    }
    same('وماليزيا', 'ماليزيا');
    same('لماليزيا', 'ماليزيا');
    expect(stripClitics('الان')).toBe('ان');
  });

  it('keeps punctuation around the word and never returns an empty token', () => {
    expect(normaliseWord('(والغابون،')).toBe('(غابون');
    expect(normaliseWord('«الأمن»؟')).toBe('امن');
    expect(normaliseWord('ـــ')).toBe(EMPTY_TOKEN);
    expect(normaliseWord('من')).toBe('من');
  });

  it('gives a word with a clitic the form of the word without it (property)', () => {
    const letters = 'بتثجحخدذرزسشصضطظعغقكمنهي';
    const word = fc
      .array(fc.constantFrom(...letters), { minLength: 3, maxLength: 8 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(
        word,
        fc.constantFrom('و', 'ف', 'ب', 'ل', 'ال', 'وال', 'بال', 'فال'),
        (w, clitic) => {
          expect(normaliseWord(clitic + w)).toBe(normaliseWord(w));
        },
      ),
    );
  });
});

describe('search normalisation of a text', () => {
  it('keeps the number of words and the white space', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('ا', 'ل', 'و', 'ة', 'ـ', 'َ', ' ', '\n', 'a', '1', '٣', '،'),
        }),
        (text) => {
          const out = normaliseText(text);
          expect(out.split(/\S+/)).toEqual(text.split(/\S+/));
          expect(out.split(/\s+/).filter(Boolean).length).toBe(
            text.split(/\s+/).filter(Boolean).length,
          );
        },
      ),
    );
  });

  it('normalises a query and drops what has nothing searchable', () => {
    expect(normaliseQuery('  والمملكة   المتحدة ـ ')).toBe('مملكه متحده');
    expect(normaliseQuery('"التعاون الأمني"')).toBe('"تعاون امني"');
  });
});
