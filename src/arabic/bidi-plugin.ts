import type { Element, ElementContent, Text } from 'hast';
import { hasArabic } from './text.ts';
import { isLatinOnly, splitLatinRuns } from './bidi.ts';

/**
 * A Sätteri HAST plugin (Astro 7's Markdown/MDX processor) that isolates Latin runs inside Arabic
 * release bodies with `<bdi>` and marks wholly Latin blocks `dir="ltr"`. Paragraphs that merely
 * start with a Latin word keep the page's RTL direction. Code (`pre`, `code`, `kbd`, `samp`) and
 * elements that already set `dir` are left alone.
 */

const SKIP = new Set([
  'pre',
  'code',
  'kbd',
  'samp',
  'bdi',
  'bdo',
  'script',
  'style',
  'svg',
  'math',
]);
const BLOCKS = [
  'p',
  'li',
  'blockquote',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'figcaption',
  'dd',
  'dt',
];

interface Ctx {
  parent(node: unknown): (Element & { type: string }) | { type: string } | undefined;
  replaceNode(node: unknown, nodes: unknown): void;
  setProperty(node: unknown, key: string, value: unknown): void;
  textContent(node: unknown): string;
}

function insideSkipped(node: unknown, ctx: Ctx): boolean {
  for (let p = ctx.parent(node); p && p.type !== 'root'; p = ctx.parent(p)) {
    const el = p as Element;
    if (
      el.type === 'element' &&
      (SKIP.has(el.tagName) || (el.properties && 'dir' in el.properties))
    )
      return true;
  }
  return false;
}

function closestBlockText(node: unknown, ctx: Ctx): string {
  for (let p = ctx.parent(node); p && p.type !== 'root'; p = ctx.parent(p)) {
    const el = p as Element;
    if (el.type === 'element' && BLOCKS.includes(el.tagName)) return ctx.textContent(el);
  }
  return '';
}

const bdi = (value: string): ElementContent => ({
  type: 'element',
  tagName: 'bdi',
  properties: {},
  children: [{ type: 'text', value }],
});

/** The plugin object, for `satteri({ hastPlugins: [bidiIsolation] })`. */
export const bidiIsolation = {
  name: 'archive-bidi-isolation',
  element: {
    filter: BLOCKS,
    visit(node: Readonly<Element>, ctx: Ctx) {
      if (node.properties && 'dir' in node.properties) return;
      if (isLatinOnly(ctx.textContent(node))) ctx.setProperty(node, 'dir', 'ltr');
    },
  },
  text(node: Readonly<Text>, ctx: Ctx) {
    if (!/[A-Za-z]/.test(node.value) || insideSkipped(node, ctx)) return;
    if (!hasArabic(node.value)) {
      // A Latin-only text node (e.g. inside <em>) within an Arabic block is one isolated run.
      if (hasArabic(closestBlockText(node, ctx)) && node.value.trim() !== '') {
        const lead = node.value.match(/^\s*/)![0];
        const trail = node.value.match(/\s*$/)![0];
        const core = node.value.trim();
        const parts: ElementContent[] = [];
        if (lead) parts.push({ type: 'text', value: lead });
        parts.push(bdi(core));
        if (trail) parts.push({ type: 'text', value: trail });
        ctx.replaceNode(node, parts);
      }
      return;
    }
    const segments = splitLatinRuns(node.value);
    if (!segments.some((s) => s.latin)) return;
    ctx.replaceNode(
      node,
      segments.map((s): ElementContent =>
        s.latin ? bdi(s.text) : { type: 'text', value: s.text },
      ),
    );
  },
};
