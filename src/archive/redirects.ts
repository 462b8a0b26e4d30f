import { toNfc } from '../arabic/text.ts';
import { escapeXml } from './feeds.ts';
import { encodeSegment } from './permalinks.ts';

/**
 * Redirects from a release's old addresses (`aliases:`) to its permalink, for a static host:
 * - a small HTML page at each old path (`<meta http-equiv="refresh">`, `rel=canonical` and a
 *   link, what any host serves), and
 * - the same rules in a `_redirects` file (Netlify, Cloudflare Pages: a real `301`).
 * Pure: the build integration (`src/integrations/redirects.ts`) writes the files.
 */

/** One old address and where it leads. */
export interface Redirect {
  /** The alias as written (NFC): a path, maybe with a query (`/?p=123`). */
  from: string;
  /** Encoded path of the release (`paths.release`). */
  to: string;
  /** Absolute URL of the release (canonical). */
  canonical: string;
  /** Language of the release page, for the stub's `<html lang>`. */
  lang: string;
  /** Path shown in messages: the release file that claims the alias. */
  file: string;
}

/** Extensions of old addresses that a static host serves as an HTML page. */
const HTML_EXTENSION = /\.html?$/i;

/**
 * Where the HTML page of an alias goes in `dist/`: a path relative to it (decoded, `/` separated),
 * or `undefined` when no static file can answer the address: it has a query, an extension a host
 * would not serve as HTML (`.php`, `.aspx`), or lies outside the base path. Those work only
 * through `_redirects`.
 * @param alias - a well-formed alias (starts with `/`).
 * @param base - the site's base path (`/` or `/press/`).
 */
export function redirectFile(alias: string, base: string): string | undefined {
  if (alias.includes('?')) return undefined;
  let path: string;
  try {
    path = toNfc(decodeURI(alias));
  } catch {
    return undefined;
  }
  if (!path.startsWith(base) && `${path}/` !== base) return undefined;
  const rel = path.slice(base.length).replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) return `${rel}index.html`;
  const last = rel.split('/').pop()!;
  if (HTML_EXTENSION.test(last)) return rel;
  if (last.includes('.')) return undefined;
  return `${rel}/index.html`;
}

/**
 * The HTML page left at an old address: refreshes at once to the release, names it as canonical,
 * stays out of search engines, and links to it for browsers that do not follow the refresh.
 * @param redirect - the alias and its release.
 * @param text - the link sentence before and the link text, in the release's language.
 */
export function redirectPage(
  redirect: Redirect,
  text: { lead: string; link: string; title: string },
): string {
  const to = escapeXml(redirect.to);
  const dir = redirect.lang === 'ar' ? 'rtl' : 'ltr';
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeXml(redirect.lang)}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(text.title)}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeXml(redirect.canonical)}">`,
    `<meta http-equiv="refresh" content="0; url=${to}">`,
    '</head>',
    '<body>',
    `<p>${escapeXml(text.lead)} <a href="${to}">${escapeXml(text.link)}</a></p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The alias's path, percent-encoded per segment as browsers send it (RFC 3986). */
function encodedPath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    return path; // escapes that are not UTF-8: as written
  }
  return decoded.split('/').map(encodeSegment).join('/');
}

/**
 * The `_redirects` file (Netlify and Cloudflare Pages syntax, one `from to 301` rule a line).
 * Aliases with a query (`/?p=123`) become Netlify's query-matching form `/ p=123 /to 301`, which
 * Cloudflare ignores (it does not match queries). Plain paths first: hosts apply the first match
 * and Cloudflare reads at most 2,000 static rules.
 * @param existing - an office's own `_redirects` (from `public/`), kept first.
 */
export function redirectsFile(redirects: readonly Redirect[], existing = ''): string {
  const plain: string[] = [];
  const query: string[] = [];
  for (const r of redirects) {
    const [path = '/', search] = r.from.split('?', 2);
    if (search === undefined) {
      plain.push(`${encodedPath(path)} ${r.to} 301`);
    } else {
      const params = search.split('&').filter(Boolean).join(' ');
      query.push(`${encodedPath(path)} ${params} ${r.to} 301`);
    }
  }
  const head = '# Old addresses of releases (aliases:), written by the build.';
  return [existing.trimEnd(), head, ...plain, ...query].filter((l) => l !== '').join('\n') + '\n';
}
