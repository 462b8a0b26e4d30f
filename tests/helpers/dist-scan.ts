import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLValidator, XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { distFiles } from './dist-files.ts';

/**
 * Reads a built `dist/` the way an attacker would hope to find it: executable markup in pages,
 * broken or HTML-bearing feeds, control characters, photos with their metadata, originals, and
 * any given byte string (a leaked file or environment value). Every function returns what it
 * found, as `path: what` lines, so that a failing test names each file.
 */

/** A URL a browser runs, or renders as a document of its own. */
const UNSAFE_URL = /^[\0- ]*(?:javascript|vbscript|data|file):/i;
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'cite',
  'background',
  'ping',
  'xlink:href',
];
const EMBEDDING = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal'];

/**
 * Executable markup in the built pages: scripts other than JSON-LD and the archive's own module
 * bundles, event-handler attributes, `javascript:`/`data:`/`vbscript:` URLs, frames and embeds,
 * meta refreshes other than a redirect page's to an http(s) address, and scripts, styles, drawings or forms inside a release text (the site's own
 * search form is in every header).
 */
export function executableMarkup(dist: string): string[] {
  const found: string[] = [];
  for (const file of distFiles(dist).filter((f) => f.endsWith('.html'))) {
    const page = parse(readFileSync(join(dist, file), 'utf8'));
    for (const script of page.querySelectorAll('script')) {
      const type = script.getAttribute('type');
      const own =
        type === 'module' &&
        /^\/(?:[\w-]+\/)*_astro\/[\w.-]+\.js$/.test(script.getAttribute('src') ?? '');
      if (type !== 'application/ld+json' && !own)
        found.push(`${file}: <script ${script.rawAttrs}>`);
      if (type === 'application/ld+json' && /<\/script/i.test(script.innerHTML))
        found.push(`${file}: JSON-LD closes its script`);
    }
    for (const el of page.querySelectorAll('*')) {
      const tag = el.tagName?.toLowerCase() ?? '';
      if (EMBEDDING.includes(tag)) found.push(`${file}: <${tag}>`);
      // The archive's own redirect pages (aliases) refresh to an http(s) or same-site address;
      // any other refresh (a javascript: or data: target, a delay) is reported.
      if (
        tag === 'meta' &&
        /refresh/i.test(el.getAttribute('http-equiv') ?? '') &&
        !/^0;\s*url=(?:https?:\/\/|\/)[^\s"'<>]*$/i.test(el.getAttribute('content') ?? '')
      )
        found.push(`${file}: meta refresh`);
      for (const [name, value] of Object.entries(el.attributes)) {
        if (/^on/i.test(name)) found.push(`${file}: <${tag} ${name}="${value}">`);
        if (
          URL_ATTRIBUTES.includes(name.toLowerCase()) &&
          UNSAFE_URL.test(value.replace(/[\t\n\r]/g, ''))
        )
          found.push(`${file}: <${tag} ${name}="${value.slice(0, 60)}">`);
      }
    }
    const inText = ['script', 'style', 'svg', 'math', 'form', 'button', 'textarea', 'select'];
    for (const el of page.querySelectorAll(inText.map((t) => `.release-body ${t}`).join(', ')))
      found.push(`${file}: <${el.tagName.toLowerCase()}> in the release text`);
  }
  return found;
}

/**
 * Feeds that a feed reader would drop or run: RSS files that are not well-formed XML, RSS
 * descriptions whose HTML holds an element (excerpts are text), JSON feeds that do not parse.
 */
export function feedProblems(dist: string): string[] {
  const found: string[] = [];
  const xml = new XMLParser({ ignoreAttributes: false });
  for (const file of distFiles(dist).filter((f) => f.endsWith('.xml'))) {
    const text = readFileSync(join(dist, file), 'utf8');
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      found.push(`${file}: not well-formed XML (${valid.err.msg} at line ${valid.err.line})`);
      continue;
    }
    const items = [xml.parse(text).rss?.channel?.item ?? []].flat();
    for (const item of items as { description?: string }[]) {
      if (item.description && parse(String(item.description)).querySelectorAll('*').length)
        found.push(`${file}: a description holds markup: ${String(item.description).slice(0, 80)}`);
    }
  }
  for (const file of distFiles(dist).filter(
    (f) => f.endsWith('.json') && !f.startsWith('pagefind/'),
  )) {
    try {
      JSON.parse(readFileSync(join(dist, file), 'utf8'));
    } catch (error) {
      found.push(`${file}: ${(error as Error).message}`);
    }
  }
  return found;
}

/** The text of every page, feed, JSON file and Pagefind fragment (not the bundled code), for content checks. */
export function textFiles(dist: string): [file: string, text: string][] {
  return distFiles(dist).flatMap((file): [string, string][] => {
    if (/\.(html|xml|json|txt)$/.test(file))
      return [[file, readFileSync(join(dist, file), 'utf8')]];
    if (file.endsWith('.pf_fragment'))
      return [[file, gunzipSync(readFileSync(join(dist, file))).toString('utf8')]];
    return [];
  });
}

/** Text files holding a control character (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+007F–U+009F). */
export function controlCharacterFiles(dist: string): string[] {
  return textFiles(dist)
    .filter(([, text]) => /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/.test(text))
    .map(
      ([file, text]) =>
        `${file}: U+${text
          .match(/[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/)![0]
          .charCodeAt(0)
          .toString(16)
          .padStart(4, '0')}`,
    );
}

/** Files whose bytes contain one of the needles (a leaked value, a payload marker). */
export function filesContaining(dist: string, needles: readonly string[]): string[] {
  const wanted = needles.filter((n) => n.length >= 4).map((n) => Buffer.from(n, 'utf8'));
  return distFiles(dist).flatMap((file) => {
    const bytes = readFileSync(join(dist, file));
    const texts = file.endsWith('.pf_fragment') ? [bytes, gunzipSync(bytes)] : [bytes];
    return wanted
      .filter((n) => texts.some((t) => t.includes(n)))
      .map((n) => `${file}: ${n.toString()}`);
  });
}

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Every image file in `dist/`, whatever produced it (release images in every width, share images,
 * thumbnails, files from public/): metadata (EXIF, and so GPS; XMP; IPTC) and originals (a file
 * byte-identical to an image under one of the source folders).
 * @param sources - folders holding the original images (the releases folder).
 * @returns problems, and how many images were read (a scan that found none proves nothing).
 */
export async function imageProblems(
  dist: string,
  sources: readonly string[],
): Promise<{ problems: string[]; images: number }> {
  const originals = new Map<string, string>();
  for (const dir of sources)
    for (const file of distFiles(dir).filter((f) => IMAGE.test(f)))
      originals.set(digest(readFileSync(join(dir, file))), file);
  const problems: string[] = [];
  const images = distFiles(dist).filter((f) => IMAGE.test(f));
  for (const file of images) {
    const bytes = readFileSync(join(dist, file));
    const original = originals.get(digest(bytes));
    if (original) problems.push(`${file}: the original ${original}, copied as it is`);
    const meta = await sharp(bytes).metadata();
    for (const key of ['exif', 'xmp', 'iptc'] as const)
      if (meta[key])
        problems.push(`${file}: ${key.toUpperCase()} metadata (${meta[key]!.length} bytes)`);
  }
  return { problems, images: images.length };
}
