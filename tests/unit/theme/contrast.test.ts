import { describe, expect, it } from 'vitest';
import { contrast, parseHex } from '../../../src/theme/contrast.ts';

describe('WCAG contrast', () => {
  it('computes the contrast ratio of two colours (1 to 21)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // The shipped brand colour on white, and its dark-mode counterpart on the dark background.
    expect(contrast('#0f4c81', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrast('#8cc4ff', '#111417')).toBeGreaterThan(4.5);
    expect(contrast('#c9a227', '#ffffff')).toBeLessThan(4.5);
  });

  it('reads #rrggbb and #rgb only', () => {
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(parseHex('#0F4C81')).toEqual([15, 76, 129]);
    expect(parseHex('blue')).toBeUndefined();
    expect(() => contrast('blue', '#fff')).toThrow(/#rrggbb/);
  });
});
