import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExpectingFailure, buildSite } from '../helpers/build.ts';
import { scratch } from '../helpers/cli.ts';
import {
  controlCharacterFiles,
  executableMarkup,
  feedProblems,
  filesContaining,
  imageProblems,
} from '../helpers/dist-scan.ts';
import {
  expectCases,
  expectNoLeak,
  HARMLESS,
  PAYLOAD_MARKER_FILE,
  REFUSED,
  runtimeFixtures,
  SENTINEL_HOME,
} from '../helpers/hostile.ts';
import { readPage } from '../helpers/html.ts';
import { bundleFragments, searchPageParts } from '../helpers/pagefind.ts';

/**
 * The hostile fixtures built with `astro build`: every refused class stops the build with the
 * check's own file:line messages before anything runs or is written; the harmless class builds,
 * and its dist/ holds no executable markup, broken feed, control character, photo metadata,
 * original photo, leaked file or environment value.
 */

const markers = scratch('hostile-markers');
const env = (name: string) => ({
  HOSTILE_MARKER: join(markers, `${name}-${PAYLOAD_MARKER_FILE}`),
  HOME: SENTINEL_HOME,
});
/** What would show that a payload ran or leaked. */
const LEAKS = [SENTINEL_HOME, 'root:x:0:0', 'PAYLOAD-OWNER', 'PAYLOAD-XMP'];

describe('npm run build refuses every hostile class npm run check refuses, before running anything', () => {
  const classes = [
    ...Object.entries(REFUSED).map(([name, c]) => [name, c] as const),
    ['names and symbolic links', runtimeFixtures('build-hostile-names')] as const,
  ];
  it.each(classes)('%s', async (name, c) => {
    const { dir, cases } = c;
    const id = `hostile-${name.replace(/\W+/g, '-')}`;
    const extra = 'env' in c ? c.env : {};
    const { code, output } = await buildExpectingFailure(id, {
      releasesDir: dir,
      env: { ...extra, ...env(id) },
    });
    expect(code, output).not.toBe(0);
    expect(output).toContain('The build stopped: ');
    expectCases({ output }, cases);
    expectNoLeak(output);
    expect(existsSync(env(id).HOSTILE_MARKER), 'a payload ran during the build').toBe(false);
  });
});

describe('a build holding markup that is only left out, control characters, quoted code and a GPS photo', () => {
  let dist: string;
  let log: string;

  beforeAll(async () => {
    ({ dist, log } = await buildSite('hostile-harmless', {
      releasesDir: HARMLESS.dir,
      env: env('harmless'),
    }));
  });

  it('builds, with the warnings and the files skipped by design in the build log', () => {
    expectCases({ output: log.replace(/^.*\[archive-checks\] /gm, '') }, HARMLESS.cases);
    for (const file of HARMLESS.skipped)
      expect(log).toContain(`skipped: tests/fixtures/hostile/harmless/2025/${file}`);
  });

  it('has no executable markup or unsafe URL in any page', () => {
    expect(executableMarkup(dist)).toEqual([]);
  });

  it('keeps the text of markup it leaves out, and the elements it allows', () => {
    const body = readPage(dist, '/releases/markup/').querySelector('.release-body')!;
    expect(body.text).toContain('نص محفوظ داخل قسم');
    expect(body.text).toContain('خط ملون');
    expect(body.querySelectorAll('[class], [style], font, div')).toHaveLength(0);
    expect(body.querySelector('span[dir="ltr"]')!.text).toBe('LATIN');
    expect(body.querySelector('sup')!.text).toBe('1');
    const mdx = readPage(dist, '/releases/markup-mdx/').querySelector('.release-body')!;
    expect(mdx.querySelector('abbr')!.getAttribute('title')).toBe('الأمم المتحدة');
    expect(mdx.text).toContain('نص داخل جزء');
  });

  it('shows quoted code as text, in the page, its JSON-LD and its feeds', () => {
    const page = readPage(dist, '/releases/looks-like-code/');
    const title = "<script>alert('PAYLOAD')</script> & <img src=x onerror=alert('PAYLOAD')>";
    expect(page.querySelector('h1')!.text.trim()).toBe(title);
    expect(page.querySelector('.release-body')!.text).toContain(
      '<script>alert(‘PAYLOAD’)</script>',
    );
    const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.innerHTML);
    expect(jsonLd.headline).toBe(title);
    const rss = new XMLParser().parse(readFileSync(join(dist, 'rss.xml'), 'utf8')).rss.channel.item;
    const item = [rss].flat().find((i: { title: string }) => i.title === title);
    // The description is HTML for a feed reader: the summary's tags arrive escaped, as text.
    expect(item.description).toContain('&lt;/script&gt;&lt;script&gt;');
  });

  it('keeps every feed well-formed and every RSS description free of markup', () => {
    expect(feedProblems(dist)).toEqual([]);
  });

  it('writes no control character into any page, feed or search fragment', () => {
    expect(controlCharacterFiles(dist)).toEqual([]);
    const text = readPage(dist, '/releases/control-characters/').querySelector(
      '.release-body',
    )!.text;
    expect(text).toContain('محرفتحكم وآخرهنا');
  });

  it('keeps the search fragments as text: the quoted code is found, and is shown as written', () => {
    const fragments = searchPageParts(dist).flatMap((part) => bundleFragments(dist, part));
    const quoted = fragments.find((f) => f.url.includes('looks-like-code'))!;
    expect(quoted.meta['title']).toBe(
      "<script>alert('PAYLOAD')</script> & <img src=x onerror=alert('PAYLOAD')>",
    );
  });

  it('publishes every image without metadata, and no original photo', async () => {
    const { problems, images } = await imageProblems(dist, [HARMLESS.dir]);
    expect(images).toBeGreaterThanOrEqual(18); // two photos in 3 widths × 3 formats, share image, thumbnail
    expect(problems).toEqual([]);
  });

  it('leaks no file or environment value, and ran nothing', () => {
    expect(filesContaining(dist, LEAKS)).toEqual([]);
    expect(existsSync(env('harmless').HOSTILE_MARKER)).toBe(false);
  });
});
