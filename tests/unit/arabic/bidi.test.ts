import { describe, expect, it } from 'vitest';
import { isLatinOnly, splitLatinRuns } from '../../../src/arabic/bidi.ts';

const latin = (text: string) =>
  splitLatinRuns(text)
    .filter((s) => s.latin)
    .map((s) => s.text);

describe('splitLatinRuns', () => {
  it.each([
    ['منظمة الشرطة الجنائية الدولية (INTERPOL)، خُصص', ['INTERPOL']],
    ['جائحة COVID-19 وقمة G20 بالرياض', ['COVID-19', 'G20']],
    ['السيد Alex Pinfield، سفير المملكة المتحدة', ['Alex Pinfield']],
    ['مسافة 120 km عن الحدود', ['120 km']],
    ['Europol كانت حاضرة', ['Europol']],
    ['لفائدة 120 محققًا', []],
  ])('%s', (text, runs) => {
    expect(latin(text)).toEqual(runs);
  });

  it('keeps every character: the segments join back to the input', () => {
    const text = 'اجتماع مع INTERPOL و Europol (EU) حول COVID-19.';
    expect(
      splitLatinRuns(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('does not isolate a text that has no Arabic at all', () => {
    expect(splitLatinRuns('Press release (INTERPOL)')).toEqual([
      { text: 'Press release (INTERPOL)', latin: false },
    ]);
    expect(isLatinOnly('Press release 2025')).toBe(true);
    expect(isLatinOnly('بلاغ INTERPOL')).toBe(false);
    expect(isLatinOnly('2025')).toBe(false);
  });
});
