import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { MAX_FRONTMATTER_BYTES, MAX_YAML_NESTING, utf8Bytes } from '../release/limits.ts';
import { say } from '../messages/index.ts';
import type { YamlHint } from '../messages/types.ts';
import type { Diagnostic } from './types.ts';

/**
 * Reads a release's YAML frontmatter with positions, so that every message can name a line.
 * Uses `yaml`'s `parseDocument` (YAML 1.2 core schema). The build reads the same block with
 * Astro's parser; dates stay strings here and are checked by `parseCalendarDate`.
 * The parse is bounded: a block larger than `MAX_FRONTMATTER_BYTES` is refused before parsing,
 * and aliases (`*name`, the YAML feature behind "billion laughs" expansion bombs) are refused
 * before the document is expanded, so one hostile file can neither crash nor stall the checks.
 */

/** A release file split into its frontmatter and body. */
export interface SplitRelease {
  /** YAML text between the `---` lines. */
  yaml: string;
  /** File line (1-based) of the first YAML line. */
  yamlLine: number;
  /** MDX body after the closing `---`. */
  body: string;
  /** File line (1-based) where the body starts. */
  bodyLine: number;
}

/**
 * Splits a release into frontmatter and body. A BOM and CRLF line endings are tolerated here
 * (they are reported by the encoding check).
 * @param text - decoded file text.
 * @returns the parts, or `undefined` when the file does not start with a `---` block.
 */
export function splitRelease(text: string): SplitRelease | undefined {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^((?:[ \t]*\n)*)---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(clean);
  if (!m) return undefined;
  const leading = (m[1] ?? '').split('\n').length - 1;
  const yaml = m[2] ?? '';
  const yamlLine = leading + 2;
  return {
    yaml,
    yamlLine,
    body: clean.slice(m[0].length),
    bodyLine: yamlLine + yaml.split('\n').length,
  };
}

/** Parsed frontmatter with a way to find the line of any field. */
export interface ParsedFrontmatter {
  /** Plain data (`undefined` when the YAML has errors). */
  data: unknown;
  /** File line of a field path such as `['image', 'alt']` (the nearest existing ancestor when missing). */
  lineOf(path: readonly PropertyKey[]): number;
  /** YAML syntax errors as diagnostics. */
  errors: Diagnostic[];
}

/**
 * Parses the frontmatter YAML of a release.
 * @param file - path shown in messages.
 * @param split - output of {@link splitRelease}.
 */
