import { say, type Saying } from '../../messages/index.ts';
import { autop } from '@wordpress/autop';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { toMdast } from 'hast-util-to-mdast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { uploadPath } from './uploads.ts';

/**
 * Turns the HTML body of a WordPress post into the Markdown of an MDX release. The steps are
 * libraries: `@wordpress/autop` (WordPress's own wpautop, for classic-editor text whose
 * paragraphs are blank lines), `hast-util-from-html` (the WHATWG HTML parser), `hast-util-sanitize`
 * (GitHub's allow-list: no script, style, iframe, form or event handler survives),
 * `hast-util-to-mdast` and `mdast-util-to-markdown`, which escapes by syntax construct; with the
 * MDX extension it also escapes `{` and `<`, so no text of the old site can become code here.
 * Paragraphs, headings, lists, links, emphasis, quotes, tables and images are kept.
 */

/** Where a file referenced by the body goes, decided by the caller. */
export interface BodyFiles {
  /** For an `<img src>`: the local name to write (`./x.jpg`) and the alt text to use, or `undefined` to keep the address. */
  image(src: string, alt: string, element: Element): { src: string; alt: string } | undefined;
  /** Called for every link, to collect links to uploaded files (PDFs) as attachments. */
  link(href: string): void;
}

/** The converted body. */
export interface ConvertedBody {
  /** MDX body text (Markdown, escaped), ending with a newline. */
  markdown: string;
  /** Plain text of each paragraph, for dateline, weekday and country detection. */
  paragraphs: string[];
  /** What was changed or removed, for the summary. */
  notes: Saying[];
}

/** Elements that carry a page of their own (videos, maps, forms); the sanitiser removes them. */
const EMBEDS = new Set(['iframe', 'video', 'audio', 'object', 'embed']);
const REMOVED = new Set(['script', 'style', 'form', 'noscript', 'template', 'svg', 'canvas']);

/**
 * Visits every element of a tree depth first. `fn` may return the nodes that replace the element
 * (its children, a link, nothing); the replacements are visited in turn, the old element is not.
 */
function visitElements(
  node: HastRoot | Element,
  fn: (el: Element) => ElementContent[] | undefined,
): void {
  for (let i = 0; i < node.children.length;) {
    const child = node.children[i]!;
    if (child.type !== 'element') {
      i++;
      continue;
    }
    const replacement = fn(child);
    if (replacement) {
      node.children.splice(i, 1, ...replacement);
      continue;
    }
    visitElements(child, fn);
    i++;
  }
}

const text = (href: string): ElementContent => ({ type: 'text', value: href });
const linkTo = (href: string): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href },
  children: [text(href)],
});

/** `<a href="…/wp-content/uploads/…">` or an attachment page around nothing but an image. */
function isLinkToOwnImage(a: Element): boolean {
  const href = String(a.properties['href'] ?? '');
  const elements = a.children.filter((c) => c.type === 'element');
  return (
    elements.length === 1 &&
    (elements[0] as Element).tagName === 'img' &&
    (href.includes('/wp-content/uploads/') || /[?&]attachment_id=|\/attachment\//.test(href))
  );
}

/** A child of a `<figure>` as a block: `<figcaption>` becomes a paragraph, an image is wrapped in one. */
function figurePart(child: ElementContent): ElementContent {
  if (child.type !== 'element') return child;
  const tagName =
    child.tagName === 'figcaption' || child.tagName === 'img' || child.tagName === 'a'
      ? 'p'
      : child.tagName;
  return tagName === 'p' && child.tagName !== 'figcaption'
    ? { type: 'element', tagName: 'p', properties: {}, children: [child] }
    : { ...child, tagName };
}

/**
 * @param html - the post's HTML with shortcodes already expanded (`expandShortcodes`).
 * @param files - decides the images' local names and collects linked files.
 */
export function htmlToMarkdown(html: string, files: BodyFiles): ConvertedBody {
  const notes: Saying[] = [];
  // Block-editor posts are already HTML paragraphs; WordPress runs wpautop on the others only.
  const blocks = /<!--\s*wp:/.test(html);
  const tree = fromHtml(blocks ? html : autop(html), { fragment: true });
  const removed = new Map<string, number>();
  visitElements(tree, (el) => {
    if (EMBEDS.has(el.tagName)) {
      const src = String(el.properties['src'] ?? el.properties['data'] ?? '');
      notes.push(say('wp.element', { tag: el.tagName, src }));
      return /^https?:\/\//i.test(src) ? [linkTo(src)] : [];
    }
    // WordPress links an inserted image to its file or attachment page: the image stays, the link goes.
    if (el.tagName === 'a' && isLinkToOwnImage(el)) return el.children;
    // Markdown has no figure: the image, then its caption as a paragraph of its own.
    if (el.tagName === 'figure') return el.children.map(figurePart);
    if (REMOVED.has(el.tagName)) {
      removed.set(el.tagName, (removed.get(el.tagName) ?? 0) + 1);
      return [];
    }
    return undefined;
  });
  for (const [tag, count] of removed) notes.push(say('wp.element-removed', { tag, count }));
  const clean = sanitize(tree, defaultSchema) as HastRoot;
  visitElements(clean, (el) => {
    // A link whose address the sanitiser refused (javascript:, data:) keeps its text only.
    if (el.tagName === 'a' && !el.properties['href']) return el.children;
    if (el.tagName === 'img') {
      const src = String(el.properties['src'] ?? '');
      const alt = String(el.properties['alt'] ?? '');
      const local = src ? files.image(src, alt, el) : undefined;
      if (local) el.properties = { src: local.src, alt: local.alt };
      // A release publishes only its own image files (no image from another address: see
      // "What a release may contain" in the README). An upload that is missing is listed in
      // the summary; an image from elsewhere is named in the release's notes.
      else {
        if (!uploadPath(src)) notes.push(say('wp.foreign-image', { src }));
        return [];
      }
    } else if (el.tagName === 'a') {
      files.link(String(el.properties['href']));
    }
    return undefined;
  });
  const mdast = toMdast(clean) as MdastRoot;
  const markdown = toMarkdown(mdast, {
    extensions: [gfmToMarkdown(), mdxToMarkdown()],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
    // A paragraph starting with the word "import" or "export" is JavaScript in MDX (mdxjsEsm),
    // which the MDX extension does not escape: its first letter is written as a character
    // reference (&#x69;mport), which shows the same word and is no statement.
    unsafe: [
      { character: 'i', atBreak: true, after: 'mport\\b' },
      { character: 'e', atBreak: true, after: 'xport\\b' },
    ],
  });
  return { markdown, paragraphs: mdast.children.map(plainText).filter(Boolean), notes };
}

/** Plain text of an mdast block (paragraph and heading text, image alt left out). */
function plainText(node: RootContent): string {
  if ('value' in node && node.type === 'text') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(plainText).join('');
  return node.type === 'break' ? ' ' : '';
}
