import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/arabic/search-fold.ts';
import { restoreFragment, restoreWords } from '../../../src/search/build/restore.ts';

const original = 'وقَّعت المديريه اتفاقية مع الجامعة، والغابون في ٢٠٢٥';
const words = original.split(' ');

describe('restoring original words into Pagefind fragments', () => {
  it('gives back every original word at its position', () => {
    const { text, unmatched } = restoreWords(normaliseText(original), words);
    expect(text).toBe(original);
    expect(unmatched).toBe(0);
  });

  it('keeps the full stop Pagefind adds at the end of a block', () => {
    const indexed = `${normaliseText('عنوان البلاغ')}. ${normaliseText(original)}`;
    const { text } = restoreWords(indexed, ['عنوان', 'البلاغ', ...words]);
    expect(text).toBe(`عنوان البلاغ. ${original}`);
  });

  it('joins words Pagefind read as one across inline elements', () => {
    const { text } = restoreWords(
      `${normaliseText('ال')}${normaliseText('أمن')} ${normaliseText('الوطني')}`,
      ['ال', 'أمن', 'الوطني'],
    );
    expect(text).toBe('الأمن الوطني');
  });

  it('records where the release text starts, in fragment words, after words joined by Pagefind', () => {
    const fragment = {
      url: '/releases/x/',
      // Pagefind joined «ال» and «أمن» (inline elements without a space): one word fewer.
      content: `${normaliseText('عنوان')}. ${normaliseText('ال')}${normaliseText('أمن')} ${normaliseText('الوطني')}`,
      meta: {},
    };
    restoreFragment(fragment, {
      words: ['عنوان', 'ال', 'أمن', 'الوطني'],
      title: 'عنوان',
      textStart: 3,
      meta: {},
      dropMeta: [],
    });
    expect(fragment.content).toBe('عنوان. الأمن الوطني');
    expect(fragment.meta).toEqual({ title: 'عنوان', b: '2' });
  });

  it('counts words it cannot place and leaves them as they are', () => {
    const { text, unmatched } = restoreWords('نص غريب', words);
    expect(text).toBe('نص غريب');
    expect(unmatched).toBe(2);
  });

  it('restores title, headings and metadata of a fragment', () => {
    const fragment = {
      url: '/releases/x/',
      content: normaliseText('التقرير السنوي. مكافحة التهريب في الموانئ'),
      meta: { title: normaliseText('التقرير السنوي'), k: 'غابون', v: '!!' },
      anchors: [{ element: 'h2', id: 'x', text: normaliseText('مكافحة التهريب'), location: 2 }],
    };
    const unmatched = restoreFragment(fragment, {
      words: 'التقرير السنوي مكافحة التهريب في الموانئ'.split(' '),
      title: 'التقرير السنوي',
      textStart: 2,
      meta: { date: '2025-01-01' },
      dropMeta: ['k', 'v'],
    });
    expect(unmatched).toBe(0);
    expect(fragment.content).toBe('التقرير السنوي. مكافحة التهريب في الموانئ');
    expect(fragment.meta).toEqual({ title: 'التقرير السنوي', date: '2025-01-01', b: '2' });
    expect(fragment.anchors[0]!.text).toBe('مكافحة التهريب');
  });
});