export function parseFrontmatter(file: string, split: SplitRelease): ParsedFrontmatter {
  const size = utf8Bytes(split.yaml);
  if (size > MAX_FRONTMATTER_BYTES) {
    const error: Diagnostic = {
      severity: 'error',
      rule: 'yaml',
      file,
      line: split.yamlLine,
      ...say('frontmatter.too-long', {
        kb: Math.ceil(size / 1024),
        maxKb: MAX_FRONTMATTER_BYTES / 1024,
      }),
    };
    return { data: undefined, lineOf: () => split.yamlLine, errors: [error] };
  }
  const deep = tooDeep(split.yaml);
  if (deep) {
    const error: Diagnostic = {
      severity: 'error',
      rule: 'yaml',
      file,
      line: split.yamlLine + deep.line - 1,
      column: deep.column,
      ...say('frontmatter.too-deep', { max: MAX_YAML_NESTING }),
    };
    return { data: undefined, lineOf: () => split.yamlLine, errors: [error] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const toFileLine = (offset: number) => split.yamlLine + lineCounter.linePos(offset).line - 1;
  const quoted = doc.errors.length ? innerQuotes(split.yaml) : [];
  const errors: Diagnostic[] = quoted.map(({ line, field, fixed }) => ({
    severity: 'error',
    rule: 'yaml',
    file,
    line: split.yamlLine + line - 1,
    field,
    ...say('yaml.inner-quotes', { field, fixed }),
  }));
  for (const error of doc.errors) {
    const pos = error.linePos?.[0];
    // The inner quotes explain every error on their line (and the field's value after them).
    if (pos && quoted.some((q) => q.line === pos.line)) continue;
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const diagnostic: Diagnostic = {
      severity: 'error',
      rule: 'yaml',
      file,
      line: pos ? split.yamlLine + pos.line - 1 : split.yamlLine - 1,
      ...say('yaml.invalid', { reason, hint: yamlHint(error.code) }),
    };
    if (pos) diagnostic.column = pos.col;
    errors.push(diagnostic);
  }
  const aliases: { source: string; offset: number | undefined }[] = [];
  // An alias is written with "*": without one there is nothing to look for (most releases).
  if (split.yaml.includes('*'))
    visit(doc, {
      Alias(_, node) {
        aliases.push({ source: node.source, offset: node.range?.[0] });
      },
    });
  const first = aliases[0];
  if (first) {
    errors.push({
      severity: 'error',
      rule: 'yaml',
      file,
      line: first.offset === undefined ? split.yamlLine : toFileLine(first.offset),
      ...say('yaml.aliases', { count: aliases.length, first: first.source }),
    });
  }
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 0 });
    } catch (error) {
      errors.push({
        severity: 'error',
        rule: 'yaml',
        file,
        line: split.yamlLine,
        ...say('yaml.unreadable', { reason: (error as Error).message }),
      });
    }
  }
  return {
    data,
    lineOf: (path) => locate(doc, path, toFileLine, split.yamlLine - 1),
    errors,
  };
}

/**
 * Where flow collections (`[`, `{`) nest deeper than {@link MAX_YAML_NESTING}, outside quoted
 * scalars and comments (YAML 1.2 §7.3–7.4, §6.6); `undefined` when they do not.
 */
function tooDeep(yaml: string): { line: number; column: number } | undefined {
  let depth = 0;
  let line = 1;
  let column = 0;
  let quote: string | undefined;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml[i]!;
    column++;
    if (c === '\n') {
      line++;
      column = 0;
      if (quote === undefined) continue;
    }
    if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote && !(quote === "'" && yaml[i + 1] === "'")) quote = undefined;
      else if (quote === "'" && c === "'") i++;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(yaml[i - 1]!))) {
      while (i + 1 < yaml.length && yaml[i + 1] !== '\n') i++;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_YAML_NESTING) return { line, column };
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

/** Which fix suggestion fits a YAML mistake, keyed by `yaml`'s error codes (texts in src/messages/). */
function yamlHint(code: string): YamlHint {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'duplicate';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'indent';
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'colon';
    default:
      return 'quote';
  }
}

/**
 * Lines such as `title: "وفد "الشرطة الفرنسية" بالرباط"`: a double-quoted value (YAML 1.2
 * §7.3.1) with unescaped double quotes inside, which ends the text at the second quote. The fix
 * is the publisher's own value in single quotes (§7.3.2: only `'` is escaped there, as `''`).
 * @returns 1-based YAML lines, the field and the line rewritten.
 */
export function innerQuotes(yaml: string): { line: number; field: string; fixed: string }[] {
  const found: { line: number; field: string; fixed: string }[] = [];
  yaml.split('\n').forEach((text, i) => {
    const m = /^(\s*)([\w.-]+):[ \t]+"(.*)"[ \t]*$/.exec(text);
    if (!m || !/(^|[^\\])"/.test(m[3]!)) return;
    found.push({ line: i + 1, field: m[2]!, fixed: `${m[2]}: '${m[3]!.replace(/'/g, "''")}'` });
  });
  return found;
}

function locate(
  doc: Document,
  path: readonly PropertyKey[],
  toFileLine: (offset: number) => number,
  fallback: number,
): number {
  let node: unknown = doc.contents;
  let line = fallback;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      line = toFileLine(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as { range?: [number, number, number] } | undefined;
      if (!item?.range) break;
      line = toFileLine(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}
