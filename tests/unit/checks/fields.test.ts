import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldName, suggestField, validateFields } from '../../../src/checks/fields.ts';
import { TMP } from '../../helpers/paths.ts';

const base = { title: 'عنوان', date: '2025-06-18', dateline: 'الرباط', issuer: 'جهة' };
const lineOf = () => 7;

describe('field validation with the site schema', () => {
  it('suggests the field meant by a typo, a case slip or an Arabic label', () => {
    expect(suggestField('titel')).toBe('title');
    expect(suggestField('Date')).toBe('date');
    expect(suggestField('العنوان')).toBe('title');
    expect(suggestField('النص البديل للصورة', 'image.')).toBe('alt');
    expect(suggestField('xyzzy')).toBeUndefined();
    expect(fieldName(['countries', 2])).toBe('countries[2]');
    expect(fieldName(['image', 'alt'])).toBe('image.alt');
  });

  it('returns the validated data of a valid release', () => {
    const result = validateFields('a.mdx', TMP, { ...base, countries: ['ga'] }, lineOf);
    expect(result.diagnostics).toEqual([]);
    expect(result.data!.countries).toEqual(['GA']);
    expect(result.data!.date).toEqual({ year: 2025, month: 6, day: 18 });
  });

  it('checks that the image exists next to the release, hinting at a letter-case slip', () => {
    const dir = join(TMP, 'unit-fields-image');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'Photo.JPG'), '');
    const alt = 'قاعة اجتماعات';
    const messages = (src: string) =>
      validateFields('a.mdx', dir, { ...base, image: { src, alt } }, lineOf).diagnostics.map(
        (d) => `${d.field}: ${d.message}`,
      );
    expect(messages('./Photo.JPG')).toEqual([]);
    expect(messages('./photo.jpg')[0]).toContain(
      'image.src: file "./photo.jpg" does not exist next to the release',
    );
    expect(messages('./photo.jpg')[0]).toContain('the folder has "Photo.JPG" (letter case differs');
    expect(messages('https://example.org/p.jpg')[0]).toContain('is a web address');
    expect(messages('./notes.pdf')[0]).toContain('is not an image type the site can publish');
  });

  it('reports an unknown field with a suggestion, and a frontmatter that is not a mapping', () => {
    const unknown = validateFields('a.mdx', TMP, { ...base, tag: ['x'] }, lineOf).diagnostics;
    expect(unknown).toEqual([
      expect.objectContaining({
        rule: 'unknown-field',
        field: 'tag',
        line: 7,
        message: 'is not a release field: did you mean "tags"?',
      }),
    ]);
    expect(validateFields('a.mdx', TMP, ['x'], lineOf).diagnostics[0]!.message).toContain(
      'not a list of "field: value" lines',
    );
  });

  it("suggests the publisher's own country codes, with their names", () => {
    const check = (countries: unknown) =>
      validateFields('a.mdx', TMP, { ...base, countries }, lineOf).diagnostics.map(
        (d) => `${d.field}: ${d.message}${d.fix ? ` | ${d.fix}` : ''}`,
      );
    expect(check(['BEL'])).toEqual([
      'countries[0]: "BEL" is a three-letter (alpha-3) code; the archive writes countries with two letters (ISO 3166-1 alpha-2) | write  BE  (Belgium)',
    ]);
    expect(check(['UK'])[0]).toContain('Did you mean GB (United Kingdom)?');
    expect(check(['France'])[0]).toContain('| write  FR  (France)');
    expect(check('فرنسا، بلجيكا')).toEqual([
      'countries: must be a list of country codes, not the text "فرنسا، بلجيكا" | write  countries: [FR, BE]  (France, Belgium)',
    ]);
    expect(check('France, Atlantis')[0]).toContain('not recognised: Atlantis');
  });

  it('offers the two readings of a day/month date and converts a date with an offset', () => {
    const date = (value: string, timeZone?: string) =>
      validateFields('a.mdx', TMP, { ...base, date: value }, lineOf, timeZone).diagnostics[0]!;
    expect(date('02/07/2025').fix).toBe(
      'write the one printed on the release:  date: 2025-07-02  or  date: 2025-02-07',
    );
    expect(date('2025-06-11T10:30:00+01:00', 'Africa/Casablanca').fix).toBe(
      'write the same instant in Africa/Casablanca:  date: 2025-06-11 10:30',
    );
    expect(date('2025-06-11T10:30:00Z', 'Asia/Dubai').fix).toBe(
      'write the same instant in Asia/Dubai:  date: 2025-06-11 14:30',
    );
    expect(date('2025-13-01').message).toContain(
      'is not a real calendar date (2025-13 has no days)',
    );
  });
});
