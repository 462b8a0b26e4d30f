/**
 * Writes release frontmatter as YAML that people can read and edit: plain scalars where YAML
 * allows them, double-quoted (JSON-style, YAML 1.2 compatible) strings otherwise.
 */

/** A frontmatter value the writer handles. */
export type FrontmatterValue = string | boolean | string[] | undefined;

/** Plain YAML scalars that would not read back as the same string (booleans, null, numbers, dates). */
const AMBIGUOUS = /^(true|false|yes|no|on|off|null|~|[-+]?[\d.]+(e[-+]?\d+)?|\d{4}-\d\d-\d\d.*)$/i;

/**
 * A string as a YAML scalar: plain when safe (letters, digits, spaces and a few inner marks),
 * otherwise double-quoted.
 * @param value - any string (NFC expected).
 */
export function yamlScalar(value: string): string {
  const plainSafe =
    /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .،()\-–/]*$/u.test(value) &&
    !AMBIGUOUS.test(value) &&
    !/ $/.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

/** One frontmatter line (or block) per field, in the given order. */
export interface FrontmatterField {
  key: string;
  value: FrontmatterValue;
  /** Comment written after the value on the same line. */
  comment?: string;
  /** Write a string list as a block list (`- item` lines) instead of `[a, b]`. */
  block?: boolean;
}

/**
 * Renders a frontmatter block including the `---` lines. Fields whose value is `undefined` are
 * left out; `extra` lines (e.g. a commented image slot) are appended before the closing `---`.
 * @returns text ending with a newline.
 */
export function renderFrontmatter(
  fields: readonly FrontmatterField[],
  extra: readonly string[] = [],
): string {
  const lines = ['---'];
  for (const field of fields) {
    if (field.value === undefined) continue;
    const comment = field.comment ? `  # ${field.comment}` : '';
    if (Array.isArray(field.value)) {
      if (field.block && field.value.length) {
        lines.push(`${field.key}:${comment}`, ...field.value.map((v) => `  - ${yamlScalar(v)}`));
      } else {
        lines.push(`${field.key}: [${field.value.map(yamlScalar).join(', ')}]${comment}`);
      }
    } else if (typeof field.value === 'boolean') {
      lines.push(`${field.key}: ${field.value}${comment}`);
    } else {
      lines.push(
        `${field.key}: ${field.key === 'date' ? field.value : yamlScalar(field.value)}${comment}`,
      );
    }
  }
  lines.push(...extra, '---');
  return `${lines.join('\n')}\n`;
}
