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

const ESCAPE_FIX =
  'to show the character itself write a backslash before it: \\{ \\} \\< \\> (npm run import does this for you)';

const short = (text: string | undefined, max = 40) => {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  return value.length > max ? `${value.slice(0, max)}…` : value;
};

/** Message, fix and severity of each finding. */
function describe(f: BodyFinding): { severity: Severity; message: string; fix: string } {
  const error = (message: string, fix: string) => ({ severity: 'error' as const, message, fix });
  const warning = (message: string, fix: string) => ({
    severity: 'warning' as const,
    message,
    fix,
  });
  switch (f.kind) {
    case 'esm':
      return error(
        `a paragraph starting with "import" or "export" is read as code: ${JSON.stringify(short(f.value))}`,
        'reword the start of the paragraph, or write \\import',
      );
    case 'expression':
      return error(
        `{${short(f.value)}} is read as code (an MDX expression), not shown as text`,
        ESCAPE_FIX,
      );
    case 'attribute-expression':
      return error(
        `the attribute ${f.name}={${short(f.value)}} holds code (an MDX expression); nothing in a release may run`,
        `write a plain value in quotes, e.g. ${f.name}="…", or remove the attribute`,
      );
    case 'spread':
      return error(
        `<${f.name} {${short(f.value)}}> spreads code into the element's attributes; nothing in a release may run`,
        'remove the {…} from the tag',
      );
    case 'component':
      return error(
        `<${f.name}> is not an element the archive offers: releases hold text, Markdown and a few HTML elements, no components`,
        `remove <${f.name}> and </${f.name}> and keep the text, or write \\<${f.name}> to show it as text`,
      );
    case 'dangerous-element':
      return error(
        `<${f.name}> is not allowed in a release: it would run, load, embed or restyle something in readers' browsers, so it is removed with everything inside it`,
        `remove the <${f.name}> element; to show the tag as text write \\<${f.name}>`,
      );
    case 'event-handler':
      return error(
        `the attribute ${f.name}="${short(f.value)}" is an event handler, which would run script in readers' browsers`,
        'remove the attribute',
      );
    case 'unsafe-url':
      return error(
        `the address ${f.name}="${short(f.value)}" is not a web, mail or phone link (only https:, http:, mailto:, tel: and relative addresses are published): it could run script when clicked`,
        'link to a web page (https://…), or remove the link',
      );
    case 'image-source':
      return error(
        `the image "${short(f.value, 60)}" is not a file of this release: a body image is an image file (${IMAGE_EXTENSIONS.join(', ')}) in the release's folder, written as a relative path`,
        'copy the image into the release folder and write  ![what the image shows](./photo.jpg)',
      );
    case 'html-image':
      return error(
        'an image written as HTML (<img>) is not resized or converted and would show broken',
        'write it as  ![what the image shows](./photo.jpg)',
      );
    case 'unwrapped-element':
      return warning(
        `<${f.name}> is not an element the archive publishes: the tag is left out and its text kept`,
        `remove <${f.name}> and </${f.name}>`,
      );
    case 'removed-attribute':
      return warning(
        `the attribute ${f.name}="${short(f.value)}" is not published and is left out (the archive's own style decides how releases look)`,
        'remove the attribute',
      );
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
      message: `the text cannot be read as MDX: ${m ? m[3] : message}`,
      fix: ESCAPE_FIX,
    };
    if (m) diagnostic.column = Number(m[2]);
    return { diagnostics: [diagnostic], images: [] };
  }
  const found = (data[INSPECTION] as BodyInspection | undefined) ?? { findings: [], images: [] };
  const diagnostics = found.findings.map((finding): Diagnostic => {
    const { severity, message, fix } = describe(finding);
    const code = ['esm', 'expression', 'attribute-expression', 'spread', 'component'];
    const diagnostic: Diagnostic = {
      severity,
      rule: code.includes(finding.kind) ? 'mdx' : 'body-html',
      file,
      line: finding.line ? bodyLine + finding.line - 1 : bodyLine,
      message,
      fix,
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
