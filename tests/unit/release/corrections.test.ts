import { describe, expect, it } from 'vitest';
import { correctionHistory, lastModified } from '../../../src/release/corrections.ts';

const day = (d: number, month = 6) => ({ year: 2025, month, day: d });

describe('correction history', () => {
  it('merges updated/correction with the corrections list, newest first', () => {
    const data = {
      date: day(18),
      updated: day(20),
      correction: 'صُحّح التاريخ',
      corrections: [
        { date: day(19), note: 'صُحّح اسم المدينة' },
        { date: day(2, 7), note: 'أضيفت صورة' },
      ],
    };
    expect(correctionHistory(data).map((c) => [c.date.day, c.note])).toEqual([
      [2, 'أضيفت صورة'],
      [20, 'صُحّح التاريخ'],
      [19, 'صُحّح اسم المدينة'],
    ]);
    expect(lastModified(data)).toEqual(day(2, 7));
  });

  it('is empty for a release never corrected, whose last change is its date', () => {
    expect(correctionHistory({ date: day(18) })).toEqual([]);
    expect(lastModified({ date: day(18) })).toEqual(day(18));
    expect(correctionHistory({ date: day(18), updated: day(19) })).toEqual([
      { date: day(19), note: undefined },
    ]);
  });

  it('never dates the last change before the publication', () => {
    const data = { date: day(18), corrections: [{ date: day(1), note: 'n' }] };
    expect(lastModified(data)).toEqual(day(18));
  });
});
