import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoDay, today } from '../../src/arabic/dates.ts';
import { BAD_INPUTS as ERRORS } from '../helpers/bad-inputs.ts';
import { runScript, scratch } from '../helpers/cli.ts';
import { FIXTURES } from '../helpers/paths.ts';

const CASES = join(FIXTURES, 'checks');
/** The archive's own address, so that only the releases are judged (see the example-site test). */
const OWN_SITE = { ARCHIVE_SITE: 'https://press.example.gov' };
const check = (dir: string, ...args: string[]) =>
  runScript('check', ['--dir', dir, ...args], OWN_SITE);

describe('npm run check', () => {
  it('passes a valid archive with exit code 0 and counts its releases', async () => {
    const result = await check(join(CASES, 'valid'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /2 releases checked \(0 drafts\) in \d+ ms: 0 errors, 0 warnings\./,
    );
  });

  it.each(ERRORS)(
    'refuses %s with file:line, field and a fix, exit code 1',
    async (name, where, expected) => {
      const result = await check(join(CASES, name));
      expect(result.code).toBe(1);
      const line = result.stdout.split('\n').findIndex((l) => l.includes(`${where}  error  `));
      expect(line, result.stdout).toBeGreaterThanOrEqual(0);
      expect(
        result.stdout
          .split('\n')
          .slice(line, line + 2)
          .join('\n'),
      ).toMatch(expected);
    },
  );

  it('warns about a tag variant, suggesting the existing spelling, without failing', async () => {
    const result = await check(join(CASES, 'tag-variant'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'three/index.mdx:7  warning  tags[0] «الوسوم»: "التعاون الامنيّ" is a variant spelling of the existing tag "التعاون الأمني"',
    );
    expect(result.stdout).toContain(
      '"مكافحه الإرهاب" looks like a variant spelling of the existing tag "مكافحة الإرهاب", but would get a separate tag page',
    );
    expect(result.stdout).toMatch(/0 errors, 2 warnings/);
  });

  it('warns while site is still the example address, on its line of archive.config.mjs', async () => {
    const result = await runScript('check', ['--dir', join(CASES, 'valid')], {
      ARCHIVE_SITE: 'https://archive.example.org',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /archive\.config\.mjs:\d+ {2}warning {2}site is still the example address https:\/\/archive\.example\.org: canonical URLs, feeds/,
    );
    expect(result.stdout).toContain("fix: write the archive's own address in  site:");
    expect(result.stdout).toMatch(/0 errors, 1 warning\./);
  });

  it('accepts aliases and attachments whose files are next to the release (a .docx attachment is no stray release)', async () => {
    const result = await check(join(CASES, 'attachments'));
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(
      /1 release checked \(0 drafts\) in \d+ ms: 0 errors, 0 warnings\./,
    );
  });

  it('lists a release scheduled within a year with its publication time, without failing', async () => {
    // A release dated 30 days from today in the archive time zone, written at test time.
    const soon = today('Africa/Casablanca', new Date(Date.now() + 30 * 86_400_000));
    const dir = scratch('check-future-date', join(CASES, 'future-date'));
    const file = join(dir, '2025/future/index.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('2999-01-01', isoDay(soon)));
    const result = await check(dir);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(
        `scheduled: .*future/index\\.mdx {2}publishes ${isoDay(soon)}T00:00:00[+-]\\d\\d:\\d\\d`,
      ),
    );
  });
});

/** Windows-1256 bytes of a text (the Arabic Windows code page), built from the decoder's table. */
function windows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((c) => table.get(c) ?? 0x3f));
}

describe('npm run check on files saved by other editors', () => {
  const release = () => readFileSync(join(CASES, 'valid/2024/second.mdx'), 'utf8');
  const variants: [name: string, bytes: () => Uint8Array | string, expected: RegExp][] = [
    [
      'bom',
      () => `\uFEFF${release()}`,
      /second\.mdx:1 {2}error {2}the file starts with a byte-order mark \(BOM\)/,
    ],
    [
      'crlf',
      () => release().replace(/\n/g, '\r\n'),
      /second\.mdx:1 {2}error {2}the file has Windows \(CRLF\) line endings/,
    ],
    [
      'nfd',
      () => release().replace('الرباط', 'الرباط').normalize('NFD'),
      /second\.mdx:\d+ {2}error {2}the file has decomposed \(NFD\) Unicode text/,
    ],
    [
      'cp1256',
      () => windows1256(release()),
      /second\.mdx:1 {2}error {2}the file is not saved as UTF-8 \(it is Windows-1256 Arabic\)/,
    ],
  ];

  it.each(variants)(
    'reports %s with a fix, and --fix rewrites the file as clean UTF-8',
    async (name, bytes, expected) => {
      const dir = scratch(`check-encoding-${name}`, join(CASES, 'valid'));
      const file = join(dir, '2024/second.mdx');
      writeFileSync(file, bytes());
      const before = await check(dir);
      expect(before.code).toBe(1);
      expect(before.stdout).toMatch(expected);
      expect(before.stdout).toContain('fix: run  npm run check -- --fix  to rewrite the file');
      const fixed = await check(dir, '--fix');
      expect(fixed.code, fixed.stdout).toBe(0);
      expect(fixed.stdout).toContain(`fixed: ${file}`);
      expect(readFileSync(file, 'utf8')).toBe(release());
    },
  );

  it('names the NFD line', async () => {
    const dir = scratch('check-encoding-nfd-line', join(CASES, 'valid'));
    writeFileSync(
      join(dir, '2024/second.mdx'),
      release().replace('بيان ثان صالح', 'بيان ثانٍ آخر'.normalize('NFD')),
    );
    expect((await check(dir)).stdout).toMatch(/second\.mdx:2 {2}error {2}the file has decomposed/);
  });
});

describe('npm run check on a missing or empty releases folder', () => {
  it('refuses a folder that does not exist, and warns about an empty one', async () => {
    const missing = await check(join(FIXTURES, 'checks', 'no-such-folder'));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('no-such-folder:1  error  the releases folder does not exist');
    const empty = await check(scratch('check-empty'));
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('warning  the releases folder holds no release');
  });
});

describe('npm run check with a bad setting', () => {
  it('names the settings file and the setting in Arabic, alone on stderr, exit code 1', async () => {
    const result = await runScript('check', ['--dir', join(CASES, 'valid')], {
      ...OWN_SITE,
      LANG: 'ar_MA.UTF-8',
      ARCHIVE_PAGE_SIZE: 'ten',
      ARCHIVE_TIME_ZONE: 'Mars/Olympus',
    });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^archive\.config\.mjs: timeZone: .*"Mars\/Olympus".*منطقة زمنية/),
      expect.stringMatching(/^archive\.config\.mjs: pageSize: .*عدد صحيح/),
    ]);
    // No loader stack trace burying the lines; no release was checked.
    expect(result.output).not.toMatch(/\bat \S+ \(|node:internal/);
    expect(result.stdout).not.toContain('checked');
  });
});
