/**
 * Decides whether an `.mdx` release body needs the MDX compiler or can be rendered by Astro's
 * Markdown pipeline with the same HTML result. Most releases are plain prose; compiling each one
 * to a JavaScript module is the dominant cost of a large build (see docs/benchmarks-history.md, first round).
 *
 * The test is deliberately conservative: a body is "plain" only when it uses nothing on which MDX
 * and CommonMark disagree or which only MDX understands:
 * - `<` (JSX elements, HTML, autolinks `<https://…>`, HTML comments: MDX parses them as JSX or
 *   rejects them, Markdown passes them through as HTML);
 * - `{` or `}` (MDX expressions);
 * - `import` / `export` lines (ESM, components);
 * - a line indented by a tab or four spaces (an indented code block in CommonMark, plain text in MDX);
 * - `![` (images: both render them, but through different components; kept on the MDX path);
 * - a fenced code block (both highlight it with Shiki, but the `style` attribute is spelled
 *   differently).
 * Anything else (paragraphs, headings, emphasis, links, lists, block quotes, GFM tables) renders
 * byte-for-byte the same in both (checked by building the fixtures both ways).
 */

const MDX_ONLY = /[<{}]|^\s*(?:import|export)\s|^(?:\t| {4})|!\[|^\s*(?:```|~~~)/m;

/**
 * @param body - the release body (file content without its frontmatter), any line endings.
 * @returns `true` when the body must be compiled as MDX, `false` when Markdown renders it identically.
 */
export function needsMdx(body: string): boolean {
  return MDX_ONLY.test(body);
}
