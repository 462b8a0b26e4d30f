/**
 * The newsroom's workflows, built from tests/fixtures/workflows: a scheduled release (embargo)
 * absent from every output until its time and present with the preview switch, a withdrawn
 * release with its notice and out of every listing, and the correction history.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInto, buildSite } from '../helpers/build.ts';
import { runScript } from '../helpers/cli.ts';
import { distFiles, textFilesContaining } from '../helpers/dist-files.ts';
import { readPage, urlExists } from '../helpers/html.ts';
import { bundleFragments } from '../helpers/pagefind.ts';
import { TMP } from '../helpers/paths.ts';
import { buildWorkflows, WORKFLOWS_ENV, WORKFLOWS_RELEASES } from '../quality/builds.ts';

const RELEASES = WORKFLOWS_RELEASES;
/** 09:00 in Casablanca (UTC+1) on 1 July 2025, the embargo's time, and one minute before it. */
const BEFORE = '2025-07-01T07:59:00Z';
const EMBARGO_TITLE = 'بلاغ مؤجل النشر حتى الأول من يوليوز';
const enc = (s: string) => encodeURIComponent(s);

let after: string;
let before: string;
let preview: string;
let beforeLog: string;

beforeAll(async () => {
  ({ dist: after } = await buildWorkflows());
  ({ dist: before, log: beforeLog } = await buildSite('workflows-before', {
    releasesDir: RELEASES,
    env: { ...WORKFLOWS_ENV, ARCHIVE_NOW: BEFORE },
  }));
  ({ dist: preview } = await buildSite('workflows-preview', {
    releasesDir: RELEASES,
    env: { ...WORKFLOWS_ENV, ARCHIVE_NOW: BEFORE, ARCHIVE_BUILD_FUTURE: '1' },
  }));
});

/** Every search fragment of a build's Arabic index (all its parts, under pagefind/). */
const fragments = (dist: string) =>
  distFiles(dist)
    .filter((f) => f.startsWith('pagefind/') && f.endsWith('pagefind-entry.json'))
    .flatMap((f) => bundleFragments(dist, f.replace(/pagefind-entry\.json$/, '')));
const cardTitles = (dist: string, path: string) =>
  readPage(dist, path)
    .querySelectorAll('.card h2')
    .map((h) => h.text.trim());

describe('a scheduled release (embargo)', () => {
  it('is absent from every output before its time: pages, feeds, sitemap, search, images', () => {
    expect(urlExists(before, '/releases/embargo/')).toBe(false);
    expect(textFilesContaining(before, EMBARGO_TITLE)).toEqual([]);
    expect(textFilesContaining(before, 'embargo')).toEqual([]);
    expect(textFilesContaining(before, enc('حظر-النشر'))).toEqual([]);
    expect(urlExists(before, '/countries/no/')).toBe(false);
    expect(fragments(before).length).toBeGreaterThan(0);
    expect(fragments(before).filter((f) => f.url.includes('embargo'))).toEqual([]);
    // neither its lead image nor its body image, in any size or format
    expect(distFiles(before).filter((f) => f.includes('embargo'))).toEqual([]);
    const sizes = ['embargo-photo.jpg', 'embargo-body.jpg'].map(
      (f) => readFileSync(join(RELEASES, '2025/embargo', f)).length,
    );
    expect(
      distFiles(before).filter((f) => sizes.includes(readFileSync(join(before, f)).length)),
    ).toEqual([]);
  });

  it('is listed in the build log with its publication time', () => {
    expect(beforeLog).toMatch(
      /scheduled: .*2025\/embargo\/index\.mdx {2}publishes 2025-07-01T09:00:00\+01:00/,
    );
  });

  it('is published at its time, images included', () => {
    const page = readPage(after, '/releases/embargo/');
    expect(page.querySelector('h1')!.text.trim()).toBe(EMBARGO_TITLE);
    expect(cardTitles(after, '/')[0]).toBe(EMBARGO_TITLE);
    expect(readFileSync(join(after, 'rss.xml'), 'utf8')).toContain(EMBARGO_TITLE);
    expect(distFiles(after).filter((f) => f.includes('embargo-photo')).length).toBeGreaterThan(0);
    expect(distFiles(after).filter((f) => f.includes('embargo-body')).length).toBeGreaterThan(0);
    expect(fragments(after).some((f) => f.url.includes('/releases/embargo/'))).toBe(true);
  });

  it('is built before its time with the preview switch', () => {
    expect(readPage(preview, '/releases/embargo/').querySelector('h1')!.text.trim()).toBe(
      EMBARGO_TITLE,
    );
    expect(cardTitles(preview, '/')[0]).toBe(EMBARGO_TITLE);
    expect(readFileSync(join(preview, 'sitemap-0.xml'), 'utf8')).toContain('/releases/embargo/');
    expect(urlExists(preview, '/countries/no/')).toBe(true);
  });

  it('stays out after a preview build that shared its build cache', async () => {
    const dir = join(TMP, 'workflows-cache');
    await buildInto(dir, {
      releasesDir: RELEASES,
      env: {
        ...WORKFLOWS_ENV,
        ARCHIVE_NOW: BEFORE,
        ARCHIVE_BUILD_FUTURE: '1',
        ARCHIVE_SEARCH_INDEX: 'off',
      },
    });
    const { dist } = await buildInto(dir, {
      releasesDir: RELEASES,
      env: { ...WORKFLOWS_ENV, ARCHIVE_NOW: BEFORE, ARCHIVE_SEARCH_INDEX: 'off' },
    });
    expect(urlExists(dist, '/releases/embargo/')).toBe(false);
    expect(distFiles(dist).filter((f) => f.includes('embargo'))).toEqual([]);
    expect(textFilesContaining(dist, EMBARGO_TITLE)).toEqual([]);
  });
});

