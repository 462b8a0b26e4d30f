import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { scratch } from './cli.ts';
import { FIXTURES, TMP } from './paths.ts';

/**
 * The hostile fixtures (tests/fixtures/hostile/<class>/, see its README.md) and what
 * `npm run check` and `npm run build` must say about each case: file:line, severity and message.
 * Shared by tests/cli/hostile.test.ts and tests/build/hostile.test.ts.
 */

/**
 * One hostile case: where the report points (`path:line[:column]` under `2025/`), what it says
 * and, when given, the fix printed under it (`    fix: …`).
 */
export type HostileCase = [
  where: string,
  severity: 'error' | 'warning',
  message: RegExp,
  fix?: RegExp,
];

/** A refused class: its releases folder, its cases, and the environment it is checked with. */
export interface RefusedClass {
  dir: string;
  cases: HostileCase[];
  /** Extra environment for the check and the build (`ARCHIVE_LANGUAGES` for translations). */
  env?: Record<string, string>;
}

const HERE = join(FIXTURES, 'hostile');
const code = /is read as code \(an MDX expression\), not shown as text/;
const notAllowed = (tag: string) =>
  new RegExp(`<${tag}> is not allowed in a release: it would run`);
const unsafeUrl = (url: string) =>
  new RegExp(`the address href="${url}" is not a web, mail or phone link`);
const bodyImage = (src: string) => new RegExp(`the image "${src}" is not a file of this release`);
const handler = /the attribute onerror="alert\('PAYLOAD'\)" is an event handler/;

