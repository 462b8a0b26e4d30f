import { describe, expect, it } from 'vitest';
import {
  CARD_VARIANTS,
  releaseCardVariants,
  cardText,
  cardVariants,
  escapeMarkup,
} from '../../../src/share/card-layout.ts';

describe('share card layout', () => {
  it('has the OpenGraph size and the three ratios Google asks for, each over 50,000 pixels', () => {
    const ratio = (name: string) => {
      const v = CARD_VARIANTS.find((c) => c.name === name)!;
      return v.width / v.height;
    };
    expect(CARD_VARIANTS.find((v) => v.name === 'og')).toMatchObject({ width: 1200, height: 630 });
    expect(ratio('16x9')).toBeCloseTo(16 / 9, 2);
    expect(ratio('4x3')).toBeCloseTo(4 / 3, 2);
    expect(ratio('1x1')).toBe(1);
    for (const v of CARD_VARIANTS) expect(v.width * v.height).toBeGreaterThan(50_000);
  });

  it('escapes Pango markup, so a headline cannot restyle or break the card', () => {
    expect(escapeMarkup(`<span font="99">&'"`)).toBe(
      '&lt;span font=&quot;99&quot;&gt;&amp;&#39;&quot;',
    );
    expect(cardText('عنوان <b>عريض</b>').replace(/[\u2066\u2069]/g, '')).toBe(
      'عنوان &lt;b&gt;عريض&lt;/b&gt;',
    );
  });

  it('isolates Latin runs inside Arabic (LRI … PDI), as the pages do with <bdi>', () => {
    expect(cardText('اجتماع مع INTERPOL اليوم')).toBe('اجتماع مع \u2066INTERPOL\u2069 اليوم');
    expect(cardText('قمة G20 (2025)')).toContain('\u2066G20\u2069');
    // A wholly Latin text needs no isolation; control characters become spaces.
    expect(cardText('Press Office')).toBe('Press Office');
    expect(cardText('سطر\nثان\u2066')).toBe('سطر ثان ');
  });
});

describe('card variants by setting', () => {
  it('publishes all four sizes, or the OpenGraph card alone', () => {
    expect(cardVariants('all').map((v) => v.name)).toEqual(['og', '16x9', '4x3', '1x1']);
    expect(cardVariants('og').map((v) => v.name)).toEqual(['og']);
  });
});

describe('releaseCardVariants', () => {
  it('draws every size, the OpenGraph card only, or nothing when releases share the site card', () => {
    expect(releaseCardVariants('all').map((v) => v.name)).toEqual(['og', '16x9', '4x3', '1x1']);
    expect(releaseCardVariants('og').map((v) => v.name)).toEqual(['og']);
    expect(releaseCardVariants('site')).toEqual([]);
    expect(cardVariants('site').map((v) => v.name)).toEqual(['og']); // the site's own card
  });
});
