import { describe, expect, it } from 'vitest';
import type { CheckedRelease } from '../../../src/checks/release.ts';
import { looseKey } from '../../../src/arabic/fold.ts';
import { tagVariants } from '../../../src/checks/tag-variants.ts';

const release = (file: string, tags: string[]): CheckedRelease => ({
  file,
  id: file,
  draft: false,
  tags,
  lineOf: (p) => 10 + Number(p[1] ?? 0),
});

describe('tag variants', () => {
  it('folds letters Arabic typists confuse', () => {
    expect(looseKey('الهجرة غير النظامية')).toBe(looseKey('الهجره غير النظاميه'));
    expect(looseKey('مكافحة الإرهاب')).toBe(looseKey('مكافحه ارهاب'));
    expect(looseKey('أمن الحدود')).not.toBe(looseKey('أمن الطرق'));
  });

  it('warns on the minority spelling, suggesting the one most releases use', () => {
    const out = tagVariants([
      release('a', ['التعاون الأمني']),
      release('b', ['التعاون الأمني']),
      release('c', ['أمن', 'التعاون الامنيّ']),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: 'warning', file: 'c', line: 11, field: 'tags[1]' });
    expect(out[0]!.message).toContain(
      'variant spelling of the existing tag "التعاون الأمني" (same tag page',
    );
  });

  it('prefers the registry spelling and flags looser variants that would get their own page', () => {
    const out = tagVariants(
      [release('a', ['الهجره غير النظاميه'])],
      [{ name: 'الهجرة غير النظامية' }],
    );
    expect(out[0]!.message).toContain('would get a separate tag page');
    expect(out[0]!.fix).toContain('الهجرة غير النظامية');
    expect(tagVariants([release('a', ['أمن']), release('b', ['أمن'])])).toEqual([]);
  });
});
