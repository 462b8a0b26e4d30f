import { describe, expect, it } from 'vitest';
import { ArchiveError, buildArchive, type EntryLike } from '../../../src/archive/model.ts';
import { relatedReleases } from '../../../src/archive/related.ts';

const entry = (id: string, date: string, extra: Partial<EntryLike['data']> = {}): EntryLike => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return {
    id,
    filePath: `releases/${id}.mdx`,
    body: `نص ${id}`,
    data: {
      title: id,
      date: { year, month, day },
      dateline: 'الرباط',
      issuer: 'جهة',
      countries: [],
      tags: [],
      draft: false,
      sample: false,
      ...extra,
    },
  };
};

describe('buildArchive', () => {
  it('orders releases newest first, by time within a day', () => {
    const archive = buildArchive([
      entry('2024/a', '2024-01-01'),
      entry('2025/b', '2025-06-18', { date: { year: 2025, month: 6, day: 18, time: '09:00' } }),
      entry('2025/c', '2025-06-18', { date: { year: 2025, month: 6, day: 18, time: '17:00' } }),
    ]);
    expect(archive.releases.map((r) => r.slug)).toEqual(['c', 'b', 'a']);
  });

  it('leaves drafts out and counts them', () => {
    const archive = buildArchive([
      entry('x', '2025-01-01'),
      entry('y', '2025-01-02', { draft: true }),
    ]);
    expect(archive.releases.map((r) => r.slug)).toEqual(['x']);
    expect(archive.drafts).toBe(1);
  });

  it('leaves scheduled releases out until their time, and builds them for a preview', () => {
    const entries = [
      entry('x', '2025-06-30'),
      entry('y', '2025-07-01', { date: { year: 2025, month: 7, day: 1, time: '09:00' } }),
    ];
    const clock = {
      now: new Date('2025-07-01T07:59:00Z'),
      timeZone: 'Africa/Casablanca',
      buildFuture: false,
    };
    const before = buildArchive(entries, [], clock);
    expect(before.releases.map((r) => r.slug)).toEqual(['x']);
    expect(before.scheduled).toBe(1);
    const due = buildArchive(entries, [], { ...clock, now: new Date('2025-07-01T08:00:00Z') });
    expect(due.releases.map((r) => r.slug)).toEqual(['y', 'x']);
    expect(buildArchive(entries, [], { ...clock, buildFuture: true }).releases).toHaveLength(2);
  });

  it('keeps a withdrawn release apart: not listed, not counted in tags or countries', () => {
    const archive = buildArchive([
      entry('a', '2025-06-18', { tags: ['الأمن'], countries: ['GA'] }),
      entry('b', '2025-06-19', {
        tags: ['الأمن', 'وحيد'],
        countries: ['GA', 'MY'],
        withdrawn: { date: { year: 2025, month: 6, day: 20 }, reason: 'خطأ' },
      }),
    ]);
    expect(archive.releases.map((r) => r.slug)).toEqual(['a']);
    expect(archive.withdrawn.map((r) => r.slug)).toEqual(['b']);
    expect(archive.byTag.get('الامن')!.map((r) => r.slug)).toEqual(['a']);
    expect(archive.tags.has('وحيد')).toBe(false);
    expect(archive.countries.has('MY')).toBe(false);
    expect(
      archive.byMonth
        .get(2025)!
        .get(6)!
        .map((r) => r.slug),
    ).toEqual(['a']);
  });

  it('stops when two releases end at the same URL, naming both files', () => {
    const run = () =>
      buildArchive([entry('2024/بلاغ', '2024-01-01'), entry('2025/بلاغ', '2025-01-01')]);
    expect(run).toThrow(ArchiveError);
    expect(run).toThrow(/releases\/2024\/بلاغ\.mdx[\s\S]*releases\/2025\/بلاغ\.mdx/);
    expect(() =>
      buildArchive([entry('2024/a', '2024-01-01'), entry('2025/b', '2025-01-01', { slug: 'a' })]),
    ).toThrow(/same URL \/releases\/a\//);
  });

  it('indexes tags by identity, countries and months', () => {
    const archive = buildArchive([
      entry('a', '2025-06-18', { tags: ['الأمن'], countries: ['GA'] }),
      entry('b', '2025-06-01', { tags: ['الامن'], countries: ['GA', 'MY'] }),
      entry('c', '2025-05-01', { tags: ['آخر'] }),
    ]);
    expect(archive.byTag.get('الامن')!.map((r) => r.slug)).toEqual(['a', 'b']);
    expect(archive.countries.get('GA')!.length).toBe(2);
    expect(archive.byMonth.get(2025)!.get(6)!.length).toBe(2);
  });

  it('relates releases by shared tags before shared countries', () => {
    const archive = buildArchive([
      entry('a', '2025-06-18', { tags: ['س'], countries: ['GA'] }),
      entry('b', '2025-06-17', { countries: ['GA'] }),
      entry('c', '2025-06-16', { tags: ['س'] }),
      entry('d', '2025-06-15'),
    ]);
    expect(relatedReleases(archive, archive.releases[0]!).map((r) => r.slug)).toEqual(['c', 'b']);
  });
});
