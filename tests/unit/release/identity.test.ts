import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listReleaseFiles } from '../../../src/release/files.ts';
import { isReleasePath } from '../../../src/release/identity.ts';
import { TMP } from '../../helpers/paths.ts';

describe('isReleasePath', () => {
  it('matches exactly the files the collection patterns list', () => {
    const dir = join(TMP, 'identity-patterns');
    rmSync(dir, { recursive: true, force: true });
    const names = [
      '2025/a/index.mdx',
      '2025/b.md',
      '2025/_draft-notes.mdx',
      '_templates/x/index.mdx',
      '2025/README.md',
      '2025/c/photo.jpg',
      '2025/c/index.mdx.txt',
      'tags.yaml',
    ];
    for (const name of names) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), '');
    }
    expect(names.filter(isReleasePath).sort()).toEqual(listReleaseFiles(dir).releases);
    expect(listReleaseFiles(dir).releases).toEqual(['2025/a/index.mdx', '2025/b.md']);
  });
});