describe('a withdrawn release', () => {
  const PATH = '/releases/withdrawn/';
  const TITLE = 'بلاغ سُحب بعد نشره';

  it('keeps its page with a prominent notice, its date and reason, and noindex', () => {
    const page = readPage(after, PATH);
    const notice = page.querySelector('.withdrawn-notice')!;
    expect(notice.text).toContain('سُحب هذا البلاغ بتاريخ');
    expect(notice.text).toContain('12 يونيو 2025');
    expect(notice.text).toContain('نُشر قبل استكمال التحقق من المعلومات');
    expect(page.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    expect(page.querySelector('h1')!.text.trim()).toBe(TITLE);
  });

  it('leaves the home page, listings, feeds, sitemap and search', () => {
    for (const path of [
      '/',
      `/tags/${enc('الامن-الوطني')}/`,
      '/countries/ma/',
      '/archive/2025/06/',
    ])
      expect(cardTitles(after, path), path).not.toContain(TITLE);
    expect(textFilesContaining(after, TITLE).sort()).toEqual(['releases/withdrawn/index.html']);
    expect(fragments(after).filter((f) => f.url.includes('withdrawn'))).toEqual([]);
  });

  it('no longer counts in its tags and countries; a tag or country only it had has no page', () => {
    const national = readPage(after, '/tags/')
      .querySelectorAll('.facet-list li')
      .find((li) => li.text.includes('الأمن الوطني'))!;
    expect(national.text).toMatch(/\((بلاغان|بيانان)\)/); // original and older, not the withdrawn one
    expect(urlExists(after, `/tags/${enc('وسم-البلاغ-المسحوب')}/`)).toBe(false);
    expect(urlExists(after, '/countries/se/')).toBe(false);
    const facets = readPage(after, PATH).querySelector('.release-facets')!;
    expect(facets.text).toContain('وسم البلاغ المسحوب');
    expect(facets.text).toContain('السويد');
    for (const a of facets.querySelectorAll('a'))
      expect(urlExists(after, a.getAttribute('href')!), a.getAttribute('href')).toBe(true);
  });
});

describe('the correction history', () => {
  it('shows the newest correction at the top and every correction newest first', () => {
    const page = readPage(after, '/releases/original/');
    const top = page.querySelector('article .notice')!.text;
    expect(top).toContain('حُدِّث في');
    expect(top).toContain('21 يونيو 2025: أضيفت الفقرة الثانية');
    const items = page
      .querySelectorAll('.corrections li')
      .map((li) => li.text.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      '21 يونيو 2025: أضيفت الفقرة الثانية',
      '20 يونيو 2025: صُحّح تاريخ الاجتماع',
      '19 يونيو 2025: صُحّح اسم الجهة المصدرة',
    ]);
  });

  it('carries the newest correction in JSON-LD dateModified and the JSON Feed', () => {
    const page = readPage(after, '/releases/original/');
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text) as {
      datePublished: string;
      dateModified: string;
    };
    expect(ld.datePublished).toBe('2025-06-18T10:30:00+01:00');
    expect(ld.dateModified).toBe('2025-06-21T00:00:00+01:00');
    const feed = JSON.parse(readFileSync(join(after, 'feed.json'), 'utf8')) as {
      items: { url: string; date_modified: string }[];
    };
    const item = feed.items.find((i) => i.url.endsWith('/releases/original/'))!;
    expect(item.date_modified).toBe('2025-06-21T00:00:00+01:00');
  });
});

