import { describe, expect, it } from 'vitest';
import { aliasTargetProblems } from '../../../src/checks/alias-targets.ts';
import type { CheckedRelease } from '../../../src/checks/release.ts';

const release = (slug: string, aliases: string[]): CheckedRelease =>
  ({
    file: `releases/2025/${slug}.mdx`,
    id: `2025/${slug}`,
    slug,
    draft: false,
    tags: [],
    lineOf: (path: readonly PropertyKey[]) => 10 + Number(path[1] ?? 0),
    data: { aliases } as never,
  }) as CheckedRelease;
const rules = (releases: CheckedRelease[], base = '/') =>
  aliasTargetProblems(releases, base).map((d) => [d.severity, d.file, d.line, d.message]);

describe('alias targets', () => {
  it('accepts old paths, queries and old release addresses', () => {
    expect(rules([release('a', ['/2023/05/12/old/', '/?p=12', '/releases/old-a/'])])).toEqual([]);
  });

  it("refuses another release's address, the release's own, the home page and the archive's sections", () => {
    const found = rules([
      release('a', ['/releases/b/', '/releases/a', '/', '/tags/x/', '/rss.xml']),
      release('b', []),
    ]);
    expect(found.map((f) => f[2])).toEqual([10, 11, 12, 13, 14]);
    expect(found[0]![3]).toContain('the address of another release, releases/2025/b.mdx');
    expect(found[1]![3]).toContain("this release's own address");
    expect(found[2]![3]).toContain('(the home page)');
    expect(found.every((f) => f[0] === 'error')).toBe(true);
  });

  it('warns about an alias outside the base path', () => {
    expect(rules([release('a', ['/old/x/', '/press/old/'])], '/press/')).toEqual([
      [
        'warning',
        'releases/2025/a.mdx',
        10,
        expect.stringContaining("outside the site's base path /press/"),
      ],
    ]);
  });
});
