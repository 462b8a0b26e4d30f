import { describe, expect, it } from 'vitest';
import type { ReleaseData } from '../../../src/archive/model.ts';
import type { CheckedRelease } from '../../../src/checks/release.ts';
import { BODY_PLACEHOLDER, releaseRules } from '../../../src/checks/release-rules.ts';

const data = (over: Partial<ReleaseData<string>> = {}): ReleaseData<string> => ({
  title: 't',
  date: { year: 2025, month: 6, day: 18 },
  dateline: 'd',
  issuer: 'i',
  countries: [],
  tags: [],
  draft: false,
  sample: false,
  ...over,
});
const release = (d: ReleaseData<string>): CheckedRelease => ({
  file: 'a.mdx',
  id: 'a',
  draft: d.draft,
  tags: [],
  data: d,
  lineOf: () => 3,
});
// 2025-06-17 23:30 UTC is already 2025-06-18 00:30 in Casablanca (UTC+1).
const NOW = new Date('2025-06-17T23:30:00Z');
const rules = (d: ReleaseData<string>, body = 'نص') =>
  releaseRules(release(d), body, 9, 'Africa/Casablanca', NOW).map((x) => x.rule);

describe('release rules', () => {
  it('accepts a scheduled release within a year, and refuses one further ahead', () => {
    expect(rules(data({ date: { year: 2025, month: 6, day: 19 } }))).toEqual([]);
    expect(rules(data({ date: { year: 2026, month: 6, day: 1 } }))).toEqual([]);
    expect(rules(data({ date: { year: 2026, month: 6, day: 25 } }))).toEqual(['future-date']);
    expect(rules(data({ date: { year: 2999, month: 1, day: 1 }, draft: true }))).toEqual([]);
  });

  it('refuses a date more than a year after today (a mistyped year), and only schedules one within a year', () => {
    expect(rules(data({ date: { year: 2026, month: 6, day: 18 } }))).toEqual([]);
    const far = releaseRules(
      release(data({ date: { year: 2026, month: 6, day: 20 } })),
      'نص',
      9,
      'Africa/Casablanca',
      NOW,
    );
    expect(far).toMatchObject([{ rule: 'future-date', severity: 'error', line: 3, field: 'date' }]);
    expect(far[0]!.message).toContain(
      'more than a year after today (2025-06-18 in Africa/Casablanca)',
    );
    expect(far[0]!.message).toContain('stay off the site until 2026-06-20T00:00:00+01:00');
  });

  it('warns when a correction or the withdrawal is dated before the release', () => {
    const early = { year: 2025, month: 6, day: 1 };
    expect(rules(data({ updated: early }))).toEqual(['updated-before-date']);
    expect(rules(data({ corrections: [{ date: early, note: 'n' }] }))).toEqual([
      'correction-before-date',
    ]);
    expect(rules(data({ withdrawn: { date: early, reason: 'r' } }))).toEqual([
      'withdrawn-before-date',
    ]);
    // the same day is fine, even when the release has a time
    const day = { year: 2025, month: 6, day: 18 };
    expect(
      rules(
        data({
          date: { ...day, time: '10:30' },
          updated: day,
          withdrawn: { date: day, reason: 'r' },
        }),
      ),
    ).toEqual([]);
  });

  it('refuses an empty or placeholder body unless the release is a draft', () => {
    expect(rules(data(), '\n{/* comment */}\n')).toEqual(['empty-body']);
    expect(rules(data(), `\n${BODY_PLACEHOLDER}\n`)).toEqual(['placeholder-body']);
    expect(rules(data({ draft: true }), `\n${BODY_PLACEHOLDER}\n`)).toEqual([]);
  });

  it('warns when the weekday named in the text does not fall on the date', () => {
    const body = 'أجرى المدير، اليوم الأربعاء بالرباط، مباحثات.\n\nفقرة ثانية.';
    expect(rules(data(), body)).toEqual([]); // 2025-06-18 is a Wednesday
    expect(rules(data({ date: { year: 2025, month: 6, day: 12 } }), body)).toEqual([
      'weekday-mismatch',
    ]);
  });

  it('checks «اليوم <weekday>» without a city, but not «يوم <weekday>» alone', () => {
    const thursday = { date: { year: 2025, month: 6, day: 12 } };
    expect(rules(data(thursday), 'عقد المدير العام، اليوم الأربعاء، اجتماعا.')).toEqual([
      'weekday-mismatch',
    ]);
    expect(rules(data(thursday), 'اليوم الخميس عقد المدير العام اجتماعا.')).toEqual([]);
    // «يوم الأربعاء» with no city may be another day («سيعقد … يوم الأربعاء»): not checked.
    expect(rules(data(thursday), 'سيعقد الاجتماع يوم الأربعاء المقبل.')).toEqual([]);
    // «اليوم الأحدث» is no weekday.
    expect(rules(data(thursday), 'التقرير اليوم الأحدث.')).toEqual([]);
  });
});
