import type { Element, ElementContent, Nodes, Properties, Root } from 'hast';
import { find, html } from 'property-information';
import rehypeSanitize from 'rehype-sanitize';
import { DANGEROUS_ELEMENTS, RELEASE_BODY_SCHEMA } from './body-schema.ts';
import { removeControlCharacters } from './control-chars.ts';

/**
 * Makes a rendered release body safe (`sanitizeBody`) and says what that changes
 * (`inspectElement`, used by `npm run check` to name each removal with its line). Both run the
 * same `rehype-sanitize` schema (`body-schema.ts`), so the check reports exactly what the build
 * removes. MDX bodies arrive with their JSX still as MDX nodes: HTML written as JSX (`<sup>`,
 * `<span dir="ltr">`) becomes a hast element with its literal attributes; components, expressions
 * and ESM never become anything.
 */

const sanitize = rehypeSanitize(RELEASE_BODY_SCHEMA);

/** A JSX name that is an HTML element (`sup`, `h2`); anything else is a component. */
export const HTML_NAME = /^[a-z][a-z\d]*$/;

/** An MDX JSX attribute as the MDX tree holds it. */
export interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** An MDX JSX element (`mdxJsxFlowElement` / `mdxJsxTextElement`). */
export interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: unknown[];
  position?: Element['position'];
}

/** Any node of a release's hast tree, MDX nodes included. */
export type BodyNode = Nodes | JsxElement | { type: string; value?: unknown; children?: unknown[] };

/**
 * The hast properties of literal JSX attributes (`dir="ltr"`, `checked`), named as hast names
 * them (property-information: `class` → `className`, `onclick` → `onClick`). Expression
 * attributes and spreads have no literal value and are left out.
 */
export function jsxProperties(attributes: readonly JsxAttribute[]): Properties {
  const properties: Properties = {};
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const value = attribute.value ?? true;
    if (typeof value !== 'string' && value !== true) continue;
    const info = find(html, attribute.name);
    properties[info.property] =
      typeof value === 'string' && (info.spaceSeparated || info.commaSeparated)
        ? value.split(info.commaSeparated ? /\s*,\s*/ : /\s+/).filter(Boolean)
        : info.boolean && value === ''
          ? true
          : value;
  }
  return properties;
}

/** A JSX element written as HTML, as a hast element (children still to convert). */
export function jsxToElement(node: JsxElement): Element {
  return {
    type: 'element',
    tagName: node.name!,
    properties: jsxProperties(node.attributes),
    children: [],
    ...(node.position ? { position: node.position } : {}),
  };
}

function toHast(node: BodyNode): BodyNode | BodyNode[] | undefined {
  const children = (list: unknown[] | undefined) =>
    (list ?? []).flatMap((child) => toHast(child as BodyNode) ?? []) as ElementContent[];
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const jsx = node as JsxElement;
    if (jsx.name === null) return children(jsx.children); // a fragment <>…</> holds only its content
    if (!HTML_NAME.test(jsx.name)) return undefined; // a component: the archive offers none
    return { ...jsxToElement(jsx), children: children(jsx.children) };
  }
  if (node.type === 'element' || node.type === 'root') {
    return { ...(node as Element), children: children((node as Element).children) };
  }
  return node; // text stays; comments, raw HTML, expressions and ESM are dropped by the schema
}

function removeControls(node: Nodes): void {
  if (node.type === 'text') node.value = removeControlCharacters(node.value);
  if (node.type === 'element') {
    for (const [key, value] of Object.entries(node.properties)) {
      if (typeof value === 'string') node.properties[key] = removeControlCharacters(value);
    }
  }
  if ('children' in node) node.children.forEach(removeControls);
}

/**
 * The safe version of a release body: JSX written as HTML turned into elements, then the
 * release schema applied (`rehype-sanitize`), then control characters removed from text and
 * attribute values.
 * @param root - the body's hast tree (Markdown or MDX), not modified.
 * @returns a new tree.
 */
export function sanitizeBody(root: Root): Root {
  const safe = sanitize(toHast(root as BodyNode) as Root);
  removeControls(safe);
  return safe;
}

/** What the sanitiser does to one element, as `inspectElement` reports it. */
export type ElementVerdict =
  | { kind: 'kept'; removed: [property: string, value: unknown][] }
  | { kind: 'dangerous' }
  | { kind: 'unwrapped' };

/**
 * What sanitising does to one element in its place: removed with its content (a dangerous
 * element), unwrapped (an element the archive does not publish; its content stays), or kept with
 * some properties removed.
 * @param element - the element (its children are not looked at).
 * @param ancestors - tag names of the elements around it, outermost first (a `td` is only kept
 *   inside a `table`).
 */
export function inspectElement(element: Element, ancestors: readonly string[]): ElementVerdict {
  const probe: Element = { ...element, children: [] };
  const wrapped = ancestors.reduceRight<Element>(
    (inner, tagName) => ({ type: 'element', tagName, properties: {}, children: [inner] }),
    probe,
  );
  let node: ElementContent | undefined = sanitize({ type: 'root', children: [wrapped] })
    .children[0] as ElementContent | undefined;
  for (let depth = 0; depth < ancestors.length && node?.type === 'element'; depth++) {
    node = node.children[0];
  }
  if (node?.type !== 'element' || node.tagName !== element.tagName) {
    return DANGEROUS_ELEMENTS.includes(element.tagName)
      ? { kind: 'dangerous' }
      : { kind: 'unwrapped' };
  }
  const kept = node.properties;
  const removed = Object.entries(element.properties).filter(
    ([key, value]) => JSON.stringify(kept[key]) !== JSON.stringify(value),
  );
  return { kind: 'kept', removed };
}
