import { XMLParser } from 'fast-xml-parser';

/**
 * Reads a WordPress export file (WXR, "WordPress eXtended RSS", version 1.2 as written by Tools →
 * Export; 1.0 and 1.1 have the same item fields): an RSS 2.0 document whose items are posts,
 * pages, attachments, menu items and other post types, with the `wp:` namespace
 * (`http://wordpress.org/export/1.2/`) carrying ids, dates, slugs, status, terms and post meta.
 * Parsed with `fast-xml-parser`, values kept as text (no number or entity guessing beyond XML's).
 */

/** A term of an item: a category, a tag, or another taxonomy's term. */
export interface WxrTerm {
  /** Taxonomy: `category`, `post_tag`, … */
  domain: string;
  /** The term's slug (percent-encoded for Arabic). */
  nicename: string;
  /** The term's name as shown (may hold HTML entities such as `&amp;`). */
  name: string;
}

/** One `<item>` of the export. */
export interface WxrItem {
  /** `wp:post_id`. */
  id: string;
  /** `wp:post_type`: `post`, `page`, `attachment`, `nav_menu_item`, … */
  type: string;
  /** `wp:status`: `publish`, `draft`, `pending`, `future`, `private`, `trash`, `inherit`, … */
  status: string;
  title: string;
  /** Permalink on the old site (`<link>`), absolute. */
  link: string;
  /** `wp:post_name`, the slug, percent-encoded by WordPress, at most 200 bytes. */
  postName: string;
  /** `wp:post_date`: `YYYY-MM-DD HH:MM:SS` in the site's time zone. */
  postDate: string;
  /** `wp:post_date_gmt`: the same instant in UTC; `0000-00-00 00:00:00` for drafts never published. */
  postDateGmt: string;
  /** `content:encoded`: the HTML body (classic editor text, or block markup). */
  content: string;
  /** `excerpt:encoded`: the excerpt; for an attachment, its caption. */
  excerpt: string;
  /** `wp:post_parent`: for an attachment, the post it was uploaded to ('0' for none). */
  parent: string;
  /** `wp:post_password`: non-empty for a password-protected post. */
  password: string;
  /** `wp:attachment_url`, for attachments. */
  attachmentUrl: string;
  terms: WxrTerm[];
  /** `wp:postmeta` key → value (the last value when a key repeats). */
  meta: Map<string, string>;
}

/** The whole export. */
export interface WxrExport {
  /** `wp:wxr_version`, e.g. `1.2`. */
  version: string;
  /** The blog's address (`wp:base_blog_url`, else the channel `<link>`), without a trailing slash. */
  siteUrl: string;
  items: WxrItem[];
}

/** An export that cannot be read; the message says why. */
export class WxrError extends Error {
  override name = 'WxrError';
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => name === 'item' || name === 'category' || name === 'wp:postmeta',
});

/** Text of an element parsed by fast-xml-parser: a string, or `#text` next to attributes. */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && '#text' in value) return String((value as Node)['#text']);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/**
 * @param xml - the export file's text (UTF-8 decoded).
 * @returns the export's items in file order.
 * @throws WxrError when the text is not a WordPress export, is cut short, or declares a DTD (a WXR file never
 *   does; entity declarations are refused rather than expanded).
 */
export function parseWxr(xml: string): WxrExport {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096)) || /<!ENTITY/i.test(xml))
    throw new WxrError('the file declares a DTD or entities, which a WordPress export never does');
  // The parser is lenient; an export cut short while downloading would lose its last posts.
  if (!/<\/rss>\s*$/.test(xml))
    throw new WxrError('the file ends before </rss>: it was cut short; download the export again');
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (error) {
    throw new WxrError(`the file is not well-formed XML: ${(error as Error).message}`);
  }
  const channel = (doc['rss'] as Node | undefined)?.['channel'] as Node | undefined;
  const version = text(channel?.['wp:wxr_version']).trim();
  if (!channel || !version)
    throw new WxrError(
      'the file is not a WordPress export (no <rss><channel> with wp:wxr_version): export it again with Tools → Export → All content',
    );
  const siteUrl = (text(channel['wp:base_blog_url']) || text(channel['link']))
    .trim()
    .replace(/\/+$/, '');
  const items = ((channel['item'] as Node[] | undefined) ?? []).map(readItem);
  return { version, siteUrl, items };
}

function readItem(item: Node): WxrItem {
  const field = (name: string) => text(item[name]);
  const meta = new Map<string, string>();
  for (const entry of (item['wp:postmeta'] as Node[] | undefined) ?? [])
    meta.set(text(entry['wp:meta_key']).trim(), text(entry['wp:meta_value']));
  const terms = ((item['category'] as unknown[] | undefined) ?? []).map((c) => {
    const node = (typeof c === 'object' && c ? c : {}) as Node;
    return {
      domain: String(node['@domain'] ?? ''),
      nicename: String(node['@nicename'] ?? ''),
      name: text(c),
    };
  });
  return {
    id: field('wp:post_id').trim(),
    type: field('wp:post_type').trim(),
    status: field('wp:status').trim(),
    title: field('title').trim(),
    link: field('link').trim(),
    postName: field('wp:post_name').trim(),
    postDate: field('wp:post_date').trim(),
    postDateGmt: field('wp:post_date_gmt').trim(),
    content: field('content:encoded'),
    excerpt: field('excerpt:encoded'),
    parent: field('wp:post_parent').trim() || '0',
    password: field('wp:post_password'),
    attachmentUrl: field('wp:attachment_url').trim(),
    terms: terms.filter((t) => t.domain !== ''),
    meta,
  };
}
