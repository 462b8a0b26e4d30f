import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Parses a built page. */
export function readPage(dist: string, urlPath: string): HTMLElement {
  return parse(readFileSync(fileForUrl(dist, urlPath), 'utf8'));
}

/**
 * The file a static host serves for a URL path: percent-decoded once, `index.html` for folders.
 * @param urlPath - encoded path (without base), e.g. `/tags/%D8%A7/`.
 */
export function fileForUrl(dist: string, urlPath: string): string {
  const decoded = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const file = join(dist, decoded);
  return decoded.endsWith('/') ? join(file, 'index.html') : file;
}

/** True when a static host would serve something for the URL path. */
export function urlExists(dist: string, urlPath: string): boolean {
  const file = fileForUrl(dist, urlPath);
  return existsSync(file) && statSync(file).isFile();
}

/** Every file under a folder, as relative POSIX paths, sorted. */
export function allFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Every built HTML file, as URL paths (`/releases/x/`). */
export function htmlPages(dist: string): string[] {
  return allFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
}
