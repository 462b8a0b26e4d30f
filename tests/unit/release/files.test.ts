import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listReleaseFiles } from '../../../src/release/files.ts';
import { entryId, releaseSlug } from '../../../src/release/identity.ts';
import { TMP } from '../../helpers/paths.ts';

describe('release files', () => {
  it('lists what the content collection reads, and the look-alikes it would skip', () => {
    const dir = join(TMP, 'unit-files');
    for (const f of [
      '2025/a/index.mdx',
      '2025/b.md',
      '2025/_draft.mdx',
      'README.md',
      '2025/c/index.txt',
      '2025/d.MDX',
      '2025/e/index.mdx.docx',
      '2025/a/photo.jpg',
      'tags.yaml',
    ]) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), '');
    }
    const listing = listReleaseFiles(dir);
    expect(listing).toMatchObject({
      releases: ['2025/a/index.mdx', '2025/b.md'],
      skipped: ['2025/c/index.txt', '2025/d.MDX', '2025/e/index.mdx.docx'],
      hidden: ['2025/_draft.mdx'],
      links: [],
    });
    expect(listing.paths).toContain('2025/a/photo.jpg');
    expect(listing.paths).not.toContain('2025/_draft.mdx');
  });

  it('computes the entry id like src/content.config.ts', () => {
    expect(entryId('2025/a/index.mdx')).toBe('2025/a');
    expect(entryId('2025/b.md')).toBe('2025/b');
    expect(entryId('2025/آ.mdx'.normalize('NFD'))).toBe('2025/آ');
  });

  it('makes the permalink slug from the slug field, else from the folder or file name', () => {
    expect(releaseSlug('2025/مباحثات التعاون')).toBe('مباحثات-التعاون');
    expect(releaseSlug('2025/folder-name', 'rabat-talks')).toBe('rabat-talks');
    expect(() => releaseSlug('2025/؟؟')).toThrow(/no letters or digits/);
  });
});
