import { describe, expect, it } from 'vitest';
import { innerQuotes, parseFrontmatter, splitRelease } from '../../../src/checks/frontmatter.ts';

describe('frontmatter reading', () => {
  it('splits frontmatter and body with file line numbers', () => {
    const split = splitRelease('\n---\ntitle: x\ndate: 2025-06-18\n---\n\nنص\n')!;
    expect(split.yaml).toBe('title: x\ndate: 2025-06-18\n');
    expect(split.yamlLine).toBe(3);
    expect(split.bodyLine).toBe(6);
    expect(split.body).toBe('\nنص\n');
    expect(splitRelease('title: x\n')).toBeUndefined();
    expect(splitRelease('\uFEFF---\r\ntitle: x\r\n---\r\n')!.yaml).toBe('title: x\n');
  });

  it('finds the line of a field, a list item, or the nearest parent when missing', () => {
    const fm = parseFrontmatter(
      'a.mdx',
      splitRelease('---\ntitle: x\ntags:\n  - a\n  - b\nimage:\n  src: ./p.jpg\n---\n')!,
    );
    expect(fm.errors).toEqual([]);
    expect(fm.lineOf(['title'])).toBe(2);
    expect(fm.lineOf(['tags', 1])).toBe(5);
    expect(fm.lineOf(['image', 'alt'])).toBe(6);
    expect(fm.lineOf(['dateline'])).toBe(1);
  });

  it('reports YAML syntax errors at their line, keeping dates as written', () => {
    const bad = parseFrontmatter(
      'a.mdx',
      splitRelease('---\ndate: 2025-06-18\ntitle: حموشي: يبحث\n---\n')!,
    );
    expect(bad.data).toBeUndefined();
    expect(bad.errors[0]).toMatchObject({ rule: 'yaml', file: 'a.mdx', line: 3 });
    expect(bad.errors[0]!.fix).toContain('double quotes');
    const dup = parseFrontmatter('a.mdx', splitRelease('---\ntitle: a\ntitle: b\n---\n')!);
    expect(dup.errors[0]!.line).toBe(3);
    expect(parseFrontmatter('a.mdx', splitRelease('---\ndate: 2025-02-30\n---\n')!).data).toEqual({
      date: '2025-02-30',
    });
  });

  it('refuses YAML aliases before expanding them (a "billion laughs" bomb of 9^10 values)', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefghij')
      levels.push(
        `${name}: &${name} [${Array(9)
          .fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`)
          .join(', ')}]`,
      );
    const bomb = parseFrontmatter(
      'a.mdx',
      splitRelease(`---\ntitle: x\n${levels.join('\n')}\n---\n`)!,
    );
    expect(bomb.data).toBeUndefined();
    expect(bomb.errors).toHaveLength(1);
    expect(bomb.errors[0]).toMatchObject({ rule: 'yaml', line: 4 });
    expect(bomb.errors[0]!.message).toMatch(/uses 81 YAML aliases \(\*a\)/);
  });

  it('refuses a frontmatter block over 16 kB without parsing it', () => {
    const big = parseFrontmatter(
      'a.mdx',
      splitRelease(`---\ntitle: "${'x'.repeat(17_000)}"\n---\n`)!,
    );
    expect(big.errors[0]!.message).toBe(
      "the frontmatter is 17 kB long; a release's fields fit in 16 kB",
    );
  });

  it('refuses lists nested deeper than 16 levels before the parser recurses into them', () => {
    const deep = parseFrontmatter(
      'a.mdx',
      splitRelease(`---\ntitle: "[[["\nx: ${'['.repeat(3000)}${']'.repeat(3000)}\n---\n`)!,
    );
    expect(deep.errors).toMatchObject([{ rule: 'yaml', line: 3, column: 20 }]);
    expect(deep.errors[0]!.message).toContain('more than 16 levels deep');
    expect(
      parseFrontmatter('a.mdx', splitRelease('---\ntags: [[a, b], {c: [d]}]\n---\n')!).errors,
    ).toEqual([]);
  });

  it("recognises double quotes inside a double-quoted title and writes the publisher's own title", () => {
    const title = 'المدير العام يستقبل وفد "الشرطة الفرنسية" بالرباط';
    const yaml = `title: "${title}"\ndate: 2025-06-18\n`;
    expect(innerQuotes(yaml)).toEqual([{ line: 1, field: 'title', fixed: `title: '${title}'` }]);
    expect(innerQuotes(`title: "رئيس \\"الوفد\\" يصل"\n`)).toEqual([]);
    expect(innerQuotes(`title: "عنوان عادي"\n`)).toEqual([]);
    expect(innerQuotes(`title: "l'équipe "A""\n`)[0]!.fixed).toBe(`title: 'l''équipe "A"'`);
    const fm = parseFrontmatter('a.mdx', splitRelease(`---\n${yaml}---\n`)!);
    expect(fm.errors).toHaveLength(1);
    expect(fm.errors[0]).toMatchObject({ line: 2, field: 'title', rule: 'yaml' });
    expect(fm.errors[0]!.fix).toContain(`title: '${title}'`);
  });
});
