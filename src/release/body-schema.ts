import type { Options as Schema } from 'rehype-sanitize';

/**
 * What a release body may publish: the allow-list that `rehype-sanitize` (hast-util-sanitize)
 * applies to every rendered body, Markdown and MDX alike (`body-sanitize.ts`). It holds what
 * Markdown and GFM produce (paragraphs, headings, emphasis, links, lists, task lists, tables,
 * code, footnotes, images) and a few inline elements an office may type for Arabic text
 * (`bdi`, `bdo`, `span dir`, `abbr`, `sub`, `sup`); attribute values are pinned to what Markdown
 * writes. Whatever is not listed is removed, so nothing in a release runs, loads or embeds
 * anything in a reader's browser, whatever the host sends as Content-Security-Policy.
 *
 * Release pages ship no JavaScript and show no release HTML through script, so DOM clobbering
 * (what rehype-sanitize's `user-content-` prefix guards against) cannot happen here: ids are
 * simply limited to the footnote ids that Markdown itself writes, already prefixed.
 */

/**
 * Elements removed together with everything inside them (`strip`): they run code, load or embed
 * something, take input, or restyle the whole page. Anything else not allowed is unwrapped (its
 * text is kept).
 */
export const DANGEROUS_ELEMENTS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'slot',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'map',
  'area',
  'form',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'dialog',
  'portal',
  'meta',
  'link',
  'base',
  'title',
  'head',
  'xmp',
  'plaintext',
];

/** Image types a release may publish (what `astro:assets` turns into AVIF, WebP and JPEG/PNG). */
export const IMAGE_EXTENSIONS = [
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.avif',
  '.gif',
  '.tif',
  '.tiff',
];

/**
 * A body image source the archive publishes: a file of the release, by relative path (no scheme,
 * no leading `/`, no `..` segment, no `?` or `#` that would turn the import into something else
 * for Vite), with an image extension.
 */
export const LOCAL_IMAGE = new RegExp(
  `^(?![a-z][a-z\\d+.-]*:)(?![/\\\\])(?!(?:.*/)?\\.\\.(?:/|$))[^?#\\\\]+(?:${IMAGE_EXTENSIONS.map((e) => `\\${e}`).join('|')})$`,
  'i',
);

/** URL schemes a link may use; anything else (`javascript:`, `data:`, `vbscript:`, `file:`) is removed. */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto', 'tel'];

/**
 * True when an address starts with a scheme other than {@link LINK_PROTOCOLS}. Browsers drop tab,
 * line feed and carriage return anywhere in a URL and leading controls and spaces (WHATWG URL
 * Standard), so `jav&#9;ascript:` is `javascript:` and is caught too.
 */
export function hasUnsafeScheme(address: string): boolean {
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(
    address.replace(/[\t\n\r]/g, '').replace(/^[\0- ]+/, ''),
  );
  return scheme !== null && !LINK_PROTOCOLS.includes(scheme[1]!.toLowerCase());
}

/** The `rehype-sanitize` schema for release bodies. */
export const RELEASE_BODY_SCHEMA: Schema = {
  tagNames: [
    ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'br', 'pre', 'code'],
    ...['ul', 'ol', 'li', 'input', 'dl', 'dt', 'dd'],
    ...['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
    ...['a', 'img', 'em', 'strong', 'del', 'ins', 's', 'u', 'b', 'i', 'mark', 'small'],
    ...['sub', 'sup', 'abbr', 'cite', 'q', 'dfn', 'kbd', 'samp', 'var', 'bdi', 'bdo', 'span'],
    'section',
  ],
  attributes: {
    '*': [
      ['dir', 'ltr', 'rtl', 'auto'],
      ['lang', /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i],
    ],
    a: [
      'href',
      'title',
      ['id', /^user-content-fnref-[\w-]+$/],
      ['className', 'data-footnote-backref'],
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['ariaDescribedBy', 'footnote-label'],
      ['ariaLabel', /^Back to reference [\w-]+$/],
    ],
    img: [['src', LOCAL_IMAGE], 'alt', 'title'],
    abbr: ['title'],
    input: [['type', 'checkbox'], 'checked', 'disabled'],
    ol: ['start'],
    ul: [['className', 'contains-task-list']],
    li: [
      ['id', /^user-content-fn-[\w-]+$/],
      ['className', 'task-list-item'],
    ],
    code: [['className', /^language-[\w+#.-]+$/]],
    th: [['style', /^text-align: (?:left|center|right)$/], 'colSpan', 'rowSpan'],
    td: [['style', /^text-align: (?:left|center|right)$/], 'colSpan', 'rowSpan'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: [
      ['id', 'footnote-label'],
      ['className', 'sr-only'],
    ],
  },
  protocols: { href: LINK_PROTOCOLS },
  required: { input: { type: 'checkbox', disabled: true } },
  ancestors: {
    li: ['ol', 'ul'],
    tbody: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
  },
  clobber: [],
  clobberPrefix: '',
  strip: DANGEROUS_ELEMENTS,
  allowComments: false,
  allowDoctypes: false,
};
