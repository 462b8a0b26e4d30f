import { describe, expect, it } from 'vitest';
import type { ReleaseData } from '../../../src/archive/model.ts';
import { duplicateAliases } from '../../../src/checks/aliases.ts';
import type { CheckedRelease } from '../../../src/checks/release.ts';

const release = (file: string, aliases: string[]): CheckedRelease => ({
  file,
  id: file,
  draft: false,
  tags: [],
  data: { aliases } as unknown as ReleaseData<string>,
  lineOf: (path) => 20 + Number(path[1] ?? 0),
});

describe('duplicate aliases', () => {
  it('reports an old address claimed by two releases on both, naming the other', () => {
    const out = duplicateAliases([
      release('a.mdx', ['/?p=1', '/2023/05/مباحثات/']),
      release('b.mdx', ['/2023/05/%D9%85%D8%A8%D8%A7%D8%AD%D8%AB%D8%A7%D8%AA']),
      release('c.mdx', ['/?p=10']),
    ]);
    expect(out.map((d) => `${d.file}:${d.line} ${d.field}`)).toEqual([
      'a.mdx:21 aliases[1]',
      'b.mdx:20 aliases[0]',
    ]);
    expect(out[0]!.message).toBe(
      'the old address /2023/05/مباحثات/ is also claimed by b.mdx: an old link can lead to one release only',
    );
  });

  it('does not count one release writing an address twice as a clash', () => {
    expect(duplicateAliases([release('a.mdx', ['/x/', '/x'])])).toEqual([]);
  });
});
