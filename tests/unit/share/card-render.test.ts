import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_VARIANTS } from '../../../src/share/card-layout.ts';
import { CARD, EMBLEM } from '../../helpers/cards.ts';
import { renderCards } from '../../../src/share/card-render.ts';

/** A release's card: the office's exact colour in the bar, the headline in ink on the white body. */
const office = CARD;
const logo = EMBLEM;
const [og] = CARD_VARIANTS;

describe('renderCards', () => {
  it("draws the office's colour in the bar and the headline in ink on white", async () => {
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
