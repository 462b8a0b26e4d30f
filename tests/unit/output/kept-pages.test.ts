import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  builtPages,
  clearOutput,
  forgetPageList,
  readPageList,
  removeStalePages,
  writePageList,
} from '../../../src/output/kept-pages.ts';
import { TMP } from '../../helpers/paths.ts';

const root = join(TMP, 'unit-kept-pages');
const out = join(root, 'dist');
const cache = join(root, 'cache');

function write(...files: string[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), file);
  }
}
const files = () =>
  (readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.includes('.') && !f.endsWith('.git'))
    .sort();

beforeEach(() => rmSync(root, { recursive: true, force: true }));

describe('what an incremental build keeps of dist/', () => {
  it('records the pages of a complete build, and forgets them when the next build starts', () => {
    expect(readPageList(cache)).toBeUndefined();
    writePageList(cache, ['releases/ب/index.html', 'index.html']);
    expect(readPageList(cache)).toEqual(['index.html', 'releases/ب/index.html']);
    forgetPageList(cache);
    expect(readPageList(cache)).toBeUndefined();
  });

  it('empties dist/ except the listed pages and .git, and removes the folders left empty', () => {
    write(
      'index.html',
      'releases/أ/index.html',
      'releases/ب/index.html',
      '_astro/a.css',
      '.git/HEAD',
    );
    const deleted = clearOutput(out, new Set(['index.html', 'releases/أ/index.html']));
    expect(deleted).toBe(2);
    expect(files()).toEqual(['.git/HEAD', 'index.html', 'releases/أ/index.html']);
    expect(existsSync(join(out, '_astro'))).toBe(false);
    expect(existsSync(join(out, 'releases', 'ب'))).toBe(false);
  });

  it('deletes the pages this build no longer produced, and only those', () => {
    write('index.html', 'releases/أ/index.html', 'releases/ب/index.html', 'sitemap-0.xml');
    const stale = removeStalePages(
      out,
      ['index.html', 'releases/أ/index.html', 'releases/ب/index.html'],
      new Set(['index.html', 'releases/أ/index.html']),
    );
    expect(stale).toEqual(['releases/ب/index.html']);
    expect(files()).toEqual(['index.html', 'releases/أ/index.html', 'sitemap-0.xml']);
    expect(existsSync(join(out, 'releases', 'ب'))).toBe(false);
  });

  it('lists the pages from the files Astro reports per route, Arabic paths decoded', () => {
    const assets = new Map([
      ['/releases/[slug]', [pathToFileURL(join(out, 'releases', 'دلتا-عربي', 'index.html'))]],
      ['/', [pathToFileURL(join(out, 'index.html'))]],
    ]);
    expect(builtPages(out, assets).sort()).toEqual(['index.html', 'releases/دلتا-عربي/index.html']);
  });
});
