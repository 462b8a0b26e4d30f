/**
 * Output sizes of a built archive: `dist/` and the Pagefind index (bytes and file counts), and
 * gzip bytes of what each page type makes a browser download (HTML + CSS, and JavaScript).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface TreeSize {
  bytes: number;
  files: number;
}

/** Total bytes and number of files under `dir` (0/0 when it does not exist). */
export function treeSize(dir: string): TreeSize {
  let bytes = 0;
  let files = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return { bytes, files };
  }
  for (const e of entries) {
    if (!e.isFile()) continue;
    files++;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { bytes, files };
}

export interface PageWeight {
  /** URL path of the sample page. */
  path: string;
  /** gzip bytes of the HTML plus every linked stylesheet. */
  htmlCssGzip: number;
  /** gzip bytes of inline scripts plus every `<script src>` file (static imports not followed). */
  jsGzip: number;
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/**
 * Weight of one built page.
 * @param dist - the built folder; `path` is a site path like `/releases/x/` (base `/`).
 */
export function pageWeight(dist: string, path: string): PageWeight {
  const file = join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file, 'utf8');
  let htmlCss = gz(html);
  let js = 0;
  const local = (href: string) =>
    href.startsWith('/') && !href.startsWith('//')
      ? join(dist, decodeURIComponent(href.split(/[?#]/)[0]!))
      : null;
  for (const m of html.matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    const f = href && local(href);
    if (f) htmlCss += gz(readFileSync(f));
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue; // data, not code
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    const f = src && local(src);
    if (f) js += gz(readFileSync(f));
    else if (m[2]!.trim()) js += gz(m[2]!);
  }
  return { path, htmlCssGzip: htmlCss, jsGzip: js };
}

/** Finds a sample page for each page type in a built archive. */
export function samplePages(dist: string): Record<string, string> {
  const first = (dir: string) => {
    try {
      const name = readdirSync(join(dist, dir)).find(
        (n) => !n.startsWith('.') && statSync(join(dist, dir, n)).isDirectory() && !/^\d+$/.test(n),
      );
      return name ? `/${dir}/${encodeURIComponent(name)}/` : null;
    } catch {
      return null;
    }
  };
  const pages: Record<string, string> = { home: '/', search: '/search/' };
  const release = first('releases');
  const tag = first('tags');
  const country = first('countries');
  if (release) pages['release'] = release;
  if (tag) pages['tag'] = tag;
  if (country) pages['country'] = country;
  return pages;
}
