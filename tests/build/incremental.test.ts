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
let second: BuildResult;
let secondClean: BuildResult;
const STRAY = 'left-by-hand.html';

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
  // The next day: the release with the lead image is withdrawn, another release's text is edited,
  // and someone left a file in the output folder.
  // (site-2 starts as a copy of the site and its cache, so the first rebuild stays as it was.)
  rmSync(join(releases, '2024', 'دلتا-عربي'), { recursive: true });
  const alpha = join(releases, '2025', 'alpha', 'index.mdx');
  writeFileSync(
    alpha,
    readFileSync(alpha, 'utf8').replace('الفقرة الثانية', 'الفقرة الثانية بعد التصحيح'),
  );
  cpSync(join(dir, 'site'), join(dir, 'site-2'), { recursive: true });
  writeFileSync(join(dir, 'site-2', 'dist', STRAY), '<p>stale</p>');
  second = await buildInto(join(dir, 'site-2'), options);
  secondClean = await buildInto(join(dir, 'clean-2'), options);
}, 900_000);

/** Paths whose bytes differ between two built sites, or that only one of them has. */
function differences(a: string, b: string): string[] {
  const before = tree(a);
  const after = tree(b);
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => !before.get(path)?.equals(after.get(path) ?? Buffer.alloc(0)));
}

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

  it('leaves unchanged pages in place instead of copying them back', () => {
    // Astro says "(cached)" for a page it found in dist/ and "(restored)" for one it copied.
    expect(rebuild.log).toMatch(/\(cached\)/);
    expect(rebuild.log).not.toMatch(/\(restored\)/);
  });

  it('gives exactly the site a clean build gives', () => {
    expect(differences(rebuild.dist, clean.dist)).toEqual([]);
  });

  it('after withdrawing a release with an image and editing another, still gives the clean site', () => {
    // No page, image variant or stray file of the withdrawn release stays online.
    expect(differences(second.dist, secondClean.dist)).toEqual([]);
    expect(() => readPage(second.dist, `/releases/${encodeURIComponent('دلتا-عربي')}/`)).toThrow();
    expect(readPage(second.dist, '/releases/alpha/').text).toContain('الفقرة الثانية بعد التصحيح');
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
