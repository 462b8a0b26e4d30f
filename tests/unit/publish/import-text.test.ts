import { describe, expect, it } from 'vitest';
import { detectDateline, sameWeekday } from '../../../src/publish/import/dateline.ts';
import { imageSlotLines, splitImagePlaceholders } from '../../../src/publish/import/image-slot.ts';
import { escapeMdx } from '../../../src/publish/import/mdx-escape.ts';
import { textToParagraphs } from '../../../src/publish/import/paragraphs.ts';

describe('reading imported text', () => {
  it('keeps one paragraph per line, dropping empty lines, CR and a BOM', () => {
    expect(textToParagraphs('\uFEFFأ\r\n\r\n  ب ج  \n\u200F\nد')).toEqual(['أ', 'ب ج', 'د']);
  });

  it('turns trailing image placeholders into an image slot', () => {
    expect(splitImagePlaceholders(['نص', 'Image description'])).toEqual({
      paragraphs: ['نص'],
      placeholders: ['Image description'],
    });
    expect(splitImagePlaceholders(['نص', 'صورة', 'IMG_1234.jpg']).placeholders).toEqual([
      'صورة',
      'IMG_1234.jpg',
    ]);
    expect(splitImagePlaceholders(['صورة', 'نص']).placeholders).toEqual([]);
    expect(imageSlotLines(undefined, 'r').every((l) => l.startsWith('#'))).toBe(true);
  });

  it('detects the dateline from «اليوم <weekday> ب<city>», «في <city>» and a leading «<city> -»', () => {
    expect(detectDateline(['أجراها، اليوم الأربعاء بالرباط، السيد'])).toEqual({
      city: 'الرباط',
      phrase: 'اليوم الأربعاء بالرباط',
      weekday: 'الأربعاء',
    });
    expect(detectDateline(['عقد يوم الخميس في الدار البيضاء اجتماع'])!.city).toBe('الدار البيضاء');
    expect(detectDateline(['طنجة - افتتح اليوم'])!.city).toBe('طنجة');
    expect(detectDateline(['نص بلا مكان.'])).toBeUndefined();
    expect(sameWeekday('الاربعاء', 'الأربعاء')).toBe(true);
    expect(sameWeekday('الخميس', 'الأربعاء')).toBe(false);
  });

  it('escapes MDX and Markdown syntax but not web addresses', () => {
    expect(escapeMdx('{x} <b> *y* _z_ a|b & c')).toBe(
      '\\{x\\} \\<b\\> \\*y\\* \\_z\\_ a\\|b \\& c',
    );
    expect(escapeMdx('1. بند')).toBe('1\\. بند');
    expect(escapeMdx('- بند')).toBe('\\- بند');
    expect(escapeMdx('# عنوان')).toBe('\\# عنوان');
    expect(escapeMdx('انظر https://x.org/a_b?c=1&d=2 و a_b@x.org')).toBe(
      'انظر https://x.org/a_b?c=1&d=2 و a_b@x.org',
    );
    expect(escapeMdx('نص عادي، بلا رموز.')).toBe('نص عادي، بلا رموز.');
  });
});
