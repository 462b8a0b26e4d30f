import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { normaliseText } from '../../arabic/search-fold.ts';
import { META, PAGEFIND, TEXT_ATTRIBUTE, THUMB_ATTRIBUTE } from '../contract.ts';

/**
 * Turns a built release page into the copy that Pagefind indexes (build time, Node).
 *
 * The copy has the same elements, so Pagefind finds the same body, headings, filters and sort keys,
 * but every word of the indexed text is replaced by its search form (`normaliseText`, one word for
 * one word). What the copy drops or rewrites is recorded so that `search-restore.ts` can put the
 * original text and display-only metadata back into Pagefind's result fragments.
 */

/** What the indexer needs to restore a page's fragment after indexing. */
export interface SearchDocument {
  /** The HTML to give Pagefind (`addHTMLFile`). */
  html: string;
  /** Original words of the indexed text, in document order (white-space separated tokens). */
  words: string[];
  /** Original text of the first `h1` (Pagefind's `title`), white space collapsed. */
  title: string | undefined;
  /**
   * Index in {@link words} of the first word of the release's own text (the element with
   * `data-search-text`); without that element, the first word after the title.
   */
  textStart: number;
  /** Metadata to set on the fragment after indexing (display only, never indexed). */
  meta: Record<string, string>;
  /** Metadata keys Pagefind indexed that the browser does not need (removed from the fragment). */
  dropMeta: string[];
}

/** Metadata that is shown with a result but must not be searchable (dates, image URLs). */
export const DISPLAY_ONLY_META: ReadonlySet<string> = new Set([
  META.date,
  META.image,
  META.imageAlt,
]);

/** Elements Pagefind never indexes, left untouched. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'form',
  'select',
  'textarea',
]);
/** 16 ASCII punctuation characters: a value made only of them gives Pagefind no word to index. */
const PUNCT_DIGITS = "!$%&'()+,-./:;<=>";

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k[0] === '#')
      return String.fromCodePoint(
        k[1] === 'x' ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10),
      );
    return (
      (
        { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' } as Record<
          string,
          string
        >
      )[k] ?? _
    );
  });

/**
 * A short key that changes whenever the original text or display metadata changes, written with
 * punctuation only (FNV-1a 32-bit, one character per hex digit). Pagefind names fragment files by
 * a hash of what it indexed; since the index holds normalised words, a correction that only
 * changes a hamza or a ة would otherwise keep the file name and leave stale text in caches.
 * @param text - anything that identifies the original content.
 */
export function cacheKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h
    .toString(16)
    .padStart(8, '0')
    .replace(/[0-9a-f]/g, (d) => PUNCT_DIGITS[parseInt(d, 16)]!);
}

/** Splits an inline metadata declaration `key:value` (Pagefind's syntax); attribute captures are left alone. */
function inlineMeta(attr: string): [string, string] | undefined {
  const m = /^\s*([\w-]+)\s*:(.*)$/s.exec(attr);
  return m ? [m[1]!, m[2]!] : undefined;
}

/**
 * Cuts a built page down to what Pagefind reads: `<html lang dir>` and the element carrying
 * `data-pagefind-body` (on release pages the `<article>`, which holds the title, text, metadata,
 * filters and sort keys). Pagefind ignores everything outside that element, so the index is the
 * same, and a page costs a quarter of the parsing and transfer it would as a whole.
 * @returns a small HTML document, or `undefined` when the page has no Pagefind body.
 */
export function searchRegion(html: string): string | undefined {
  const marker = html.indexOf(PAGEFIND.body);
  if (marker < 0) return undefined;
  const start = html.lastIndexOf('<', marker);
  const tag = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start, start + 40))?.[1];
  if (start < 0 || !tag) return html;
  // The end tag that closes the body element (same-name elements nested inside are counted).
  const open = new RegExp(`<${tag}[\\s>]|</${tag}\\s*>`, 'gi');
  open.lastIndex = start + 1;
  let depth = 1;
  let end = -1;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    depth += m[0][1] === '/' ? -1 : 1;
    if (depth === 0) {
      end = m.index + m[0].length;
      break;
    }
  }
  if (end < 0) return html;
  const htmlTag = /<html[^>]*>/i.exec(html)?.[0] ?? '<html>';
  return `<!DOCTYPE html>${htmlTag}<head></head><body>${html.slice(start, end)}</body></html>`;
}

/**
 * Prepares the indexed copy of a page that has a `data-pagefind-body` element.
 * @param html - the built page.
 * @returns the copy and what to restore, or `undefined` when the page has no Pagefind body.
 */
export function prepareSearchDocument(html: string): SearchDocument | undefined {
  const region = searchRegion(html);
  if (!region) return undefined;
  const root = parse(region, {
    comment: false,
    blockTextElements: { script: true, style: true, noscript: true },
  });
  const body = root.querySelector(`[${PAGEFIND.body}]`);
  if (!body) return undefined;
  const words: string[] = [];
  const meta: Record<string, string> = {};
  const dropMeta: string[] = [META.keywords, META.cache];

  const h1 = root.querySelector('h1');
  const title = h1 ? collapse(h1.text) : undefined;
  let textStart: number | undefined;
  let titleEnd: number | undefined;

  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const original = decode(node.rawText);
      for (const w of original.split(/\s+/)) if (w) words.push(w);
      (node as unknown as { rawText: string }).rawText = escapeText(normaliseText(original));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (SKIP.has(tag) || el.hasAttribute(PAGEFIND.ignore)) return;
    if (el.hasAttribute(TEXT_ATTRIBUTE)) textStart ??= words.length;
    for (const child of el.childNodes) visit(child);
    if (el === h1) titleEnd = words.length;
  };
  visit(body);

  // Metadata: display-only values leave the index, searchable inline values are normalised.
  for (const el of root.querySelectorAll(`[${PAGEFIND.meta}]`)) {
    const parts = el.getAttribute(PAGEFIND.meta) ?? '';
    const inline = inlineMeta(parts);
    if (!inline) continue;
    const [key, value] = inline;
    if (DISPLAY_ONLY_META.has(key)) {
      meta[key] = value;
      el.removeAttribute(PAGEFIND.meta);
    } else {
      if (key !== META.keywords) meta[key] = value;
      el.setAttribute(PAGEFIND.meta, `${key}:${normaliseText(value)}`);
    }
  }
  // Images: Pagefind would index the first image's URL and alt text as metadata.
  const thumb = root.querySelector(`[${THUMB_ATTRIBUTE}]`)?.getAttribute(THUMB_ATTRIBUTE);
  const firstImage = body.querySelector('img')?.getAttribute('src');
  if (thumb || firstImage) meta[META.image] ??= (thumb || firstImage)!;
  for (const el of root.querySelectorAll('img, picture')) el.remove();

  const key = cacheKey(JSON.stringify([words, meta, title, textStart ?? titleEnd ?? 0]));
  body.insertAdjacentHTML(
    'beforeend',
    `<span hidden ${PAGEFIND.meta}="${META.cache}:${key.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></span>`,
  );
  return {
    html: root.toString(),
    words,
    title,
    textStart: textStart ?? titleEnd ?? 0,
    meta,
    dropMeta,
  };
}
