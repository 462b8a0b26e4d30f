import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { fontFiles } from '../../src/theme/font-build.ts';
import { parseUnicodeRange, intersect } from '../../src/theme/font-ranges.ts';

/**
 * The committed web fonts (src/fonts/*.woff2, src/styles/fonts.css) are exactly what
 * `npm run fonts` makes from the pinned @fontsource packages, and each character of a face is
 * served by one file only.
 */
describe('web fonts', () => {
  it('are what npm run fonts writes from the pinned packages', async () => {
    const files = await fontFiles(ROOT);
    expect(files.size).toBeGreaterThan(8);
    for (const [path, content] of files)
      expect(
        Buffer.compare(readFileSync(join(ROOT, path)), Buffer.from(content)),
        `${path} is stale: run npm run fonts`,
      ).toBe(0);
  });

  it('declare a unicode-range on every downloadable face, with no character in two files of a face', () => {
    const css = readFileSync(join(ROOT, 'src/styles/fonts.css'), 'utf8');
    const faces = [...css.matchAll(/@font-face \{([^}]*)\}/g)].map((m) => m[1]!);
    const byFace = new Map<string, ReturnType<typeof parseUnicodeRange>[]>();
    for (const face of faces) {
      if (!face.includes('url(')) {
        expect(face).toMatch(/src: local\(/);
        continue;
      }
      const range = /unicode-range: ([^;]+);/.exec(face)?.[1];
      expect(range, face).toBeDefined();
      const key = `${/font-family: '([^']+)'/.exec(face)![1]} ${/font-weight: (\d+)/.exec(face)![1]}`;
      byFace.set(key, [...(byFace.get(key) ?? []), parseUnicodeRange(range!)]);
    }
    expect([...byFace.keys()].sort()).toEqual([
      'Noto Naskh Arabic 400',
      'Noto Naskh Arabic 700',
      'Noto Sans Arabic 400',
      'Noto Sans Arabic 700',
    ]);
    for (const [key, ranges] of byFace)
      for (let i = 0; i < ranges.length; i++)
        for (let j = i + 1; j < ranges.length; j++)
          expect(intersect(ranges[i]!, ranges[j]!), key).toEqual([]);
  });
});
