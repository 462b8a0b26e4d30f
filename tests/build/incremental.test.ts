import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInto, type BuildResult } from '../helpers/build.ts';
import { readPage } from '../helpers/html.ts';
import { FIXTURES, TMP } from '../helpers/paths.ts';

/**
 * Incremental builds (src/archive/page-keys.ts): after a publisher's day of changes, rebuilding with
 * the previous build's cache must give exactly the site a clean build gives, while copying the
 * pages that nothing changed.
 */
const dir = join(TMP, 'incremental');
const releases = join(dir, 'releases');
// Search parts of at most 3 pages: 2024 (2 releases) and 2025 (3) are separate parts.
const options = {
  releasesDir: releases,
  env: { ARCHIVE_PAGE_SIZE: '2', ARCHIVE_SEARCH_PART_SIZE: '3' },
};
const GAMMA_TITLE = 'غاما: عنوان مصحح بعد النشر';
let rebuild: BuildResult;
let clean: BuildResult;

/** Every file under `root` (relative path → bytes). */
function tree(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(root, path), readFileSync(path));
  }
  return out;
}

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(FIXTURES, 'archive'), releases, { recursive: true });
  await buildInto(join(dir, 'site'), options);
  // A publisher's day in 2025: one release added, one title corrected, one release withdrawn.
  writeFileSync(
    join(releases, '2025', 'eta.mdx'),
    '---\ntitle: "إيتا: بيان أضيف بعد النشر"\ndate: 2025-06-19\ndateline: الرباط\nissuer: جهة اختبار\ncountries: [GA]\ntags: [الامن الوطني]\n---\n\nبيان إيتا أضيف إلى أرشيف منشور.\n',
  );
  const gamma = join(releases, '2025', 'gamma.mdx');
  writeFileSync(
    gamma,
    readFileSync(gamma, 'utf8').replace(/^title: .*$/m, `title: "${GAMMA_TITLE}"`),
  );
  rmSync(join(releases, '2025', 'beta.mdx'));
  rebuild = await buildInto(join(dir, 'site'), options);
  clean = await buildInto(join(dir, 'clean'), options);
}, 600_000);

describe('rebuilding after a change', () => {
  it('copies the unchanged pages and renders the others', () => {
    const copied = rebuild.log.match(/\((?:cached|restored)\)/g)?.length ?? 0;
    const rendered = rebuild.log.split('\n').filter((line) => /[├└]─ \S+ \(\+\d/.test(line)).length;
    expect(copied).toBeGreaterThan(0);
    expect(rendered).toBeGreaterThan(0);
    // Only 2025 changed: the 2024 part of the search index is copied, the 2025 part indexed again.
    expect(rebuild.log).toMatch(
      /search index: 5 pages in 2 parts in \d+ ms \(1 of 2 parts unchanged/,
    );
  });

  it('gives exactly the site a clean build gives', () => {
    const before = tree(rebuild.dist);
    const after = tree(clean.dist);
    expect([...before.keys()].sort()).toEqual([...after.keys()].sort());
    const differing = [...after]
      .filter(([path, bytes]) => !before.get(path)!.equals(bytes))
      .map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('shows the added release, the corrected title everywhere, and no withdrawn release', () => {
    expect(readPage(rebuild.dist, '/releases/eta/').querySelector('h1')!.text).toBe(
      'إيتا: بيان أضيف بعد النشر',
    );
    expect(readPage(rebuild.dist, '/releases/gamma/').querySelector('h1')!.text).toBe(GAMMA_TITLE);
    const tagPage = readPage(rebuild.dist, `/tags/${encodeURIComponent('الامن-الوطني')}/`);
    expect(tagPage.querySelectorAll('.card h2').map((h) => h.text)).toContain(
      'إيتا: بيان أضيف بعد النشر',
    );
    expect(() => readPage(rebuild.dist, '/releases/beta/')).toThrow();
  });
});