/** Classes built from committed fixture folders, each expected to stop the check and the build. */
export const REFUSED: Record<string, RefusedClass> = {
  'code runs at build time (MDX)': {
    dir: join(HERE, 'code'),
    cases: [
      [
        'attribute-expression/index.mdx:10:4',
        'error',
        /the attribute data-x=\{process\.env\.HOME\} holds code/,
      ],
      [
        'spread/index.mdx:10:4',
        'error',
        /<span \{\.\.\.\{title: process\.env\.HOME\}\}> spreads code/,
      ],
      [
        'comment-wrapped/index.mdx:10:1',
        'error',
        /\{\/\* note \*\/ process\.getBuiltinModule\('nod…\} is read as code/,
      ],
      ['text-expression/index.mdx:10:8', 'error', code],
      ['frontmatter-expression/index.mdx:10:9', 'error', code],
      [
        'esm-import/index.mdx:8:1',
        'error',
        /a paragraph starting with "import" or "export" is read as code/,
      ],
      [
        'esm-export/index.mdx:10:1',
        'error',
        /a paragraph starting with "import" or "export" is read as code/,
      ],
      ['component/index.mdx:10:1', 'error', /<Aside> is not an element the archive offers/],
      [
        'jsx-image-expression/index.mdx:10:1',
        'error',
        /the attribute src=\{import\.meta\.url\} holds code/,
      ],
      ['script-as-body-image/index.mdx:10:1', 'error', bodyImage('\\./payload\\.js')],
      ['image-query/index.mdx:10:1', 'error', bodyImage('\\./photo\\.jpg\\?raw')],
      ['image-outside/index.mdx:10:1', 'error', bodyImage('\\.\\./\\.\\./outside\\.jpg')],
    ],
  },
  'script reaches readers (HTML and URLs in bodies)': {
    dir: join(HERE, 'script'),
    cases: [
      ['script.md:10:4', 'error', notAllowed('script')],
      ['iframe.md:10:1', 'error', notAllowed('iframe')],
      ['img-onerror.md:10:4', 'error', handler],
      ['svg-onload.md:10:1', 'error', notAllowed('svg')],
      ['object.md:10:1', 'error', notAllowed('object')],
      ['embed.md:10:1', 'error', notAllowed('embed')],
      ['style.md:10:1', 'error', notAllowed('style')],
      ['meta-refresh.md:10:1', 'error', notAllowed('meta')],
      ['form.md:10:1', 'error', notAllowed('form')],
      ['link-javascript.md:10:1', 'error', unsafeUrl("javascript:alert\\('PAYLOAD'\\)")],
      ['link-uppercase.md:10:1', 'error', unsafeUrl("JAVASCRIPT:alert\\('PAYLOAD'\\)")],
      ['link-data.md:10:1', 'error', unsafeUrl('data:text/html;base64,[^"]*')],
      ['link-vbscript.md:10:1', 'error', unsafeUrl("vbscript:msgbox\\('PAYLOAD'\\)")],
      ['link-entity.md:10:1', 'error', unsafeUrl("jav\\sascript:alert\\('PAYLOAD'\\)")],
      ['link-reference.md:10:1', 'error', unsafeUrl("javascript:alert\\('PAYLOAD'\\)")],
      ['autolink.md:10:1', 'error', unsafeUrl("javascript:alert\\('PAYLOAD'\\)")],
      ['image-data.md:10:1', 'error', bodyImage('data:image/svg\\+xml;base64,[^"]*')],
      ['jsx-script/index.mdx:10:1', 'error', notAllowed('script')],
      [
        'jsx-onclick/index.mdx:10:1',
        'error',
        /the attribute onclick="alert\('PAYLOAD'\)" is an event handler/,
      ],
      ['jsx-link/index.mdx:10:1', 'error', unsafeUrl("javascript:alert\\('PAYLOAD'\\)")],
      ['jsx-iframe/index.mdx:10:1', 'error', notAllowed('iframe')],
      ['jsx-img-onerror/index.mdx:10:1', 'error', handler],
      ['md-link/index.mdx:10:1', 'error', unsafeUrl("javascript:alert\\('PAYLOAD'\\)")],
    ],
  },
  'code and script in a translation (index.fr.mdx next to an Arabic index.mdx)': {
    dir: join(HERE, 'translation'),
    env: { ARCHIVE_LANGUAGES: 'fr' },
    cases: [
      [
        'code-in-translation/index.fr.mdx:7:1',
        'error',
        /a paragraph starting with "import" or "export" is read as code/,
        /reword the start of the paragraph, or write \\import/,
      ],
      [
        'code-in-translation/index.fr.mdx:9:12',
        'error',
        /\{process\.env\.HOME\} is read as code \(an MDX expression\)/,
        /write a backslash before it/,
      ],
      [
        'script-in-translation/index.fr.mdx:9:1',
        'error',
        notAllowed('script'),
        /remove the <script> element; to show the tag as text write \\<script>/,
      ],
      ['script-in-translation/index.fr.mdx:11:1', 'error', handler, /remove the attribute/],
      [
        'script-in-translation/index.fr.mdx:13:1',
        'error',
        unsafeUrl("javascript:alert\\('PAYLOAD'\\)"),
        /link to a web page \(https:\/\/…\), or remove the link/,
      ],
    ],
  },
  'images that are not images': {
    dir: join(HERE, 'images'),
    cases: [
      [
        'random-bytes/index.mdx:7',
        'error',
        /the image "photo\.jpg" is not an image the site can read/,
      ],
      [
        'text-as-image/index.mdx:7',
        'error',
        /the image "photo\.png" is not an image the site can read/,
      ],
      ['truncated/index.mdx:7', 'error', /the image "photo\.jpg" cannot be decoded to the end/],
      [
        'truncated-body-image/index.mdx:10',
        'error',
        /the image "broken\.jpg" cannot be decoded to the end/,
      ],
      [
        'pixel-bomb/index.mdx:7',
        'error',
        /is 20000 × 20000 pixels \(400 megapixels\); the limit is 40 megapixels/,
      ],
      ['svg/index.mdx:7', 'error', /"\.\/logo\.svg" is an SVG drawing, which can hold scripts/],
      [
        'script-as-lead-image/index.mdx:7',
        'error',
        /"\.\/payload\.js" is not an image type the site can publish/,
      ],
    ],
  },
  'YAML and control characters in the frontmatter': {
    dir: join(HERE, 'yaml'),
    cases: [
      ['alias-bomb.mdx:7', 'error', /the frontmatter uses 72 YAML aliases \(\*a\)/],
      ['oversize.mdx:2', 'error', /the frontmatter is 20 kB long; a release's fields fit in 16 kB/],
      ['deep-nesting.mdx:6:20', 'error', /nests lists or maps more than 16 levels deep/],
      [
        'nul-raw.mdx:2:12',
        'error',
        /the frontmatter has 1 invisible control character\(s\) \(U\+0000\)/,
      ],
      [
        'c1-raw.mdx:2:17',
        'error',
        /the frontmatter has 1 invisible control character\(s\) \(U\+0085\)/,
      ],
      [
        'escaped-controls.mdx:2',
        'error',
        /title «العنوان»: holds the invisible control character\(s\) U\+0000/,
      ],
      [
        'escaped-controls.mdx:5',
        'error',
        /issuer «الجهة المصدرة»: holds the invisible control character\(s\) U\+0007/,
      ],
      ['lone-surrogate.mdx:2', 'error', /U\+D800, half of a character pair/],
      // One bad file never hides another's report.
      ['neighbour.mdx:6', 'error', /"UK" is not an ISO 3166-1 alpha-2 country code/],
    ],
  },
  'dates outside an archive': {
    dir: join(HERE, 'dates'),
    cases: [
      ['year-one.mdx:3', 'error', /0001-01-01 is before 1900/],
      ['before-1900.mdx:3', 'error', /1899-12-31 is before 1900/],
      ['updated-year-99.mdx:6', 'error', /updated «تاريخ التحديث»: 0099-06-19 is before 1900/],
      ['far-future.mdx:3', 'error', /2999-01-01 is more than a year after today/],
    ],
  },
  'names longer than a file system allows': {
    dir: join(HERE, 'lengths'),
    cases: [
      ['long-slug-field.mdx:6', 'error', /slug «الرابط المختصر»: is too long to be a web address/],
      [
        'long-tag.mdx:6',
        'error',
        /tag ".*" is too long to be a web address: its page would be a folder name of 494 bytes/,
      ],
    ],
  },
};

/** Markup that is left out with a warning: the build goes on (tests/fixtures/hostile/harmless). */
export const HARMLESS = {
  dir: join(HERE, 'harmless'),
  cases: [
    [
      'markup/index.md:9:1',
      'warning',
      /<div> is not an element the archive publishes: the tag is left out and its text kept/,
    ],
    ['markup/index.md:11:11', 'warning', /<font> is not an element the archive publishes/],
    ['markup/index.md:11:45', 'warning', /the attribute class="x" is not published/],
    ['markup-mdx/index.mdx:9:11', 'warning', /the attribute style="color: red" is not published/],
    [
      'control-characters/index.mdx:9:20',
      'warning',
      /4 invisible control character\(s\) \(U\+0001, U\+007F, U\+0085, U\+001B\); they are removed/,
    ],
    [
      'control-characters/index.mdx:11:11',
      'warning',
      /1 invisible control character\(s\) \(U\+0008\)/,
    ],
  ] as HostileCase[],
  /** Release files left out by design, listed with the reason. */
  skipped: ['_drafts/hidden-draft.mdx', '.notes/index.mdx'],
};

/** What a hostile payload would leave if it ran or leaked: none may appear anywhere. */
export const PAYLOAD_MARKER_FILE = 'payload-ran';

/**
 * The home folder the hostile runs are given (`HOME`): a value found nowhere else, so that
 * `process.env.HOME` leaking into a report, a log or dist/ is seen whatever the machine.
 */
export const SENTINEL_HOME = join(TMP, 'home-of-the-build-machine-7c1e');

/**
 * Classes that cannot be committed as files portably (names Windows or git refuse, symbolic links):
 * built in a scratch folder from a valid release.
 * @returns the folder and its cases.
 */
export function runtimeFixtures(name: string): {
  dir: string;
  outside: string;
  cases: HostileCase[];
} {
  const root = scratch(name);
  const dir = join(root, 'releases');
  const outside = join(root, 'outside');
  const valid = join(FIXTURES, 'checks/valid/2025/valid-release');
  const release = (folder: string) => cpSync(valid, join(dir, '2025', folder), { recursive: true });
  for (const folder of ['what?', 'x#y', 'a:b', 'end.', 'tab\tname']) release(folder);
  mkdirSync(outside, { recursive: true });
  writeFileSync(
    join(outside, 'payload.mjs'),
    "import { writeFileSync } from 'node:fs';\nwriteFileSync(process.env.HOSTILE_MARKER ?? '/tmp/hostile-payload-ran', 'ran');\n",
  );
  // A lead image that links to /etc/passwd (its content would appear in the CI log), and one
  // that links to a script (Vite resolves the link and would run payload.mjs).
  for (const [folder, target] of [
    ['linked-photo', '/etc/passwd'],
    ['linked-script', join(outside, 'payload.mjs')],
  ] as const) {
    release(folder);
    rmSync(join(dir, '2025', folder, 'photo.jpg'));
    symlinkSync(target, join(dir, '2025', folder, 'photo.jpg'), 'file');
  }
  // A release folder that is a link to a folder outside the archive.
  cpSync(valid, join(outside, 'linked-folder'), { recursive: true });
  symlinkSync(join(outside, 'linked-folder'), join(dir, '2025/linked-folder'), 'dir');
  return {
    dir,
    outside,
    cases: [
      ['what?:1', 'error', /the name "what\?" contains "\?", which ends a web address/],
      ['x#y:1', 'error', /the name "x#y" contains "#", which ends a web address/],
      ['a:b:1', 'error', /the name "a:b" contains ":", which Windows does not allow/],
      ['end.:1', 'error', /the name "end\." ends with a space or a dot/],
      [
        'tab\tname:1',
        'error',
        /the name "tab\tname" contains an invisible control character \(U\+0009\)/,
      ],
      [
        'linked-photo/photo.jpg:1',
        'error',
        /is a symbolic link: the build would read whatever it points to/,
      ],
      ['linked-script/photo.jpg:1', 'error', /is a symbolic link/],
      ['linked-folder:1', 'error', /is a symbolic link/],
    ],
  };
}

/**
 * Asserts that the report has each case's line, `…/2025/<where>  <severity>  <message>`, and
 * when the case names a fix, the `    fix: …` line right under it.
 */
export function expectCases(result: { output: string }, cases: readonly HostileCase[]) {
  const lines = result.output.split('\n');
  for (const [where, severity, message, fix] of cases) {
    const hits = lines.flatMap((l, i) =>
      l.includes(`2025/${where}  ${severity}  `) && message.test(l) ? [lines[i + 1] ?? ''] : [],
    );
    expect(hits.length > 0, `${where} ${message}\n${result.output}`).toBe(true);
    if (fix)
      expect(
        hits.some((next) => /^\s+fix: /.test(next) && fix.test(next)),
        `${where} fix ${fix}\n${result.output}`,
      ).toBe(true);
  }
}

/** Nothing a hostile file points at may be printed: a private file, the build machine's folders. */
export function expectNoLeak(output: string) {
  expect(output).not.toMatch(/root:[^:\n]*:0:0:/); // /etc/passwd
  expect(output).not.toContain(SENTINEL_HOME); // process.env.HOME as a value
}
