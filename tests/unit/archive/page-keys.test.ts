import { describe, expect, it } from 'vitest';
import { pageKey, releaseFingerprint } from '../../../src/archive/page-keys.ts';

const release = (digest: string, image?: string) => ({
  slug: 'alpha',
  entry: { digest, data: image ? { image: { src: { src: image } } } : {} },
});

describe('releaseFingerprint', () => {
  it('changes when the source file changes', () => {
    expect(releaseFingerprint(release('a1'))).not.toBe(releaseFingerprint(release('b2')));
  });

  it('changes when the lead image is replaced under the same file name', () => {
    expect(releaseFingerprint(release('a1', '/_astro/photo.AAAA.jpg'))).not.toBe(
      releaseFingerprint(release('a1', '/_astro/photo.BBBB.jpg')),
    );
  });

  it('is the same for the same release content', () => {
    expect(releaseFingerprint(release('a1', '/p.jpg'))).toBe(
      releaseFingerprint(release('a1', '/p.jpg')),
    );
  });
});

describe('pageKey', () => {
  it('is equal for equal page inputs and differs when any of them differs', () => {
    const base = pageKey({ locale: 'ar-MA' }, ['a|1'], 2, 5);
    expect(pageKey({ locale: 'ar-MA' }, ['a|1'], 2, 5)).toBe(base);
    expect(pageKey({ locale: 'ar-EG' }, ['a|1'], 2, 5)).not.toBe(base);
    expect(pageKey({ locale: 'ar-MA' }, ['a|2'], 2, 5)).not.toBe(base);
    expect(pageKey({ locale: 'ar-MA' }, ['a|1'], 2, 6)).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});
