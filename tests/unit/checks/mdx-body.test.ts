import fc from 'fast-check';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxBodyProblems as check } from '../../../src/checks/mdx-body.ts';
import { render } from '../../../src/messages/index.ts';
import { escapeMdx } from '../../../src/publish/import/mdx-escape.ts';

const mdxBodyProblems = (file: string, body: string, line: number) =>
  check(file, body, line).diagnostics;

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}
/** The text a reader sees: text node values, in order. */
const shown = (node: Node): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(shown).join('');

describe('MDX body check', () => {
  it('says what it found in Arabic too, with the tag isolated', () => {
    const [d] = check('a.mdx', 'نص <script>alert(1)</script>\n', 5).diagnostics;
    expect(d?.message).toMatch(/^<script> is not allowed in a release/);
    expect(render(d!.text!, 'ar').message).toMatch(/^\u2068<script>\u2069 غير مسموح به في البلاغ/);
  });

  it('accepts plain text, escaped characters, HTML and comments', () => {
    expect(mdxBodyProblems('a.mdx', 'نص عادي.\n\nفقرة ثانية.', 8)).toEqual([]);
    expect(
      mdxBodyProblems('a.mdx', 'نص \\{x\\} و \\<b\\> و 5 < 6\n\n{/* ملاحظة */}\n\nسطر<br />', 8),
    ).toEqual([]);
  });

  it('reports an unclosed tag or brace at its file line and column', () => {
    expect(mdxBodyProblems('a.mdx', 'فقرة.\n\nنص <التنسيق> هنا', 8)[0]).toMatchObject({
      rule: 'mdx',
      line: 10,
      column: 4,
    });
    expect(mdxBodyProblems('a.mdx', 'نص {غير مغلق', 8)[0]!.message).toContain(
      'cannot be read as MDX',
    );
  });

  it('reports braces that would run as code instead of showing', () => {
    const [problem] = mdxBodyProblems('a.mdx', 'فقرة.\n\nالدورة {2025} من الندوة', 8);
    expect(problem).toMatchObject({
      line: 10,
      column: 8,
      message: '{2025} is read as code (an MDX expression), not shown as text',
    });
    expect(mdxBodyProblems('a.mdx', 'export const a = 1\n\nنص', 8)[0]!.message).toContain(
      '"import" or "export"',
    );
  });

  it('passes every escaped imported paragraph, which shows exactly as written', () => {
    const chars = fc.constantFrom(
      'ا',
      'ب',
      ' ',
      '{',
      '}',
      '<',
      '>',
      '*',
      '_',
      '[',
      ']',
      '`',
      '~',
      '&',
      '|',
      '#',
      '-',
      '+',
      '1',
      '.',
      ')',
      '\\',
      '!',
      ':',
      '=',
      'a',
    );
    fc.assert(
      fc.property(
        fc
          .string({ unit: chars, minLength: 1 })
          .map((s) => s.trim())
          .filter((s) => s !== ''),
        (paragraph) => {
          const mdx = escapeMdx(paragraph);
          expect(mdxBodyProblems('a.mdx', mdx, 1)).toEqual([]);
          expect(shown(mdxToMdast(mdx) as Node)).toBe(paragraph);
        },
      ),
      { numRuns: 300 },
    );
  });
});
