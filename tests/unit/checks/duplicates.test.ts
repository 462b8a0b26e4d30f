import { describe, expect, it } from 'vitest';
import { duplicateUrls } from '../../../src/checks/duplicates.ts';
import type { CheckedRelease } from '../../../src/checks/release.ts';

const release = (file: string, id: string, slug: string, draft = false): CheckedRelease => ({
  file,
  id,
  slug,
  draft,
  tags: [],
  lineOf: () => 1,
});

describe('duplicate URLs', () => {
  it('reports two published releases with the same slug on both files', () => {
    const out = duplicateUrls([
      release('a/x/index.mdx', '2024/x', 'x'),
      release('b/x.mdx', '2025/x', 'x'),
      release('c.mdx', '2025/c', 'c'),
    ]);
    expect(out.map((d) => [d.severity, d.file])).toEqual([
      ['error', 'a/x/index.mdx'],
      ['error', 'b/x.mdx'],
    ]);
    expect(out[0]!.message).toBe('ends at the same URL /releases/x/ as b/x.mdx');
  });

  it('only warns when a draft would collide once published', () => {
    const out = duplicateUrls([
      release('a.mdx', '2024/x', 'x'),
      release('b.mdx', '2025/x', 'x', true),
    ]);
    expect(out.map((d) => d.severity)).toEqual(['warning', 'warning']);
  });

  it('reports x.mdx next to x/index.mdx (the same entry) even for drafts', () => {
    const out = duplicateUrls([
      release('2025/x.mdx', '2025/x', 'x', true),
      release('2025/x/index.mdx', '2025/x', 'x'),
    ]);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('the build would keep only one'),
    });
  });
});
