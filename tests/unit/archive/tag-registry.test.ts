import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTagRegistry } from '../../../src/archive/tag-registry.ts';

const dirWith = (yaml?: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'tags-'));
  if (yaml !== undefined) writeFileSync(join(dir, 'tags.yaml'), yaml);
  return dir;
};

describe('tag registry', () => {
  it('is optional', () => {
    expect(readTagRegistry(dirWith())).toEqual([]);
  });

  it('reads preferred spellings and descriptions', () => {
    expect(
      readTagRegistry(
        dirWith('- name: الأمن الوطني\n  description: بلاغات الأمن\n- name: التعاون\n'),
      ),
    ).toEqual([{ name: 'الأمن الوطني', description: 'بلاغات الأمن' }, { name: 'التعاون' }]);
  });

  it('names the file and the item when an entry has no name', () => {
    expect(() => readTagRegistry(dirWith('- description: x\n'))).toThrow(
      /tags\.yaml: item 1 has no "name:"/,
    );
    expect(() => readTagRegistry(dirWith('name: x\n'))).toThrow(/must be a YAML list/);
  });
});