describe('a release with a French and an English translation', () => {
  const AR = '/releases/original/';
  const FR = '/fr/releases/original/';
  const EN = '/en/releases/original/';

  it('serves each version in its language and direction, with the interface in that language', () => {
    const fr = readPage(after, FR);
    expect(fr.querySelector('html')!.getAttribute('lang')).toBe('fr');
    expect(fr.querySelector('html')!.getAttribute('dir')).toBe('ltr');
    expect(fr.querySelector('h1')!.text.trim()).toBe(
      'Entretiens de test sur la coopération sécuritaire',
    );
    expect(fr.querySelector('.release-body')!.text).toContain('partenariats de sécurité');
    expect(fr.querySelector('.site-nav')!.text).toContain('Communiqués');
    expect(fr.querySelector('.kicker')!.text).toContain('Rabat');
    expect(fr.querySelector('.kicker')!.text).toContain('18 juin 2025');
    // what does not change with the language comes from the original, marked as Arabic
    expect(fr.querySelector('.byline bdi[lang="ar"]')!.text).toBe('جهة اختبار');
    expect(fr.querySelector('.notice')!.text).toContain('Mis à jour le');
    // French punctuation: a narrow no-break space before the colon of the correction's note
    expect(fr.querySelector('.notice')!.text).toMatch(/2025\u202f: \S/);
    const en = readPage(after, EN);
    expect(en.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(en.querySelector('h1')!.text.trim()).toBe('Test talks on security cooperation');
    expect(readPage(after, AR).querySelector('html')!.getAttribute('dir')).toBe('rtl');
  });

  it('links every version to the others: a switch in their own names and hreflang both ways', () => {
    const expected = {
      ar: 'https://news.example.test/releases/original/',
      fr: 'https://news.example.test/fr/releases/original/',
      en: 'https://news.example.test/en/releases/original/',
    };
    for (const path of [AR, FR, EN]) {
      const page = readPage(after, path);
      const alternates = Object.fromEntries(
        page
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      );
      expect(alternates, path).toEqual(expected);
      const names = page.querySelectorAll('.language-switch a').map((a) => a.text.trim());
      expect(names.length, path).toBe(2);
      for (const a of page.querySelectorAll('.language-switch a'))
        expect(urlExists(after, a.getAttribute('href')!)).toBe(true);
    }
    expect(
      readPage(after, AR)
        .querySelectorAll('.language-switch a')
        .map((a) => a.text.trim()),
    ).toEqual(['français', 'English']);
  });

  it('lists the language versions in the sitemap', () => {
    const sitemap = readFileSync(join(after, 'sitemap-0.xml'), 'utf8');
    const entry =
      /<url><loc>https:\/\/news\.example\.test\/fr\/releases\/original\/<\/loc>(.*?)<\/url>/.exec(
        sitemap,
      )![1]!;
    for (const lang of ['ar', 'fr', 'en']) expect(entry).toContain(`hreflang="${lang}"`);
  });

  it('gives each language its home page, tag and country pages and feeds', () => {
    expect(cardTitles(after, '/fr/')).toEqual([
      'Entretiens de test sur la coopération sécuritaire',
    ]);
    expect(urlExists(after, `/fr/tags/${enc('الامن-الوطني')}/`)).toBe(true);
    expect(readPage(after, '/fr/countries/ma/').querySelector('h1')!.text.trim()).toBe('Maroc');
    expect(readPage(after, '/en/countries/ma/').querySelector('h1')!.text.trim()).toBe('Morocco');
    const rss = readFileSync(join(after, 'fr/rss.xml'), 'utf8');
    expect(rss).toContain('<language>fr</language>');
    expect(rss).toContain('https://news.example.test/fr/releases/original/');
    const feed = JSON.parse(readFileSync(join(after, 'en/feed.json'), 'utf8')) as {
      language: string;
      items: { url: string }[];
    };
    expect(feed.language).toBe('en');
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://news.example.test/en/releases/original/',
    ]);
    // no French page for the releases without a French translation
    expect(urlExists(after, '/fr/releases/older/')).toBe(false);
  });

  it('indexes each language on its own: the French words only in the French index', () => {
    const french = bundleFragments(after, 'pagefind-fr/');
    expect(french.map((f) => f.url)).toEqual(['/fr/releases/original/']);
    expect(bundleFragments(after, 'pagefind-en/').map((f) => f.url)).toEqual([
      '/en/releases/original/',
    ]);
    expect(fragments(after).filter((f) => /\/(fr|en)\//.test(f.url))).toEqual([]);
    expect(
      JSON.parse(readFileSync(join(after, 'pagefind-fr/pagefind-entry.json'), 'utf8')).languages,
    ).toHaveProperty('fr');
  });
});

describe('an old address (alias)', () => {
  const OLD = `/2023/05/12/${enc('مباحثات-قديمة')}/`;

  it('redirects to the release: refresh, canonical and a link, out of search engines', () => {
    const page = readPage(after, OLD);
    expect(page.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(
      '0; url=/releases/original/',
    );
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(
      'https://news.example.test/releases/original/',
    );
    expect(page.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('a')!.getAttribute('href')).toBe('/releases/original/');
    expect(readFileSync(join(after, 'sitemap-0.xml'), 'utf8')).not.toContain('2023/05/12');
  });

  it('writes the same rules in _redirects, the WordPress ?p= form included', () => {
    const rules = readFileSync(join(after, '_redirects'), 'utf8').split('\n');
    expect(rules).toContain(`${OLD} /releases/original/ 301`);
    expect(rules).toContain('/ p=123 /releases/original/ 301');
  });
});

describe('an attachment', () => {
  const PDF = '/releases/original/signed-communique.pdf';

  it('is published next to the release, byte for byte, and listed with its type and size', () => {
    expect(readFileSync(join(after, PDF))).toEqual(
      readFileSync(join(WORKFLOWS_RELEASES, '2025/original/signed-communique.pdf')),
    );
    const item = readPage(after, '/releases/original/').querySelector('.attachments li')!;
    expect(item.querySelector('a')!.getAttribute('href')).toBe(PDF);
    expect(item.querySelector('a')!.text.trim()).toBe('نص البلاغ الموقّع');
    expect(item.text.replace(/\s+/g, ' ')).toContain('(PDF · 1 ك.ب)');
    // the translations link to the same file, labelled in their language
    const fr = readPage(after, '/fr/releases/original/');
    expect(fr.querySelector('.attachments h2')!.text).toBe('Pièces jointes');
    expect(fr.querySelector('.attachments a')!.getAttribute('href')).toBe(PDF);
  });

  it('is in the RSS enclosure, the JSON Feed attachments and JSON-LD associatedMedia', () => {
    const url = `https://news.example.test${PDF}`;
    const bytes = readFileSync(join(after, PDF)).length;
    expect(readFileSync(join(after, 'rss.xml'), 'utf8')).toContain(
      `<enclosure url="${url}" length="${bytes}" type="application/pdf"/>`,
    );
    const feed = JSON.parse(readFileSync(join(after, 'feed.json'), 'utf8')) as {
      items: { url: string; attachments?: unknown[] }[];
    };
    expect(feed.items.find((i) => i.url.endsWith('/releases/original/'))!.attachments).toEqual([
      { url, mime_type: 'application/pdf', title: 'نص البلاغ الموقّع', size_in_bytes: bytes },
    ]);
    const ld = JSON.parse(
      readPage(after, '/releases/original/').querySelector('script[type="application/ld+json"]')!
        .text,
    ) as { associatedMedia: { contentUrl: string }[] };
    expect(ld.associatedMedia.map((m) => m.contentUrl)).toEqual([url]);
  });

  it('has its revealing PDF metadata reported by npm run check', async () => {
    const { stdout } = await runScript('check', ['--dir', WORKFLOWS_RELEASES], WORKFLOWS_ENV);
    expect(stdout).toMatch(
      /original\/index\.mdx:\d+ {2}warning {2}attachments\[0\]\.src «ملف المرفق»: the PDF "\.\/signed-communique\.pdf" tells anyone who downloads it Author "Test Author"/,
    );
  });
});
