import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { htmlPages, urlExists } from '../helpers/html.ts';

/** One reference found in a built file. */
export interface Reference {
  /** Page (URL path without base) or feed file the reference is in. */
  from: string;
  /** The attribute value as written. */
  ref: string;
}

/** Every URL-valued attribute a static host must serve: href, src, srcset, and absolute meta URLs. */
export function pageReferences(html: string): string[] {
  const root = parse(html);
  const refs: string[] = [];
  for (const el of root.querySelectorAll('[href]')) refs.push(el.getAttribute('href')!);
  for (const el of root.querySelectorAll('[src]')) refs.push(el.getAttribute('src')!);
  for (const el of root.querySelectorAll('[srcset]')) {
    for (const candidate of el.getAttribute('srcset')!.split(','))
      refs.push(candidate.trim().split(/\s+/)[0]!);
  }
  for (const el of root.querySelectorAll(
    'meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]',
  )) {
    refs.push(el.getAttribute('content')!);
  }
  for (const el of root.querySelectorAll('script[type="application/ld+json"]')) {
    const json = JSON.parse(el.text) as { url?: string; image?: string[] };
    if (json.url) refs.push(json.url);
    for (const img of json.image ?? []) refs.push(img);
  }
  return refs.filter((r) => r !== '');
}

/**
 * Resolves a reference like a browser would and says whether a static host serving `dist` under
 * `base` at `site` has the file. External URLs (other origins, `mailto:` …) are skipped.
 * Paths are percent-decoded exactly once (`fileForUrl`), as static hosts do.
 * @returns `undefined` for external references, else whether the target exists.
 */
export function resolves(
  dist: string,
  site: string,
  base: string,
  pageUrl: string,
  ref: string,
): boolean | undefined {
  const url = new URL(ref, new URL(pageUrl, site));
  if (url.origin !== new URL(site).origin) return undefined;
  if (!url.pathname.startsWith(base)) return false;
  return urlExists(dist, `/${url.pathname.slice(base.length)}`);
}

/** Broken internal references of every built page, as `page → ref` strings (empty when all resolve). */
export function brokenLinks(dist: string, site: string, base: string): string[] {
  const broken: string[] = [];
  for (const page of htmlPages(dist)) {
    const html = readFileSync(
      page.endsWith('/') ? join(dist, page, 'index.html') : join(dist, page),
      'utf8',
    );
    const pageUrl = `${base}${page.slice(1).split('/').map(encodeURIComponent).join('/')}`;
    for (const ref of pageReferences(html)) {
      if (resolves(dist, site, base, pageUrl, ref) === false) broken.push(`${page} → ${ref}`);
    }
  }
  return broken;
}
