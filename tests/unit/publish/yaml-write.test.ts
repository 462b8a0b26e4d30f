import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderFrontmatter, yamlScalar } from '../../../src/publish/yaml-write.ts';

describe('frontmatter writer', () => {
  it('writes plain Arabic as is and quotes what YAML would misread', () => {
    expect(yamlScalar('الرباط')).toBe('الرباط');
    expect(yamlScalar('حموشي: يبحث')).toBe('"حموشي: يبحث"');
    expect(yamlScalar('yes')).toBe('"yes"');
    expect(yamlScalar('2025-06-18')).toBe('"2025-06-18"');
    expect(yamlScalar('# وسم')).toBe('"# وسم"');
  });

  it('reads back every string exactly (YAML 1.2, as the check and Astro read it)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'ا',
            'ب',
            ' ',
            ':',
            '#',
            '"',
            "'",
            '-',
            '[',
            '{',
            '\\',
            'a',
            '1',
            '،',
            '?',
            '*',
            '&',
            '!',
            '|',
            '>',
          ),
        }),
        (s) => {
          const text = renderFrontmatter([
            { key: 'title', value: s },
            { key: 'tags', value: [s, 'x'], block: true },
            { key: 'countries', value: [s] },
          ]);
          const data = parse(text.slice(4, -4));
          expect(data).toEqual({ title: s, tags: [s, 'x'], countries: [s] });
        },
      ),
    );
  });

  it('writes comments, booleans and extra lines in order', () => {
    expect(
      renderFrontmatter(
        [
          { key: 'draft', value: true, comment: 'c' },
          { key: 'summary', value: undefined },
        ],
        ['# x'],
      ),
    ).toBe('---\ndraft: true  # c\n# x\n---\n');
  });
});
