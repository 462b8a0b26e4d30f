import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_TOKEN,
  MAX_QUERY_TERMS,
  normaliseText,
  normaliseWord,
  queryKeys,
  queryMatchesText,
  queryTerms,
  TERMINATOR,
  tokenKeys,
} from '../../../src/arabic/search-fold.ts';

const keys = (word: string) => tokenKeys(word).flat();
/** A query word finds a release word when they share a key (the search's one relation). */
const meet = (a: string, b: string) => keys(a).some((k) => keys(b).includes(k));
const same = (a: string, b: string) => expect(meet(a, b), `${a} ~ ${b}`).toBe(true);
const apart = (a: string, b: string) => expect(meet(a, b), `${a} ≁ ${b}`).toBe(false);

describe('search keys of one word', () => {
  it('fold ة/ه, ى/ي, Persian letters, tatweel, tashkeel and every hamza spelling', () => {
    same('المملكة', 'المملكه');
    same('على', 'علي');
    same('کینیا', 'كينيا');
    same('تـعـاون', 'تعاون');
    same('الأَمْنُ', 'الامن');
    same('مسؤول', 'مسئول');
    same('مؤتمر', 'موتمر');
    same('شاطئ', 'شاطى');
  });

  it('map Arabic-Indic and Persian digits to ASCII and lower-case Latin, run by run', () => {
    expect(tokenKeys('٢٠٢٥')).toEqual([['2025']]);
    expect(tokenKeys('۲۰۲۵')).toEqual([['2025']]);
    expect(tokenKeys('COVID-19')).toEqual([['covid'], ['19']]);
    expect(tokenKeys('G20')).toEqual([['g20']]);
  });

  it('set apart the article and the proclitics before it', () => {
    for (const form of ['الغابون', 'والغابون', 'بالغابون', 'للغابون', 'فالغابون', 'وبالغابون'])
      expect(keys(form), form).toEqual(['غابون']);
  });

  it('read a bare و ب ل both ways, so a word with the letter finds the word without it', () => {
    same('وتونس', 'تونس');
    same('لتونس', 'تونس');
    same('ولموريتانيا', 'موريتانيا');
    same('وبلاغ', 'البلاغ');
    same('ورشة', 'الورشة'); // و of the root: the word is also read as it is
  });

  it('keep apart the look-alikes the greedy rule conflated', () => {
    apart('الدين', 'البلدين'); // ال + بلدين, never ال + ب + لدين
    apart('الدين', 'الدينامية'); // a shared start is not a shared word
    apart('جهة', 'وجهة');
    apart('جنة', 'اللجنة');
    apart('طاقة', 'بطاقة');
    apart('عمل', 'عملة');
    apart('لبن', 'لبنان');
    apart('عشر', 'عشرين');
  });

  it('meet across the dual, the sound plurals and attached pronouns', () => {
    same('بلد', 'البلدين');
    same('البلدان', 'بلد');
    same('الدولة', 'الدولتين');
    same('المسؤول', 'المسؤولين');
    same('حملة', 'حملات');
    same('اجتماع', 'اجتماعات');
    same('جهود', 'جهودها');
    same('الحصيلة', 'حصيلتها');
    same('عمل', 'عمله'); // his work: the publisher wrote ه
  });

  it('keep the punctuation around the word in the indexed form, and never return an empty token', () => {
    expect(normaliseWord('(والغابون،')).toBe(`(غابون${TERMINATOR}`);
    expect(normaliseWord('الأمني.')).toBe(`امني${TERMINATOR}.`);
    expect(normaliseWord('ـــ')).toBe(EMPTY_TOKEN);
    expect(normaliseWord('وتونس')).toBe(`وتونس${TERMINATOR}-تونس${TERMINATOR}`);
  });

  it('end every key with the terminator, which no key contains otherwise (property)', () => {
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئةىیک\u064B\u0640';
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 9 }),
        (chars) => {
          for (const key of keys(chars.join(''))) expect(key).not.toContain(TERMINATOR);
        },
      ),
    );
  });

  it('give a word with a proclitic a key of the word without it (property)', () => {
    // Letters that no rule reads as a proclitic, an article or a suffix at the word's edges.
    const inner = 'بتثجحخدذرزسشصضطظعغقكمنهي';
    const word = fc
      .tuple(
        fc.constantFrom(...'تثجحخدذرزسشصضطظعغقم'),
        fc.array(fc.constantFrom(...inner), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...'بثجحخدذرزسشصضطظعغقم'),
      )
      .map(([a, mid, z]) => a + mid.join('') + z);
    fc.assert(
      fc.property(
        word,
        fc.constantFrom('و', 'ب', 'ل', 'وب', 'ول', 'ال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ولل'),
        (w, clitic) => meet(clitic + w, w),
      ),
    );
  });
});

describe('search forms of a text and a query', () => {
  it('keep the number of words and the white space', () => {
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

  it('turn a query into one term per reading of its ambiguous words, each word terminated', () => {
    const t = TERMINATOR;
    expect(queryTerms('  والمملكة   المتحدة ـ ')).toEqual([`مملكه${t} متحده${t}`]);
    expect(queryTerms('"التعاون الأمني"')).toEqual([`"تعاون${t} امني${t}"`]);
    // لل + حد is ل + ال + حد or ل + ال + لحد; للجنة is the committee (a known ل-word).
    expect(queryTerms('للحد')).toEqual([`حد${t}`, `لحد${t}`]);
    expect(queryTerms('للجنة')).toEqual([`لجنه${t}`]);
    expect(queryTerms('وزير لتونس')).toEqual([`وزير${t} لتونس${t}`, `وزير${t} تونس${t}`]);
    expect(queryTerms('ـــ ،')).toEqual([]);
    expect(queryKeys('COVID-19')).toEqual([['covid'], ['19']]);
  });

  it('never ask more than the limit of terms, whatever the query', () => {
    const query = 'وبلاغ ولبنان ووزير وبحث ولقاء وبيان ولجنة';
    const terms = queryTerms(query);
    expect(terms.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
    expect(terms[0]!.split(' ')).toHaveLength(7);
  });

  it('tells whether a query names a text word for word (a country in any language)', () => {
    expect(queryMatchesText('Royaume-Uni', 'المملكة المتحدة United Kingdom Royaume-Uni')).toBe(
      true,
    );
    expect(queryMatchesText('بالمملكة المتحدة', 'المملكة المتحدة United Kingdom')).toBe(true);
    expect(queryMatchesText('المملكة', 'المملكة المتحدة')).toBe(true);
    expect(queryMatchesText('الممل', 'المملكة المتحدة')).toBe(false);
    expect(queryMatchesText('', 'المملكة المتحدة')).toBe(false);
  });
});
