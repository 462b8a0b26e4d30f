import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseList,
  PublishError,
  releaseLocation,
  resolveDate,
  validateCountries,
} from '../../../src/publish/release-file.ts';
import { newReleaseText } from '../../../src/publish/new-release.ts';
import { TMP } from '../../helpers/paths.ts';

describe('release files for new and import', () => {
  it('splits lists on Latin and Arabic commas and semicolons', () => {
    expect(parseList('التعاون الأمني، مكافحة الإرهاب; أمن الحدود؛ ,')).toEqual([
      'التعاون الأمني',
      'مكافحة الإرهاب',
      'أمن الحدود',
    ]);
    expect(parseList(undefined)).toEqual([]);
  });

  it('validates country codes and dates, with suggestions', () => {
    expect(validateCountries(['gb', 'GA'])).toEqual(['GB', 'GA']);
    expect(() => validateCountries(['UK'])).toThrow(/Did you mean GB/);
    expect(resolveDate('2024-02-29', 'Africa/Casablanca', { fallbackToToday: false })).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(() =>
      resolveDate('2025-02-29', 'Africa/Casablanca', { fallbackToToday: false }),
    ).toThrow(PublishError);
    expect(() => resolveDate(undefined, 'Africa/Casablanca', { fallbackToToday: false })).toThrow(
      /never guesses a date/,
    );
    expect(
      resolveDate(undefined, 'Africa/Casablanca', {
        fallbackToToday: true,
        now: new Date('2025-06-17T23:30:00Z'),
      }),
    ).toEqual({ year: 2025, month: 6, day: 18 });
  });

  it('places a release in <year>/<slug>/index.mdx and refuses existing folders or URLs', () => {
    const dir = join(TMP, 'unit-location');
    const date = { year: 2025, month: 6, day: 18 };
    expect(releaseLocation(dir, 'بيان: حول «الأمن»', date, undefined, [])).toEqual({
      slug: 'بيان-حول-الأمن',
      dir: join(dir, '2025/بيان-حول-الأمن'),
      file: join(dir, '2025/بيان-حول-الأمن/index.mdx'),
    });
    mkdirSync(join(dir, '2025/taken'), { recursive: true });
    expect(() => releaseLocation(dir, 'x', date, 'taken', [])).toThrow(
      /already exists: nothing was written/,
    );
    expect(() =>
      releaseLocation(dir, 'y', date, undefined, [
        { path: '2020/y.mdx', slug: 'y', date: '', draft: false, tags: [], aliases: [] },
      ]),
    ).toThrow(/already has the URL \/releases\/y\//);
    expect(() => releaseLocation(dir, '؟!', date, undefined, [])).toThrow(/give --slug/);
  });

  it('writes a new release as a draft with a placeholder text', () => {
    const text = newReleaseText({
      title: 'عنوان',
      date: { year: 2025, month: 1, day: 2 },
      dateline: 'الرباط',
      issuer: 'جهة',
      countries: ['GA'],
      tags: [],
    });
    expect(text).toMatch(
      /^---\ntitle: عنوان\ndate: 2025-01-02 {2}# YYYY-MM-DD\ndateline: الرباط\nissuer: جهة\ncountries: \[GA\].*\ntags: \[\]\ndraft: true/,
    );
    expect(text.endsWith('---\n\nاكتب نص البلاغ هنا.\n')).toBe(true);
  });
});
