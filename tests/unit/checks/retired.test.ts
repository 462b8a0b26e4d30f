import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRetired } from '../../../src/checks/retired.ts';
import { TMP } from '../../helpers/paths.ts';

const folder = (yaml?: string) => {
  const dir = join(TMP, 'retired-unit');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (yaml !== undefined) writeFileSync(join(dir, 'retired.yaml'), yaml);
  return dir;
};

describe('retired.yaml', () => {
  it('reads addresses with their reasons, and nothing when the file is absent', () => {
    expect(readRetired(folder())).toEqual([]);
    expect(readRetired(folder('- address: /releases/x/\n  reason: "خطأ"\n'))).toEqual([
      { address: '/releases/x/', reason: 'خطأ' },
    ]);
  });

  it('refuses an entry without an address or a reason, naming the item', () => {
    expect(() => readRetired(folder('address: /x/'))).toThrow(/must be a YAML list/);
    expect(() => readRetired(folder('- address: releases/x\n  reason: r\n'))).toThrow(
      /item 1 needs an "address:" starting with \//,
    );
    expect(() => readRetired(folder('- address: /releases/x/\n'))).toThrow(
      /item 1 \(\/releases\/x\/\) needs a "reason:"/,
    );
  });
});
