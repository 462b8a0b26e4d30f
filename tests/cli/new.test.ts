import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, scratch } from '../helpers/cli.ts';
import { FIXTURES } from '../helpers/paths.ts';

const VALID = join(FIXTURES, 'checks/valid');

describe('npm run new', () => {
  it('creates releases/<year>/<slug>/index.mdx with complete frontmatter that passes check', async () => {
    const dir = scratch('new-basic', VALID);
    const result = await runScript('new', [
      '--dir',
      dir,
      '--title',
      'حموشي يبحث: التعاون الأمني مع سفراء',
      '--date',
      '2025-06-18',
      '--countries',
      'gb,GA',
      '--tags',
      'التعاون الامني، أمن الحدود',
    ]);
    expect(result.code, result.output).toBe(0);
    const file = join(dir, '2025', 'حموشي-يبحث-التعاون-الأمني-مع-سفراء', 'index.mdx');
    expect(result.stdout.split('\n')[0]).toBe(file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "حموشي يبحث: التعاون الأمني مع سفراء"\n');
    expect(text).toContain('date: 2025-06-18');
    expect(text).toContain('dateline: الرباط\n'); // copied from the latest release
    expect(text).toContain('issuer: جهة اختبار\n');
    expect(text).toContain('countries: [GB, GA]');
    // a variant spelling of an existing tag is written the existing way
    expect(text).toContain('  - التعاون الأمني\n  - أمن الحدود\n');
    expect(result.stdout).toContain(
      'tag "التعاون الامني" written as the existing tag "التعاون الأمني"',
    );
    expect(text).toContain('draft: true');
    const check = await runScript('check', ['--dir', dir], {
      ARCHIVE_SITE: 'https://press.example.gov',
    });
    expect(check.code, check.output).toBe(0);
    expect(check.stdout).toContain('3 releases checked (1 draft)');
    expect(check.stdout).toContain('0 errors, 0 warnings');
  });

  it('defaults the date to today in the archive time zone', async () => {
    const dir = scratch('new-today', VALID);
    const result = await runScript('new', ['--dir', dir, '--title', 'بيان اليوم']);
    expect(result.code, result.output).toBe(0);
    const today = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Africa/Casablanca',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date());
    expect(readFileSync(result.stdout.split('\n')[0]!, 'utf8')).toContain(`date: ${today}`);
    expect(result.stdout.split('\n')[0]).toContain(join(dir, today.slice(0, 4), 'بيان-اليوم'));
  });

  it('refuses to overwrite, or to take the URL of another release', async () => {
    const dir = scratch('new-refuse', VALID);
    const first = await runScript('new', [
      '--dir',
      dir,
      '--title',
      'بيان مكرر',
      '--date',
      '2025-01-02',
    ]);
    expect(first.code).toBe(0);
    const file = first.stdout.split('\n')[0]!;
    const before = readFileSync(file, 'utf8');
    const again = await runScript('new', [
      '--dir',
      dir,
      '--title',
      'بيان مكرر',
      '--date',
      '2025-01-02',
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists: nothing was written');
    expect(readFileSync(file, 'utf8')).toBe(before);
    const otherYear = await runScript('new', [
      '--dir',
      dir,
      '--title',
      'بيان مكرر',
      '--date',
      '2024-01-02',
    ]);
    expect(otherYear.code).toBe(1);
    expect(otherYear.stderr).toContain('already has the URL /releases/بيان-مكرر/');
    expect(existsSync(join(dir, '2024', 'بيان-مكرر'))).toBe(false);
  });

  it('refuses an unknown country code or impossible date with a suggestion', async () => {
    const dir = scratch('new-bad', VALID);
    const country = await runScript('new', ['--dir', dir, '--title', 'بيان', '--countries', 'UK']);
    expect(country.code).toBe(1);
    expect(country.stderr).toContain(
      '"UK" is not an ISO 3166-1 alpha-2 country code. Did you mean GB',
    );
    const date = await runScript('new', ['--dir', dir, '--title', 'بيان', '--date', '2025-02-29']);
    expect(date.code).toBe(1);
    expect(date.stderr).toContain('"2025-02-29" is not a real calendar date');
    const title = await runScript('new', ['--dir', dir]);
    expect(title.code).toBe(1);
    expect(title.stderr).toContain('--title is required');
  });
});
