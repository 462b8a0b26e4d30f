import { describe, expect, it } from 'vitest';
import { IMAGE_WIDTHS, imageWidths, intrinsicWidth } from '../../../src/release/images.ts';

describe('imageWidths', () => {
  it('bounds a very large original by the largest candidate width', () => {
    expect(imageWidths(6000)).toEqual([480, 800, 1200]);
  });

  it('never enlarges a small original', () => {
    expect(imageWidths(240)).toEqual([240]);
    expect(imageWidths(900)).toEqual([480, 800, 900]);
    expect(imageWidths(800)).toEqual([480, 800]);
  });

  it('stays within the candidates for every width', () => {
    for (let w = 1; w < 3000; w += 37) {
      const widths = imageWidths(w);
      expect(Math.max(...widths)).toBeLessThanOrEqual(Math.min(w, IMAGE_WIDTHS.at(-1)!));
      expect(widths).toEqual([...widths].sort((a, b) => a - b));
    }
  });
});

describe('intrinsicWidth', () => {
  it("reads Astro's unrecorded metadata copy when there is one, else the width itself", () => {
    const reads: string[] = [];
    const proxy = new Proxy(
      { width: 6000 },
      {
        get(target, name) {
          if (name === 'clone') return structuredClone(target);
          reads.push(String(name));
          return target[name as 'width'];
        },
      },
    );
    expect(intrinsicWidth(proxy)).toBe(6000);
    expect(reads).toEqual([]);
    expect(intrinsicWidth({ width: 240 })).toBe(240);
  });
});
