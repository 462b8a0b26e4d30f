import { describe, expect, it } from 'vitest';
import type { CheckedRelease } from '../../../src/checks/release.ts';
import {
  addressKey,
  bodyHash,
  pastAddresses,
  permalinkGuard,
} from '../../../src/checks/permalink-guard.ts';

const ZONE = 'Africa/Casablanca';
const version = (path: string, fields: string, time = '2025-07-01T00:00:00Z', body = 'نص') => ({
  path,
  text: `---\ntitle: "عنوان ${path}"\ndate: 2025-06-18\n${fields}---\n\n${body}\n`,
  change: 'abc1234',
  time: new Date(time),
});
const current = (slug: string, extra: Partial<CheckedRelease> = {}): CheckedRelease => ({
  file: `releases/2025/${slug}.mdx`,
  id: `2025/${slug}`,
  slug,
  draft: false,
  tags: [],
  lineOf: () => 4,
  bodyHash: bodyHash('نص آخر'),
  ...extra,
});
const guard = (past: ReturnType<typeof pastAddresses>, releases: CheckedRelease[], retired = []) =>
  permalinkGuard(past, { releases, retired, base: '/', show: (p) => `releases/${p}` });

describe('past addresses', () => {
  it('takes the slug field or the folder name, and leaves out drafts, samples and never-due versions', () => {
    const past = pastAddresses(
      [
        version('2025/a/index.mdx', ''),
        version('2025/b.mdx', 'slug: bee\n'),
        version('2025/c.mdx', 'draft: true\n'),
        version('2025/d.mdx', 'sample: true\n'),
        version('2025/e.mdx', '', '2025-06-17T12:00:00Z'), // removed before its date came
        version('2025/f.mdx', 'title: [unclosed\n'),
      ],
      ZONE,
    );
    expect(past.map((p) => p.slug)).toEqual(['a', 'bee']);
  });
});

describe('the permalink guard', () => {
  const past = pastAddresses([version('2025/old/index.mdx', '')], ZONE);

  it('names the release that moved (same title or same text) and the old address', () => {
    const moved = current('new', { title: 'عنوان 2025/old/index.mdx' });
    const [d] = guard(past, [moved]);
    expect(d).toMatchObject({ rule: 'permalink', file: moved.file, line: 4, field: 'aliases' });
    expect(d!.message).toContain('published at /releases/old/ (as releases/2025/old/index.mdx)');
    expect(d!.fix).toContain('aliases: [/releases/old/]');
    const sameText = current('new', { bodyHash: bodyHash('نص') });
    expect(guard(past, [sameText])[0]!.file).toBe(sameText.file);
  });

  it('names the old file of a release that is gone', () => {
    const [d] = guard(past, [current('other')]);
    expect(d).toMatchObject({ file: 'releases/2025/old/index.mdx', line: 1 });
    expect(d!.message).toContain('was removed at commit abc1234');
  });

  it('is satisfied by the permalink, an alias (any spelling of the path) or a retired entry', () => {
    expect(guard(past, [current('old')])).toEqual([]);
    expect(guard(past, [current('new', { aliases: ['/releases/old'] })])).toEqual([]);
    expect(
      guard(past, [current('x')], [{ address: '/releases/old/', reason: 'r' }] as never),
    ).toEqual([]);
    // a draft does not serve the address
    expect(guard(past, [current('old', { draft: true })])).toHaveLength(1);
  });

  it('compares addresses percent-decoded and NFC, one trailing slash ignored', () => {
    expect(addressKey('/releases/%D8%A8%D9%84%D8%A7%D8%BA/')).toBe('/releases/بلاغ');
    expect(addressKey('/')).toBe('/');
  });
});
