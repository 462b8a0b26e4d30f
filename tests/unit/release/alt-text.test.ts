import { describe, expect, it } from 'vitest';
import { altTextProblem } from '../../../src/release/alt-text.ts';

describe('alt text', () => {
  it.each([
    '',
    '   ',
    'Image description',
    'image',
    'صورة',
    'الصورة',
    'صُورَة',
    'وصف الصورة',
    'IMG_2041.JPG',
    'DSC0042',
    'photo.jpg',
  ])('refuses %j', (alt) => {
    expect(altTextProblem(alt)).toBeDefined();
  });

  it('accepts a real description', () => {
    expect(
      altTextProblem('المدير العام يصافح سفير دولة ماليزيا في مقر المديرية بالرباط'),
    ).toBeUndefined();
  });
});
