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
  it("warns about a date after today in the archive time zone, not the machine's", () => {
    expect(rules(data())).toEqual([]);
    expect(rules(data({ date: { year: 2025, month: 6, day: 19 } }))).toEqual(['future-date']);
  });

  it('refuses a date more than a year after today (a mistyped year), but only warns within a year', () => {
    expect(rules(data({ date: { year: 2026, month: 6, day: 18 } }))).toEqual(['future-date']);
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
    expect(
      releaseRules(
        release(data({ date: { year: 2026, month: 6, day: 18 } })),
        'نص',
        9,
        'Africa/Casablanca',
        NOW,
      )[0]!.severity,
    ).toBe('warning');
  });

  it('warns when the correction date is before the release date', () => {
    expect(rules(data({ updated: { year: 2025, month: 6, day: 1 } }))).toEqual([
      'updated-before-date',
    ]);
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
