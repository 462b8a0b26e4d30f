import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitRelease } from '../../../src/checks/frontmatter.ts';
import { BODY_FEATURES, bodyHastPlugins } from '../../../src/release/body-pipeline.ts';
import { FIXTURES } from '../../helpers/paths.ts';

/**
 * The hostile bodies rendered by the build's own pipeline (the options astro.config.mjs gives
 * Sätteri), without the checks in front: what the sanitiser alone lets through. This is the
 * defence behind `npm run check` (and what `astro dev`, which only logs check errors, serves).
 */

const CLASSES = ['code', 'script'];
/** Every release file of the hostile classes whose payload is code or script. */
function hostileFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.mdx?$/.test(name)) out.push(path);
    }
  };
  for (const c of CLASSES) walk(join(FIXTURES, 'hostile', c));
  return out.sort();
}

/** What must never appear in a rendered body or a compiled MDX module. */
const CODE = [
  /process\.env/,
  /getBuiltinModule/,
  /readFileSync/,
  /import\.meta/,
  /payload\.js/,
  /\?raw/,
  /outside\.jpg/,
  /\bAside\b/,
  /alert\(/,
  /msgbox\(/,
  /frontmatter\.title/,
];
/** A URL a browser would run or render as a document. */
const UNSAFE_URL =
  /^[\0- ]*(?:j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|v\s*b\s*s\s*c\s*r\s*i\s*p\s*t|d\s*a\s*t\s*a)\s*:/i;
const EMBEDDING = [
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'style',
  'form',
  'meta',
  'base',
  'link',
  'button',
];

let renderMarkdown: (body: string) => Promise<string>;
let compileMdx: (body: string, path: string) => Promise<string>;

beforeAll(async () => {
  const processor = satteri({ hastPlugins: await bodyHastPlugins(), features: BODY_FEATURES });
  const shared = { syntaxHighlight: false as const, gfm: true, smartypants: true };
  const markdown = await processor.createRenderer(shared);
  renderMarkdown = async (body) => (await markdown.render(body, { frontmatter: {} })).code;
  const mdx = await processor.createMdxRenderer!(shared, {
    optimize: false,
    srcDir: new URL('file:///'),
    sourcemap: false,
  });
  compileMdx = async (body, path) => (await mdx.process(body, path, { title: 'x' })).code;
});

describe('the sanitiser alone, on every hostile body', () => {
  it.each(hostileFiles().map((f) => [f.slice(FIXTURES.length), f]))(
    '%s renders with no code, script or unsafe URL',
    async (_, file) => {
      const body = splitRelease(readFileSync(file, 'utf8'))!.body;
      if (file.endsWith('.md')) {
        // Text may quote the payload (a link's text, say); markup and attributes may not.
        const markdown = await renderMarkdown(body);
        const page = parse(markdown);
        for (const tag of EMBEDDING)
          expect(page.querySelectorAll(tag), `${tag} in ${markdown}`).toHaveLength(0);
        for (const node of page.querySelectorAll('*')) {
          for (const [name, value] of Object.entries(node.attributes)) {
            expect(name.toLowerCase().startsWith('on'), `${name} in ${markdown}`).toBe(false);
            expect(UNSAFE_URL.test(value), `${name}="${value}"`).toBe(false);
            for (const code of CODE) expect(value).not.toMatch(code);
          }
        }
      } else {
        const module = await compileMdx(body, file);
        for (const code of CODE) expect(module, module).not.toMatch(code);
        expect(module).not.toMatch(/^\s*import\s(?!\{ Fragment| \{ Image|\{ jsx| \{ jsx)/m);
        expect(module).not.toMatch(/\bon[A-Z][a-z]+:/); // no event-handler prop
        expect(module).not.toMatch(/"(?:javascript|data|vbscript):/i);
      }
    },
  );
});
