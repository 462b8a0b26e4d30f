import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildArchive,
  type Archive,
  type EntryLike,
  type Release,
} from '../../../src/archive/model.ts';
import { relatedReleases } from '../../../src/archive/related.ts';

/** Straightforward reference: score every other release, sort by score then archive order. */
function naiveRelated(archive: Archive, release: Release, limit: number): Release[] {
  const score = (other: Release) =>
    2 * release.tagSlugs.filter((t) => other.tagSlugs.includes(t)).length +
    release.data.countries.filter((c) => other.data.countries.includes(c)).length;
  return archive.releases
    .map((other, i) => ({ other, i, s: other === release ? 0 : score(other) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.other);
}

const entry = (i: number, tags: string[], countries: string[], day: number): EntryLike => ({
  id: `2024/r${i}`,
  data: {
    title: `بلاغ ${i}`,
    date: { year: 2024, month: 1, day: day + 1 },
    dateline: 'الرباط',
    issuer: 'جهة',
    countries,
    tags,
    draft: false,
    sample: false,
  },
});

describe('relatedReleases', () => {
  it('prefers shared tags over shared countries and newer releases on ties', () => {
    const archive = buildArchive([
      entry(0, ['أمن'], ['MA'], 1),
      entry(1, ['أمن'], [], 2),
      entry(2, [], ['MA'], 3),
      entry(3, ['أمن'], [], 4),
      entry(4, ['صحة'], ['FR'], 5),
    ]);
    const r0 = archive.releases.find((r) => r.entry.id === '2024/r0')!;
    expect(relatedReleases(archive, r0).map((r) => r.entry.id)).toEqual([
      '2024/r3',
      '2024/r1',
      '2024/r2',
    ]);
  });

  it('looks only at the releases published around this one when a tag holds many', () => {
    // Ten releases on consecutive days, all with one tag: with a window of 2 the suggestions are
    // the two published just after and the two just before the release of day 5.
    const archive = buildArchive(Array.from({ length: 10 }, (_, i) => entry(i, ['أمن'], [], i)));
    const day5 = archive.releases.find((r) => r.entry.id === '2024/r5')!;
    expect(relatedReleases(archive, day5, 4, 2).map((r) => r.entry.id)).toEqual([
      '2024/r7',
      '2024/r6',
      '2024/r4',
      '2024/r3',
    ]);
    expect(relatedReleases(archive, day5).map((r) => r.entry.id)).toEqual([
      '2024/r9',
      '2024/r8',
      '2024/r7',
      '2024/r6',
    ]);
  });

  it('agrees with a naive scoring of every release', () => {
    const tags = ['أمن', 'صحة', 'نقل', 'تعليم', 'بيئة'];
    const countries = ['MA', 'FR', 'TN', 'GA'];
    const arb = fc.array(
      fc.record({
        tags: fc.subarray(tags),
        countries: fc.subarray(countries),
        day: fc.integer({ min: 0, max: 27 }),
      }),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 6 }), (specs, limit) => {
        const archive = buildArchive(specs.map((s, i) => entry(i, s.tags, s.countries, s.day)));
        for (const release of archive.releases) {
          expect(relatedReleases(archive, release, limit)).toEqual(
            naiveRelated(archive, release, limit),
          );
        }
      }),
    );
  });
});
