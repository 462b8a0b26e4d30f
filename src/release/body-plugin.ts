import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { find, html } from 'property-information';
import { htmlToHast } from 'satteri';
import { DANGEROUS_ELEMENTS, hasUnsafeScheme, RELEASE_BODY_SCHEMA } from './body-schema.ts';
import {
  HTML_NAME,
  inspectElement,
  jsxToElement,
  sanitizeBody,
  type BodyNode,
  type JsxElement,
} from './body-sanitize.ts';
import { hasControlCharacter } from './control-chars.ts';

/**
 * The release-body policy as a Sätteri HAST plugin, the first of the Markdown and MDX pipelines
 * (`src/release/body-pipeline.ts`): every rendered body is replaced by its sanitised tree
 * (`sanitizeBody`). `npm run check` runs the same plugin with `inspect` on and reads what it
 * found, with lines, from `ctx.data` (`src/checks/mdx-body.ts`), so the check and the build apply
 * one rule.
 */

/*
 * Source text that may hold something to sanitise: HTML or JSX (`<`), MDX expressions (`{ }`),
 * link or image destinations (`](`, `]:`), character references (`&`), ESM lines, control
 * characters. A body without any of these is prose whose tree Markdown itself built (paragraphs,
 * emphasis, lists, GFM autolinks to http(s) and mailto), so its sanitised tree is the same tree:
 * it is not materialised at all (most releases; measured in BENCHMARKS.md).
 */
const MARKUP = /[<{}&]|\]\(|\]:|^[ \t]*(?:import|export)\b/m;

/** @returns true when the body source may hold something to sanitise (see above). */
export function mayNeedSanitizing(source: string): boolean {
  return MARKUP.test(source) || hasControlCharacter(source);
}

/** Something the sanitiser removes or refuses, found by an inspecting run. */
export interface BodyFinding {
  kind:
    | 'esm'
    | 'expression'
    | 'attribute-expression'
    | 'spread'
    | 'component'
    | 'dangerous-element'
    | 'unwrapped-element'
    | 'event-handler'
    | 'unsafe-url'
    | 'image-source'
    | 'html-image'
    | 'removed-attribute';
  /** 1-based line in the body, when known. */
  line?: number | undefined;
  column?: number | undefined;
  /** Element, component or attribute name. */
  name: string;
  /** The attribute value, expression or code concerned (shortened by the message). */
  value?: string | undefined;
}

/** A body image written in Markdown (`![alt](src)`), for the image-file checks. */
export interface BodyImage {
  src: string;
  line?: number | undefined;
}

/** What an inspecting run leaves in `ctx.data`. */
export interface BodyInspection {
  findings: BodyFinding[];
  images: BodyImage[];
}

/** Key of {@link BodyInspection} in the compile's data bag. */
export const INSPECTION = 'archiveBodyInspection';

/** Code-changing edits to the policy bump this; schema edits change the name on their own. */
const POLICY_VERSION = 1;

/**
 * The plugin's name carries a digest of the schema: Astro keys its content cache and its
 * incremental page cache by the Markdown configuration (plugin names included), so a changed
 * allow-list re-renders every release instead of reusing bodies sanitised by the old one.
 */
const NAME = `archive-release-sanitizer-${createHash('sha256')
  .update(
    JSON.stringify([POLICY_VERSION, RELEASE_BODY_SCHEMA], (_, v) =>
      v instanceof RegExp ? String(v) : v,
    ),
  )
  .digest('hex')
  .slice(0, 12)}`;

/** A hast position's start, as finding fields. */
const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
  line: node.position?.start.line,
  column: node.position?.start.column,
});

const URL_PROPERTIES = new Set([
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'cite',
  'data',
  'poster',
  'background',
  'longDesc',
  'ping',
  'xLinkHref',
]);

function elementFindings(
  element: Element,
  ancestors: readonly string[],
  fromHtml: boolean,
  where: { line?: number | undefined; column?: number | undefined },
  out: BodyInspection,
): boolean {
  const verdict = inspectElement(element, ancestors);
  const finding = (kind: BodyFinding['kind'], name: string, value?: unknown) =>
    out.findings.push({
      kind,
      name,
      ...where,
      ...(value === undefined
        ? {}
        : { value: Array.isArray(value) ? value.join(' ') : String(value) }),
    });
  if (verdict.kind === 'dangerous') {
    finding('dangerous-element', element.tagName);
    return false;
  }
  // An unwrapped element loses all its attributes; those that would have run are still errors.
  const removed =
    verdict.kind === 'kept'
      ? verdict.removed
      : Object.entries(element.properties).filter(([p]) => /^on/i.test(p) || URL_PROPERTIES.has(p));
  if (verdict.kind === 'unwrapped') finding('unwrapped-element', element.tagName);
  for (const [property, value] of removed) {
    const attribute = find(html, property).attribute; // onClick → onclick, className → class
    if (/^on/i.test(property)) finding('event-handler', attribute, value);
    else if (element.tagName === 'img' && property === 'src')
      finding('image-source', attribute, value);
    else if (URL_PROPERTIES.has(property)) {
      if (verdict.kind === 'kept' || hasUnsafeScheme(String(value)))
        finding('unsafe-url', attribute, value);
    } else finding('removed-attribute', attribute, value);
  }
  if (verdict.kind === 'kept' && element.tagName === 'img') {
    const src = element.properties['src'];
    if (fromHtml) finding('html-image', 'img');
    else if (typeof src === 'string' && !removed.some(([p]) => p === 'src'))
      out.images.push({ src, line: where.line });
  }
  return true;
}

