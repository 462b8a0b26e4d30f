import { describe, expect, it } from 'vitest';
import { CARD_VARIANTS, type CardContent } from '../../../src/share/card-layout.ts';
import { frameKey } from '../../../src/share/card-render.ts';

/**
 * A card's frame (brand bar, emblem, footer) is drawn once per archive and card size: two
 * releases of one office share it, another office or emblem does not. Keyed on a release's own
 * text, the build kept one frame of pixels per release and drew it anew each time.
 */
const office: CardContent = {
  title: 'المدير العام يستقبل سفير ماليزيا',
  line: 'الرباط · الأربعاء 11 يونيو 2025',
  badge: '',
  office: 'المديرية العامة للأمن الوطني',
  parent: 'المملكة المغربية',
  officeLatin: 'DGSN',
  host: 'press.example.org',
  color: '#0b4f8a',
};
const logo = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>');
const [og, wide] = CARD_VARIANTS;

describe('frameKey', () => {
  it('is the same for two releases of one office', () => {
    const other = { ...office, title: 'بلاغ آخر', line: 'فاس · الخميس', badge: 'بلاغ تجريبي' };
    expect(frameKey(other, logo, og!)).toBe(frameKey(office, logo, og!));
  });

  it('differs by card size, identity field and emblem', () => {
    const keys = new Set([
      frameKey(office, logo, og!),
      frameKey(office, logo, wide!),
      frameKey({ ...office, office: 'ولاية أمن الرباط' }, logo, og!),
      frameKey({ ...office, parent: '' }, logo, og!),
      frameKey({ ...office, officeLatin: 'Sûreté' }, logo, og!),
      frameKey({ ...office, host: 'news.example.org' }, logo, og!),
      frameKey({ ...office, color: '#7a1f2b' }, logo, og!),
      frameKey(office, Buffer.concat([logo, Buffer.from(' ')]), og!),
    ]);
    expect(keys.size).toBe(8);
  });
});

describe('renderCards', () => {
  it("draws the office's colour in the bar and the headline in ink on white", async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { default: sharp } = await import('sharp');
    const { renderCards } = await import('../../../src/share/card-render.ts');
    const cards = await renderCards(office, logo, mkdtempSync(join(tmpdir(), 'cards-')), [og!]);
    const { data, info } = await sharp(cards.get('og')!)
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [
      ...data.subarray((y * 1200 + x) * 3, (y * 1200 + x) * 3 + 3),
    ];
    expect([info.width, info.height, info.channels]).toEqual([1200, 630, 3]);
    expect(at(10, 10)).toEqual([0x0b, 0x4f, 0x8a]);
    expect(at(10, 300)).toEqual([255, 255, 255]);
    // The headline: solid ink (#14181d) and its anti-aliased shades between ink and white.
    let ink = 0;
    let shades = 0;
    for (let y = 150; y < 500; y++)
      for (let x = 72; x < 1128; x++) {
        const [r, g, b] = at(x, y) as [number, number, number];
        if (r === 0x14 && g === 0x18 && b === 0x1d) ink++;
        else if (r > 0x14 && r < 255 && Math.abs(r - g) < 8 && Math.abs(g - b) < 12) shades++;
      }
    expect(ink).toBeGreaterThan(2000);
    expect(shades).toBeGreaterThan(500);
  });
});
