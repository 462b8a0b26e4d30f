/**
 * Escapes imported text so that MDX shows it exactly as written: MDX reads `{ }` as JavaScript,
 * `< >` as JSX/HTML, and Markdown gives meaning to `* _ [ ] \` ~ & |` and to a line starting with
 * `#`, `>`, `- `, `+ ` or `1. `. A backslash before ASCII punctuation is a CommonMark/MDX escape
 * and renders as the character alone.
 */

/** Characters escaped wherever they appear outside web and e-mail addresses. */
const ALWAYS = /[\\{}<>*_[\]`~&|]/g;
/**
 * Web and e-mail addresses, which GFM turns into links ("autolink literals"): a backslash inside
 * them would be shown, so only `{` and `}` (MDX expressions) are escaped there.
 */
const ADDRESS = /(https?:\/\/[^\s<]+|www\.[^\s<]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/;

/**
 * Escapes one paragraph (a single line) for an MDX body.
 * @param paragraph - text as written.
 * @returns MDX source that renders as `paragraph`.
 */
export function escapeMdx(paragraph: string): string {
  let out = paragraph
    .split(ADDRESS)
    .map((part, i) =>
      i % 2 === 1 ? part.replace(/[{}]/g, (c) => `\\${c}`) : part.replace(ALWAYS, (c) => `\\${c}`),
    )
    .join('');
  out = out.replace(/^(#|=|-|\+)/, '\\$1');
  out = out.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  return out;
}
