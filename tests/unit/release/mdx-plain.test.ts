import { describe, expect, it } from 'vitest';
import { needsMdx } from '../../../src/release/mdx-plain.ts';

describe('needsMdx', () => {
  it('lets plain Arabic prose, headings, lists, links, quotes and tables take the Markdown path', () => {
    const body = [
      'قام وفد أمني **رفيع المستوى** بزيارة عمل إلى [الرباط](https://example.org/).',
      '',
      '## محاور اللقاء',
      '',
      '- التدريب',
      '- تبادل الخبرات',
      '',
      '> اقتباس من البلاغ',
      '',
      '| أ | ب |',
      '|---|---|',
      '| 1 | 2 |',
    ].join('\n');
    expect(needsMdx(body)).toBe(false);
  });

  it.each([
    ['a component', 'نص\n\n<Gallery images={list} />\n'],
    ['an HTML element', 'اختصار <abbr title="منظمة">م</abbr>'],
    ['an autolink', 'الموقع <https://example.org>'],
    ['an HTML comment', 'نص <!-- ملاحظة -->'],
    ['an expression', 'العدد {42}'],
    ['an import', 'import Chart from "../../chart.astro";\n\nنص'],
    ['an export', 'export const x = 1;\n\nنص'],
    ['an indented code block', 'نص\n\n    code line\n'],
    ['a tab-indented line', 'نص\n\n\tcode line\n'],
    ['a body image', 'نص\n\n![وصف](./photo.jpg)\n'],
    ['a fenced code block', 'نص\n\n```sh\nnpm run build\n```\n'],
    ['a tilde code fence', 'نص\n\n~~~\ncode\n~~~\n'],
  ])('sends a body with %s to MDX', (_what, body) => {
    expect(needsMdx(body)).toBe(true);
  });

  it('does not mistake the words import/export inside a sentence for ESM', () => {
    expect(needsMdx('نص عن import و export في التجارة')).toBe(false);
  });
});
