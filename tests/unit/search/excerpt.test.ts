import { describe, expect, it } from 'vitest';
import {
  buildExcerpt,
  splitToken,
  textDirectives,
  withTextFragment,
} from '../../../src/search/browser/excerpt.ts';

const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
const content = words.join(' ');
const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const decoded = (directives: string[]) =>
  directives.map((d) => decodeURIComponent(d.replace(/-,/g, ' | ').replace(/,-/g, ' | ')));

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

  it('stays inside a range: a sub-result, or the release text after its title and caption', () => {
    const segments = buildExcerpt(content, [50], 10, [48, 52]);
    expect(text(segments)).toBe('w48 w49 w50 w51'); // the whole section fits: no ellipsis
    expect(text(buildExcerpt(content, [50], 2, [48, 52]))).toBe('… w50 w51');
    // A match in the title (before the text) is not a reason to start there.
    expect(text(buildExcerpt('العنوان. التعليق. نص البلاغ', [0], 10, [2, 4]))).toBe('نص البلاغ');
  });

  it('marks the word and not the punctuation around it', () => {
    const segments = buildExcerpt('تعزيز التعاون «الأمني». ثم', [2], 10);
    expect(segments).toEqual([
      { text: 'تعزيز التعاون «', mark: false },
      { text: 'الأمني', mark: true },
      { text: '». ثم', mark: false },
    ]);
    expect(splitToken('(الغابون،')).toEqual(['(', 'الغابون', '،']);
    expect(splitToken('…')).toEqual(['…', '', '']);
  });
});

describe('text fragments to the matched words of a release', () => {
  const body =
    'زيارة وفد الغابون. استقبل المدير سفير الغابون، ثم زار الوفد معهد (الغابون) للتكوين.';
  // words: 0 زيارة 1 وفد 2 الغابون. | 3 استقبل 4 المدير 5 سفير 6 الغابون، 7 ثم 8 زار 9 الوفد 10 معهد 11 (الغابون) 12 للتكوين.

  it('gives each occurrence in the text its words around it, in the same sentence', () => {
    expect(decoded(textDirectives(body, [11, 6, 2], 3, 'زيارة وفد الغابون'))).toEqual([
      'المدير سفير | الغابون | ، ثم زار',
      'الوفد معهد ( | الغابون | ) للتكوين',
    ]);
  });

  it('makes one directive of adjacent matched words, as a phrase', () => {
    expect(decoded(textDirectives('تراجع عدد حوادث السير في المدن.', [2, 3], 0))).toEqual([
      'تراجع عدد | حوادث السير | في المدن',
    ]);
  });

  it('never targets the title, and stops at a sentence end', () => {
    const directives = decoded(textDirectives(body, [2], 3));
    expect(directives).toEqual([]);
    expect(decoded(textDirectives('أولا. الغابون ثانيا', [1], 0))).toEqual(['الغابون | ثانيا']);
  });

  it('widens the window when the title holds the same words', () => {
    // The text opens with the title's words: two words of context would match the title first.
    const title = 'التعاون الأمني مهم جدا';
    const text = `${title}. التعاون الأمني مهم جدا للبلدين`;
    expect(decoded(textDirectives(text, [4], 4, title))).toEqual([
      'التعاون | الأمني مهم جدا للبلدين',
    ]);
  });

  it('percent-encodes the directive syntax and keeps a heading anchor', () => {
    const [d] = textDirectives('جائحة COVID-19 على', [1], 0);
    expect(d).toBe(`${encodeURIComponent('جائحة')}-,COVID%2D19,-${encodeURIComponent('على')}`);
    expect(withTextFragment('/releases/x/', [d!])).toBe(`/releases/x/#:~:text=${d}`);
    expect(withTextFragment('/releases/x/#h', ['a', 'b'])).toBe('/releases/x/#h:~:text=a&text=b');
    expect(withTextFragment('/releases/x/', [])).toBe('/releases/x/');
  });
});
