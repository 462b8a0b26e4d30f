import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cachedCard, cachedCards, drawMissingCards } from '../../../src/share/card-cache.ts';
import { CARD_VARIANTS, type CardContent } from '../../../src/share/card-layout.ts';

/**
 * The build draws every missing share card in the background before pages ask for them: after
 * it, every card is in the cache, a page reads it without drawing, and a second pass draws
 * nothing. A card that cannot be drawn is left for its page, which reports the error.
 */
const content = (n: number): CardContent => ({
  title: `بلاغ رقم ${n} حول التعاون الأمني`,
  line: 'الرباط · الأربعاء 11 يونيو 2025',
  badge: '',
  office: 'المديرية العامة للأمن الوطني',
  parent: '',
  officeLatin: 'DGSN',
  host: 'press.example.org',
  color: '#0b4f8a',
});
const logo = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#c9a227"/></svg>',
);
const og = [CARD_VARIANTS[0]!];
const pngs = (dir: string) =>
  readdirSync(join(dir, 'share-cards')).filter((f) => f.endsWith('.png'));

describe('drawMissingCards', () => {
  it('draws each missing card once, and pages then read them from the cache', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'cards-'));
    const contents = [1, 2, 3].map(content);
    await drawMissingCards([...contents, contents[0]!], logo, cache, og, 2);
    expect(pngs(cache)).toHaveLength(3);
    const times = pngs(cache).map((f) => statSync(join(cache, 'share-cards', f)).mtimeMs);

    await drawMissingCards(contents, logo, cache, og, 2);
    expect(pngs(cache).map((f) => statSync(join(cache, 'share-cards', f)).mtimeMs)).toEqual(times);

    const { cards, drawn } = await cachedCards(contents[1]!, logo, cache, og);
    expect(drawn).toBe(false);
    const meta = await sharp(cards.get('og')!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('never rejects: a card that fails is drawn again, with its error, by its page', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'cards-'));
    const broken = Buffer.from('not an image');
    await expect(drawMissingCards([content(9)], broken, cache, og, 1)).resolves.toBeUndefined();
    await expect(cachedCards(content(9), broken, cache, og)).rejects.toThrow();
  });
});

describe('cachedCard', () => {
  it("gives a page its one variant from the cache, and draws the card's variants when missing", async () => {
    const cache = mkdtempSync(join(tmpdir(), 'cards-'));
    const two = [CARD_VARIANTS[0]!, CARD_VARIANTS[3]!];
    const square = await cachedCard(content(4), logo, cache, two, '1x1');
    expect(pngs(cache)).toHaveLength(2);
    const meta = await sharp(square).metadata();
    expect([meta.width, meta.height]).toEqual([1080, 1080]);
    // Read from the cache: the og file alone answers, the other variant's file is not needed.
    const squareFile = pngs(cache).find((f) => f.endsWith('-1x1.png'))!;
    rmSync(join(cache, 'share-cards', squareFile));
    const card = await cachedCard(content(4), logo, cache, two, 'og');
    expect((await sharp(card).metadata()).width).toBe(1200);
    expect(pngs(cache)).toHaveLength(1);
    await expect(cachedCard(content(4), logo, cache, og, '1x1')).rejects.toThrow(/no variant 1x1/);
  });
});
