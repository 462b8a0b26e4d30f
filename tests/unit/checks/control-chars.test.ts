import { describe, expect, it } from 'vitest';
import {
  controlCharacterProblems,
  controlCharacterValues,
} from '../../../src/checks/control-chars.ts';
import { splitRelease } from '../../../src/checks/frontmatter.ts';
import { removeControlCharacters } from '../../../src/release/control-chars.ts';

describe('control characters', () => {
  const text = '---\ntitle: "أ\u0000ب"\n---\n\nنص\u0001 و\u0085 و\u007F\n\nسليم\tمع جدولة\n';

  it('are errors in the frontmatter and warnings in the body, with line, column and code points', () => {
    const problems = controlCharacterProblems('a.mdx', text, splitRelease(text));
    expect(problems.map((p) => [p.severity, p.line, p.column])).toEqual([
      ['error', 2, 10],
      ['warning', 5, 3],
    ]);
    expect(problems[1]!.message).toBe(
      'the text has 3 invisible control character(s) (U+0001, U+0085, U+007F); they are removed from the published release',
    );
  });

  it('finds those written as YAML escapes, by field', () => {
    const found = controlCharacterValues(
      'a.mdx',
      { title: 'a\u0000', tags: ['ok', 'b\uD800'] },
      (path) => path.length,
    );
    expect(found.map((d) => [d.field, d.line])).toEqual([
      ['title', 1],
      ['tags[1]', 2],
    ]);
  });

  it('removes C0 (but tab and newlines), DEL, C1, U+FFFE/U+FFFF and lone surrogates, keeping pairs', () => {
    expect(
      removeControlCharacters(
        'a\u0000\u0008\t\n\r\u000B\u001F\u007F\u0080\u009F\uFFFE\uFFFF\uD800b\uDC00😀',
      ),
    ).toBe('a\t\n\rb😀');
    expect(removeControlCharacters('نص عادي')).toBe('نص عادي');
  });
});
