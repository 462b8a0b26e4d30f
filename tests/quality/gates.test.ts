import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';
import { executableMarkup, imageProblems } from '../helpers/dist-scan.ts';
import {
  buildReader,
  buildReaderPress,
  buildShipped,
  READER_RELEASES,
  READER_SITE,
} from './builds.ts';
import { brokenLinks } from './links.ts';

/**
 * Quality gates over whole built archives: html-validate (rules in .htmlvalidate.json) on every
 * page, a link check of every internal href/src/srcset/meta URL, Arabic paths included,
 * at the domain root and under a base path, and a scan of every image file (no metadata, no
 * original) and every page (no executable markup).
 */
const builds: Record<string, { dist: string; site: string; base: string; releases: string }> = {};

beforeAll(async () => {
  builds['reader'] = {
    dist: (await buildReader()).dist,
    site: READER_SITE,
    base: '/',
    releases: READER_RELEASES,
  };
  builds['reader-press'] = {
    dist: (await buildReaderPress()).dist,
    site: READER_SITE,
    base: '/press/',
    releases: READER_RELEASES,
  };
  builds['shipped'] = {
    dist: (await buildShipped()).dist,
    site: 'https://archive.example.org',
    base: '/',
    releases: join(ROOT, 'releases'),
  };
});

const validator = new HtmlValidate(
  JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')),
);

describe.each(['reader', 'reader-press', 'shipped'])('the %s build', (name) => {
  it('has valid HTML on every page (html-validate: 0 errors)', async () => {
    const { dist } = builds[name]!;
    const pages = htmlPages(dist);
    expect(pages.length).toBeGreaterThan(5);
    const errors: string[] = [];
    for (const page of pages) {
      const file = page.endsWith('/') ? join(dist, page, 'index.html') : join(dist, page);
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results)
        for (const m of result.messages)
          if (m.severity === 2)
            errors.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('has no broken internal link, image or stylesheet', () => {
    const { dist, site, base } = builds[name]!;
    expect(brokenLinks(dist, site, base)).toEqual([]);
  });

  it('publishes every image file without EXIF, GPS, XMP or IPTC, and no original photo', async () => {
    const { dist, releases } = builds[name]!;
    const { problems, images } = await imageProblems(dist, [releases]);
    expect(images).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });

  it('has no executable markup or unsafe URL in any page', () => {
    expect(executableMarkup(builds[name]!.dist)).toEqual([]);
  });
});

describe('the link checker', () => {
  it('notices a link that leaves the base path or misses a file', async () => {
    const { resolves } = await import('./links.ts');
    const { dist } = builds['reader-press']!;
    expect(resolves(dist, READER_SITE, '/press/', '/press/', '/press/releases/older/')).toBe(true);
    expect(resolves(dist, READER_SITE, '/press/', '/press/', '/releases/older/')).toBe(false);
    expect(
      resolves(
        dist,
        READER_SITE,
        '/press/',
        '/press/',
        `/press/releases/${encodeURIComponent('بيان-عربي')}/`,
      ),
    ).toBe(true);
    expect(
      resolves(
        dist,
        READER_SITE,
        '/press/',
        '/press/',
        `/press/releases/${encodeURIComponent(encodeURIComponent('بيان-عربي'))}/`,
      ),
    ).toBe(false);
    expect(
      resolves(dist, READER_SITE, '/press/', '/press/', 'https://example.com/x'),
    ).toBeUndefined();
  });
});
