import { describe, expect, it } from 'vitest';
import { countriesInText } from '../../../src/publish/import/countries-in-text.ts';
import { importRelease } from '../../../src/publish/import/import-release.ts';

const codes = (text: string, exclude: string[] = []) =>
  countriesInText(text, { exclude }).map((m) => m.code);

describe('countries named in a text', () => {
  it('finds CLDR names with attached prepositions and nationality adjectives', () => {
    expect(codes('مع سفراء المملكة المتحدة وجمهورية الغابون ودولة ماليزيا')).toEqual([
      'GB',
      'GA',
      'MY',
    ]);
    expect(codes('العلاقات بين المملكتين المغربية والبريطانية', ['MA'])).toEqual(['GB']);
    expect(codes('وفد للغابون وبفرنسا والوفد الإسباني')).toEqual(['GA', 'FR', 'ES']);
  });

  it('gives overlapping names to the longest and skips ambiguous words', () => {
    expect(codes('زيارة إلى جنوب السودان')).toEqual(['SS']);
    expect(codes('دعم مالي للمشروع في عمان')).toEqual([]);
    expect(codes('سفير جمهورية مالي')).toEqual(['ML']);
  });
});

describe('importRelease', () => {
  const date = { year: 2025, month: 6, day: 18 };
  it('uses a heading line as title, leaves the home country out, and escapes the body', () => {
    const result = importRelease(
      ['عنوان قصير', 'اليوم الأربعاء بالرباط، لقاء مع سفير الغابون في المغرب {x}.', 'صورة'],
      { date, issuer: 'جهة', tags: [], homeCountries: ['MA'] },
    );
    expect(result.title).toBe('عنوان قصير');
    expect(result.countries.map((m) => m.code)).toEqual(['GA']);
    expect(result.homeMentions.map((m) => m.code)).toEqual(['MA']);
    expect(result.placeholders).toEqual(['صورة']);
    expect(result.warnings).toEqual([]);
    expect(result.text).toContain('countries: [GA]  # suggested from the text: check them');
    expect(result.text).toContain(
      '\n---\n\nاليوم الأربعاء بالرباط، لقاء مع سفير الغابون في المغرب \\{x\\}.\n',
    );
  });

  it('refuses without a title or a dateline, never guessing', () => {
    expect(() =>
      importRelease(['فقرة طويلة تنتهي بنقطة.', 'ثانية.'], {
        date,
        issuer: 'جهة',
        tags: [],
        homeCountries: [],
      }),
    ).toThrow(/no title line/);
    expect(() =>
      importRelease(['عنوان', 'نص بلا مكان.'], {
        date,
        issuer: 'جهة',
        tags: [],
        homeCountries: [],
      }),
    ).toThrow(/--dateline/);
  });
});
