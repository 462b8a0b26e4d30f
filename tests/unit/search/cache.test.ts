import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importClosure, searchCodeVersion } from '../../../src/search/build/cache.ts';
import { ROOT } from '../../helpers/paths.ts';

describe('the search-part cache key', () => {
  it('covers every file the indexing code imports, however indirectly, and the packages it uses', () => {
    const { files, packages } = importClosure(join(ROOT, 'src/search/build/part.ts'));
    const relativeFiles = files.map((f) => f.slice(ROOT.length));
    for (const file of [
      'src/search/build/document.ts',
      'src/search/build/restore.ts',
      'src/arabic/search-fold.ts',
      'src/arabic/fold.ts',
      'src/arabic/text.ts',
      'src/search/contract.ts',
    ]) {
      expect(relativeFiles).toContain(file);
    }
    expect(packages).toEqual(expect.arrayContaining(['pagefind', 'node-html-parser']));
    expect(relativeFiles.every((f) => f.startsWith('src/'))).toBe(true);
  });

  it('is stable for unchanged code', () => {
    expect(searchCodeVersion()).toMatch(/^[0-9a-f]{64}$/);
    expect(searchCodeVersion()).toBe(searchCodeVersion());
  });
});
