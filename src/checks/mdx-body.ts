import { mdxToMdast } from 'satteri';
import { needsMdx } from '../release/mdx-plain.ts';
import type { Diagnostic } from './types.ts';

/**
 * Checks a release body the way the build reads it: as MDX, parsed with `satteri` (the parser
 * behind `@astrojs/markdown-satteri`). Press releases are text, so MDX syntax is almost always an
 * accident: an unclosed `<…>` or `{…` stops the build, and `{…}` would run as JavaScript instead of
 * showing the braces. Parsing is native and fast (about 0.1 ms for a 2,000-character release).
 */

interface Node {
  type: string;
  value?: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
}

/**
 * @param file - path shown in messages.
 * @param body - the MDX body after the frontmatter.
 * @param bodyLine - file line where the body starts.
 * @returns `mdx` errors with the file line of each problem.
 */
export function mdxBodyProblems(file: string, body: string, bodyLine: number): Diagnostic[] {
  // Without <, {, } or an import/export line there is no MDX syntax to get wrong (most releases):
  // skip the parse (a fifth of the checks' time at 10,000 releases).
  if (!needsMdx(body)) return [];
  const fix =
    'to show the character itself write a backslash before it: \\{ \\} \\< \\> (npm run import does this for you)';
  let tree: Node;
  try {
    tree = mdxToMdast(body) as Node;
  } catch (error) {
    const message = (error as Error).message;
    const m = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec(message);
    return [
      {
        severity: 'error',
        rule: 'mdx',
        file,
        line: m ? bodyLine + Number(m[1]) - 1 : bodyLine,
        ...(m ? { column: Number(m[2]) } : {}),
        message: `the text cannot be read as MDX: ${m ? m[3] : message}`,
        fix,
      },
    ];
  }
  const out: Diagnostic[] = [];
  const visit = (node: Node) => {
    const code =
      node.type === 'mdxTextExpression' ||
      node.type === 'mdxFlowExpression' ||
      node.type === 'mdxjsEsm';
    if (code && !/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) {
      const start = node.position?.start;
      out.push({
        severity: 'error',
        rule: 'mdx',
        file,
        line: start ? bodyLine + start.line - 1 : bodyLine,
        ...(start ? { column: start.column } : {}),
        message:
          node.type === 'mdxjsEsm'
            ? `a paragraph starting with "import" or "export" is read as code: ${JSON.stringify((node.value ?? '').slice(0, 40))}`
            : `{${(node.value ?? '').slice(0, 40)}} is read as code (an MDX expression), not shown as text`,
        fix:
          node.type === 'mdxjsEsm' ? 'reword the start of the paragraph, or write \\import' : fix,
      });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return out;
}
