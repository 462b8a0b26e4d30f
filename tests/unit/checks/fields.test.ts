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
});
