import { describe, expect, it } from 'vitest';
import { CARD_VARIANTS } from '../../../src/share/card-layout.ts';
import { CARD, EMBLEM } from '../../helpers/cards.ts';
import { frameKey } from '../../../src/share/card-frame.ts';

/**
 * A card's frame (brand bar, emblem, footer) is drawn once per archive and card size: two
 * releases of one office share it, another office or emblem does not. Keyed on a release's own
 * text, the build kept one frame of pixels per release and drew it anew each time.
 */
const office = CARD;
const logo = EMBLEM;
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
