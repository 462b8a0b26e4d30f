import { describe, expect, it } from 'vitest';
import {
  ARABIC_CORE,
  formatUnicodeRange,
  intersect,
  LATIN_CORE,
  normalise,
  parseUnicodeRange,
  rangeText,
  subtract,
} from '../../../src/theme/font-ranges.ts';

describe('unicode-range sets', () => {
  it('parses and writes CSS unicode-range values, merging adjacent ranges', () => {
    expect(parseUnicodeRange('U+0600-06FF, U+200C,U+200D')).toEqual([
      [0x600, 0x6ff],
      [0x200c, 0x200d],
    ]);
    expect(
      formatUnicodeRange([
        [0x20, 0x40],
        [0x41, 0x41],
        [0x1ee00, 0x1ee03],
      ]),
    ).toBe('U+0020-0041,U+1EE00-1EE03');
    expect(() => parseUnicodeRange('U+06??')).toThrow(/unicode-range term/);
  });

  it('subtracts and intersects, so a core file and the rest of its subset never overlap', () => {
    const arabic = parseUnicodeRange('U+0600-06FF,U+FB50-FDFF');
    const core = intersect(arabic, ARABIC_CORE);
    const rest = subtract(arabic, core);
    expect(intersect(core, rest)).toEqual([]);
    expect(normalise([...core, ...rest])).toEqual(arabic);
    expect(
      subtract(
        [[1, 10]],
        [
          [3, 4],
          [8, 20],
        ],
      ),
    ).toEqual([
      [1, 2],
      [5, 7],
    ]);
  });

  it('puts what an Arabic release page uses in the core: letters, tashkeel, digits, space, punctuation', () => {
    const covered = (text: string, ranges: typeof ARABIC_CORE) =>
      [...text].every((c) =>
        ranges.some(([a, b]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b),
      );
    expect(
      covered('شكل تعزيز التعاون الأمني، مُحمَّد ـ ٢٠٢٥؟ ڤ گ پ', [...ARABIC_CORE, ...LATIN_CORE]),
    ).toBe(true);
    expect(covered(' 0123456789.,:;()«»-–—/%', LATIN_CORE)).toBe(true);
    // Latin letters are not in the core: a page without them never downloads them.
    expect(covered('A', LATIN_CORE)).toBe(false);
    expect(rangeText([[0x41, 0x43]])).toBe('ABC');
  });
});
