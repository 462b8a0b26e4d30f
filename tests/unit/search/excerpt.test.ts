import { describe, expect, it } from 'vitest';
import {
  buildExcerpt,
  matchedWords,
  withTextFragment,
} from '../../../src/search/browser/excerpt.ts';

const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
const content = words.join(' ');
const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('result excerpts', () => {
  it('marks the matched words and cuts around the densest cluster', () => {
    const segments = buildExcerpt(content, [60, 62, 3], 10);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['w60', 'w62']);
    expect(text(segments).startsWith('… ')).toBe(true);
    expect(text(segments).endsWith(' …')).toBe(true);
  });

  it('starts at the beginning without ellipsis when nothing matched', () => {
    expect(text(buildExcerpt('أ ب ج', [], 10))).toBe('أ ب ج');
  });

  it('stays inside a sub-result range', () => {
    const segments = buildExcerpt(content, [50], 10, [48, 52]);
    expect(text(segments)).toBe('w48 w49 w50 w51'); // the whole section fits: no ellipsis
    expect(text(buildExcerpt(content, [50], 2, [48, 52]))).toBe('… w50 w51');
  });

  it('lists the distinct matched words without punctuation', () => {
    expect(matchedWords('قال «الغابون»، ثم الغابون.', [1, 3])).toEqual(['الغابون']);
  });

  it('links to the matched words with a text fragment, keeping a heading anchor', () => {
    expect(withTextFragment('/releases/x/', ['الغابون', 'COVID-19'])).toBe(
      `/releases/x/#:~:text=${encodeURIComponent('الغابون')}&text=COVID%2D19`,
    );
    expect(withTextFragment('/releases/x/#h', ['a'])).toBe('/releases/x/#h:~:text=a');
    expect(withTextFragment('/releases/x/', [])).toBe('/releases/x/');
  });
});
