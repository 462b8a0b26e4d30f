import {
  codePointName,
  CONTROL_CHARACTERS,
  hasControlCharacter,
} from '../release/control-chars.ts';
import { say } from '../messages/index.ts';
import { fieldName } from './fields.ts';
import type { SplitRelease } from './frontmatter.ts';
import type { Diagnostic } from './types.ts';

/**
 * Invisible control characters (`src/release/control-chars.ts`) in a release. In the frontmatter
 * they are errors: YAML forbids them (the build's parser refuses the file) and in a title or tag
 * they would break every RSS feed. In the body they are removed from every output (page, feeds,
 * search) and reported as a warning, since removing an invisible character changes nothing a
 * reader sees.
 */

/**
 * Control characters written in the file itself.
 * @param file - path shown in messages.
 * @param text - the decoded file text.
 * @param split - the file split into frontmatter and body, when it has a frontmatter block.
 * @returns one diagnostic per line holding control characters (error in the frontmatter, warning in the body).
 */
export function controlCharacterProblems(
  file: string,
  text: string,
  split: SplitRelease | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!hasControlCharacter(text)) return out; // most files: one scan, no line split
  const bodyLine = split?.bodyLine ?? 1;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  lines.forEach((content, i) => {
    const found = [...content.matchAll(CONTROL_CHARACTERS)];
    if (found.length === 0) return;
    const line = i + 1;
    const names = [...new Set(found.map((m) => codePointName(m[0])))];
    const inBody = split !== undefined && line >= bodyLine;
    out.push({
      severity: inBody ? 'warning' : 'error',
      rule: 'control-character',
      file,
      line,
      column: found[0]!.index + 1,
      ...say(inBody ? 'control.body' : 'control.frontmatter', { count: found.length, names }),
    });
  });
  return out;
}

/**
 * Control characters that YAML escapes (`"\0"`, `"\x07"`, `"\uD800"`) put into frontmatter values.
 * @param data - the parsed frontmatter.
 * @param lineOf - file line of a field path.
 */
export function controlCharacterValues(
  file: string,
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const found = [...value.matchAll(CONTROL_CHARACTERS)];
      if (found.length === 0) return;
      out.push({
        severity: 'error',
        rule: 'control-character',
        file,
        line: lineOf(path),
        field: fieldName(path),
        ...say('control.escape', {
          names: [...new Set(found.map((m) => codePointName(m[0])))],
        }),
      });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(data, []);
  return out;
}
