/** Builds DOM nodes for the search page (never from HTML strings: release text stays text). */

/**
 * Creates an element with properties and children.
 * @param tag - the element name.
 * @param props - properties assigned to the element (`className`, `href`, `textContent`…).
 * @param children - nodes or strings (strings become text nodes).
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}
