import { describe, expect, it } from 'vitest';
import {
  hasPage,
  isScheduled,
  publicationInstant,
  publicationState,
} from '../../../src/release/publication.ts';

const ZONE = 'Africa/Casablanca'; // UTC+1 in July 2025
const release = (time?: string, extra: { draft?: boolean; withdrawn?: unknown } = {}) => ({
  date: { year: 2025, month: 7, day: 1, ...(time ? { time } : {}) },
  draft: false,
  ...extra,
});

describe('publication', () => {
  it('publishes a release at its date and time in the archive time zone', () => {
    expect(publicationInstant(release('09:00'), ZONE).toISOString()).toBe(
      '2025-07-01T08:00:00.000Z',
    );
    expect(publicationInstant(release(), ZONE).toISOString()).toBe('2025-06-30T23:00:00.000Z');
  });

  it('holds a release back until its minute, not its day', () => {
    expect(isScheduled(release('09:00'), new Date('2025-07-01T07:59:00Z'), ZONE)).toBe(true);
    expect(isScheduled(release('09:00'), new Date('2025-07-01T08:00:00Z'), ZONE)).toBe(false);
    // 23:30 UTC on 30 June is already 00:30 on 1 July in Casablanca
    expect(isScheduled(release(), new Date('2025-06-30T23:30:00Z'), ZONE)).toBe(false);
  });

  it('decides draft, scheduled, withdrawn or listed, with the preview switch', () => {
    const before = { now: new Date('2025-06-01T00:00:00Z'), timeZone: ZONE, buildFuture: false };
    const after = { ...before, now: new Date('2025-08-01T00:00:00Z') };
    expect(publicationState(release('09:00'), before)).toBe('scheduled');
    expect(publicationState(release('09:00'), after)).toBe('listed');
    expect(publicationState(release('09:00'), { ...before, buildFuture: true })).toBe('listed');
    expect(publicationState(release('09:00', { draft: true }), after)).toBe('draft');
    expect(
      publicationState(release('09:00', { draft: true }), { ...before, buildFuture: true }),
    ).toBe('draft');
    const withdrawn = release(undefined, { withdrawn: { reason: 'r' } });
    expect(publicationState(withdrawn, after)).toBe('withdrawn');
    expect(publicationState(withdrawn, before)).toBe('scheduled');
    expect(['draft', 'scheduled', 'listed', 'withdrawn'].map((s) => hasPage(s as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});