function inspectTree(root: BodyNode, out: BodyInspection): void {
  const walk = (node: BodyNode, ancestors: string[], raw?: { line?: number | undefined }) => {
    const where = raw ?? at(node as Element);
    let next = ancestors;
    if (node.type === 'element') {
      const element = node as Element;
      if (!elementFindings(element, ancestors, raw !== undefined, where, out)) return;
      next = [...ancestors, element.tagName];
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const jsx = node as JsxElement;
      if (jsx.name !== null && !HTML_NAME.test(jsx.name)) {
        out.findings.push({ kind: 'component', name: jsx.name, ...where });
        return;
      }
      if (jsx.name !== null) {
        for (const attribute of jsx.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute')
            out.findings.push({
              kind: 'spread',
              name: jsx.name,
              value: String(attribute.value),
              ...where,
            });
          else if (attribute.value !== null && typeof attribute.value === 'object')
            out.findings.push({
              kind: 'attribute-expression',
              name: attribute.name ?? '',
              value: String((attribute.value as { value?: unknown }).value),
              ...where,
            });
        }
        const element = jsxToElement(jsx);
        if (!elementFindings(element, ancestors, true, where, out)) return;
        next = [...ancestors, element.tagName];
      }
    } else if (node.type === 'raw') {
      const fragment = htmlToHast(String(node.value), { fragment: true }) as BodyNode;
      for (const child of (fragment as Root).children)
        walk(child as BodyNode, ancestors, at(node as Element));
      return;
    }
    // Raw HTML in Markdown comes one tag at a time: after an unclosed dangerous start tag
    // (`<svg …>`), the raw tags up to its end tag are inside it and removed with it.
    let inside: string | undefined;
    for (const child of (node as { children?: unknown[] }).children ?? []) {
      const sibling = child as { type: string; value?: unknown };
      const value = sibling.type === 'raw' ? String(sibling.value) : undefined;
      if (inside !== undefined) {
        if (value?.toLowerCase().includes(`</${inside}`)) inside = undefined;
        continue;
      }
      walk(child as BodyNode, next, raw);
      const open = value && /^<([a-z][a-z\d]*)\b/i.exec(value)?.[1]?.toLowerCase();
      if (open && DANGEROUS_ELEMENTS.includes(open) && !value.toLowerCase().includes(`</${open}`))
        inside = open;
    }
  };
  walk(root, []);
}

const inspection = (data: Record<string, unknown>): BodyInspection =>
  (data[INSPECTION] ??= { findings: [], images: [] }) as BodyInspection;

const expression = (
  node: { value?: unknown; parseExpression(): unknown },
  ctx: { data: Record<string, unknown> },
) => {
  // parseExpression() is null for an empty or comment-only expression ({/* note */}), which
  // MDX renders as nothing; anything else is code.
  if (node.parseExpression() !== null)
    inspection(ctx.data).findings.push({
      kind: 'expression',
      name: '{…}',
      value: String(node.value),
      ...at(node as never),
    });
};

/**
 * The plugin.
 * @param inspect - also record what is removed, with positions (`npm run check`); off in the build.
 */
export function releaseSanitizer(inspect = false) {
  return {
    name: NAME,
    ...(inspect
      ? {
          options: { position: true },
          mdxFlowExpression: expression,
          mdxTextExpression: expression,
          mdxjsEsm(node: { value?: unknown }, ctx: { data: Record<string, unknown> }) {
            inspection(ctx.data).findings.push({
              kind: 'esm',
              name: 'import/export',
              value: String(node.value),
              ...at(node as never),
            });
          },
        }
      : {}),
    after(
      root: Root,
      ctx: {
        source: string;
        data: Record<string, unknown>;
        replaceNode(node: unknown, replacement: unknown): void;
      },
    ) {
      if (!mayNeedSanitizing(ctx.source)) return;
      if (inspect) inspectTree(root as BodyNode, inspection(ctx.data));
      ctx.replaceNode(root, sanitizeBody(root));
    },
  };
}
