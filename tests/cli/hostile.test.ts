import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, scratch } from '../helpers/cli.ts';
import {
  expectCases,
  expectNoLeak,
  HARMLESS,
  REFUSED,
  runtimeFixtures,
  SENTINEL_HOME,
} from '../helpers/hostile.ts';
import { FIXTURES } from '../helpers/paths.ts';

const check = (dir: string, ...args: string[]) =>
  runScript('check', ['--dir', dir, ...args], { HOME: SENTINEL_HOME });

describe('npm run check on hostile releases', () => {
  it.each(Object.entries(REFUSED))(
    '%s: each case is an error at its file:line, exit code 1',
    async (_, { dir, cases, env }) => {
      const result = await runScript('check', ['--dir', dir], { HOME: SENTINEL_HOME, ...env });
      expect(result.code, result.output).toBe(1);
      expectCases(result, cases);
      expectNoLeak(result.output);
    },
  );

  it('markup that is merely not published: warnings, exit code 0, and the files skipped by design are listed', async () => {
    const result = await check(HARMLESS.dir);
    expect(result.code, result.output).toBe(0);
    expectCases(result, HARMLESS.cases);
    for (const file of HARMLESS.skipped)
      expect(result.stdout).toContain(
        `2025/${file}  skipped  a folder or file name starting with "_" or "." is never published`,
      );
  });

  it('names that lose a release and symbolic links: errors, without reading what a link points to', async () => {
    const { dir, cases } = runtimeFixtures('cli-hostile-names');
    const result = await check(dir);
    expect(result.code, result.output).toBe(1);
    expectCases(result, cases);
    expectNoLeak(result.output);
  });
});

describe('npm run check -- --fix never corrupts text', () => {
  const text = readFileSync(join(FIXTURES, 'checks/valid/2024/second.mdx'), 'utf8');
  const utf16le = (s: string) => Buffer.from(`\uFEFF${s}`, 'utf16le');
  const utf16be = (s: string) => Buffer.from(`\uFEFF${s}`, 'utf16le').swap16();
  const noBom = (s: string) => Buffer.from(s, 'utf16le');

  it.each([
    ['UTF-16LE with BOM', utf16le],
    ['UTF-16BE with BOM', utf16be],
    ['UTF-16LE without BOM', noBom],
  ])('reads %s and rewrites it as the same text in UTF-8', async (name, encode) => {
    const dir = scratch(`cli-fix-${name.replace(/\W+/g, '-')}`, join(FIXTURES, 'checks/valid'));
    const file = join(dir, '2024/second.mdx');
    writeFileSync(file, encode(text));
    const before = await check(dir);
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(
      /second\.mdx:1 {2}error {2}the file is saved as UTF-16 \(what Windows Notepad calls "Unicode"\), not UTF-8/,
    );
    const fixed = await check(dir, '--fix');
    expect(fixed.stdout).toContain(`fixed: ${file} (read as UTF-16;`);
    expect(fixed.code, fixed.output).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('reports a UTF-8 file with one damaged byte by line, and --fix leaves every byte as it was', async () => {
    const dir = scratch('cli-fix-damaged', join(FIXTURES, 'checks/valid'));
    const file = join(dir, '2024/second.mdx');
    const good = Buffer.from(text, 'utf8');
    const at = good.indexOf(Buffer.from('\ndateline', 'utf8')) + 1; // start of line 4
    const damaged = Buffer.concat([good.subarray(0, at), Buffer.from([0xd8]), good.subarray(at)]);
    writeFileSync(file, damaged);
    const before = await check(dir);
    expect(before.stdout).toMatch(
      /second\.mdx:4 {2}error {2}1 byte\(s\) on line\(s\) 4 are not valid UTF-8 while the rest of the file is/,
    );
    const fixed = await check(dir, '--fix');
    expect(fixed.stdout).toContain(
      `not fixed: 1 damaged byte(s) on line(s) 4; retype those characters and save as UTF-8: ${file}`,
    );
    expect(fixed.code).toBe(1);
    expect(readFileSync(file).equals(damaged)).toBe(true);
  });

  it('does not guess a file in an encoding it cannot be sure of', async () => {
    const dir = scratch('cli-fix-latin1', join(FIXTURES, 'checks/valid'));
    const file = join(dir, '2024/second.mdx');
    const latin1 = Buffer.from(text.replace(/[^\x00-\x7F]+/g, 'réunion à Rabat'), 'latin1');
    writeFileSync(file, latin1);
    const fixed = await check(dir, '--fix');
    expect(fixed.stdout).toMatch(
      /second\.mdx:1 {2}error {2}the file is not saved as UTF-8, and its encoding cannot be told for sure/,
    );
    expect(readFileSync(file).equals(latin1)).toBe(true);
  });
});
