import { markdownToHtml, mdxToJs } from 'satteri';
import {
  INSPECTION,
  mayNeedSanitizing,
  releaseSanitizer,
  type BodyFinding,
  type BodyImage,
  type BodyInspection,
} from '../release/body-plugin.ts';
import { IMAGE_EXTENSIONS } from '../release/body-schema.ts';
import { say, type Saying } from '../messages/index.ts';
import type { Diagnostic, Severity } from './types.ts';

/**
 * Checks a release body the way the build reads it: parsed with `satteri` (the parser behind
 * `@astrojs/markdown-satteri`), MDX for `.mdx` files and Markdown for `.md`, through the build's
 * own sanitiser plugin (`src/release/body-plugin.ts`) in inspecting mode. Every removal it makes
 * becomes a diagnostic here: code of any kind (expressions, attribute expressions, spreads,
 * `import`/`export`, components) and what would run in a browser (scripts, frames, event
 * handlers, `javascript:` links) are errors; markup that is merely not published (a `class`, a
 * `<div>`) is a warning, since the text stays. Most releases are plain prose and are not parsed
 * at all (`mayNeedSanitizing`).
 */

const short = (text: string | undefined, max = 40) => {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  return value.length > max ? `${value.slice(0, max)}…` : value;
};

/** Severity and text of each finding. */
function describe(f: BodyFinding): { severity: Severity } & Saying {
  const error = (said: Saying) => ({ severity: 'error' as const, ...said });
  const name = f.name ?? '';
  const value = short(f.value);
  switch (f.kind) {
    case 'esm':
      return error(say('mdx.esm', { value }));
    case 'expression':
      return error(say('mdx.expression', { value }));
    case 'attribute-expression':
      return error(say('mdx.attribute-expression', { name, value }));
    case 'spread':
      return error(say('mdx.spread', { name, value }));
    case 'component':
      return error(say('mdx.component', { name }));
    case 'dangerous-element':
      return error(say('mdx.dangerous-element', { name }));
    case 'event-handler':
      return error(say('mdx.event-handler', { name, value }));
    case 'unsafe-url':
      return error(say('mdx.unsafe-url', { name, value }));
    case 'image-source':
      return error(say('mdx.image-source', { value: short(f.value, 60), types: IMAGE_EXTENSIONS }));
    case 'html-image':
      return error(say('mdx.html-image', {}));
    case 'unwrapped-element':
      return { severity: 'warning', ...say('mdx.unwrapped-element', { name }) };
    case 'removed-attribute':
      return { severity: 'warning', ...say('mdx.removed-attribute', { name, value }) };
  }
}

/** Diagnostics and the body images of one release body. */
export interface BodyCheck {
  diagnostics: Diagnostic[];
  /** Local images written in Markdown (`![alt](./photo.jpg)`), for the image-file checks. */
  images: BodyImage[];
}

/**
 * @param file - path shown in messages.
 * @param body - the body after the frontmatter.
 * @param bodyLine - file line where the body starts.
 * @param format - `mdx` for `.mdx` releases, `md` for `.md`.
 * @returns `mdx` / `body-html` diagnostics with the file line of each problem, and the body images.
 */
export function mdxBodyProblems(
  file: string,
  body: string,
  bodyLine: number,
  format: 'mdx' | 'md' = 'mdx',
): BodyCheck {
  if (!mayNeedSanitizing(body)) return { diagnostics: [], images: [] };
  const data: Record<string, unknown> = {};
  const options = { hastPlugins: [releaseSanitizer(true)], data };
  try {
    // The plugin is synchronous, so both compile synchronously.
    if (format === 'mdx') mdxToJs(body, options);
    else markdownToHtml(body, options);
  } catch (error) {
    const message = (error as Error).message;
    const m = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec(message);
    const diagnostic: Diagnostic = {
      severity: 'error',
      rule: 'mdx',
      file,
      line: m ? bodyLine + Number(m[1]) - 1 : bodyLine,
      ...say('mdx.unreadable', { reason: m ? m[3]! : message }),
    };
    if (m) diagnostic.column = Number(m[2]);
    return { diagnostics: [diagnostic], images: [] };
  }
  const found = (data[INSPECTION] as BodyInspection | undefined) ?? { findings: [], images: [] };
  const diagnostics = found.findings.map((finding): Diagnostic => {
    const { severity, ...said } = describe(finding);
    const code = ['esm', 'expression', 'attribute-expression', 'spread', 'component'];
    const diagnostic: Diagnostic = {
      severity,
      rule: code.includes(finding.kind) ? 'mdx' : 'body-html',
      file,
      line: finding.line ? bodyLine + finding.line - 1 : bodyLine,
      ...said,
    };
    if (finding.column) diagnostic.column = finding.column;
    return diagnostic;
  });
  const images = found.images.map((image) => ({
    ...image,
    line: image.line ? bodyLine + image.line - 1 : bodyLine,
  }));
  return { diagnostics, images };
}
