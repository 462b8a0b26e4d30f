import type { Element, Root } from 'hast';
import { find, html } from 'property-information';
import { htmlToHast } from 'satteri';
import { DANGEROUS_ELEMENTS, hasUnsafeScheme } from './body-schema.ts';
import {
  HTML_NAME,
  inspectElement,
  jsxToElement,
  type BodyNode,
  type JsxElement,
} from './body-sanitize.ts';

/**
 * What sanitising a release body removes, found by walking its tree before it is sanitised
 * (`inspectTree`), element by element with the sanitiser's own verdict (`inspectElement`), so
 * that `npm run check` can name every removal with its line. Used by `body-plugin.ts`.
 */

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

/** A hast position's start, as finding fields. */
export const at = (node: {
  position?: { start: { line: number; column: number } } | undefined;
}) => ({
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

/** Records every finding of a body's tree (MDX nodes included) in `out`. */
export function inspectTree(root: BodyNode, out: BodyInspection): void {
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
