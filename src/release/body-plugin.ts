import { createHash } from 'node:crypto';
import type { Root } from 'hast';
import { at, inspectTree, type BodyInspection } from './body-inspect.ts';
import { RELEASE_BODY_SCHEMA } from './body-schema.ts';
import { sanitizeBody, type BodyNode } from './body-sanitize.ts';
import { hasControlCharacter } from './control-chars.ts';

export type { BodyFinding, BodyImage, BodyInspection } from './body-inspect.ts';

/**
 * The release-body policy as a Sätteri HAST plugin, the first of the Markdown and MDX pipelines
 * (`src/release/body-pipeline.ts`): every rendered body is replaced by its sanitised tree
 * (`sanitizeBody`). `npm run check` runs the same plugin with `inspect` on and reads what it
 * found, with lines, from `ctx.data` (`src/checks/mdx-body.ts`), so the check and the build apply
 * one rule.
 */

/*
 * Source text that may hold something to sanitise: HTML or JSX (`<`), MDX expressions (`{ }`),
 * link or image destinations (`](`, `]:`), character references (`&`), ESM lines, control
 * characters. A body without any of these is prose whose tree Markdown itself built (paragraphs,
 * emphasis, lists, GFM autolinks to http(s) and mailto), so its sanitised tree is the same tree:
 * it is not materialised at all: 987 of the benchmark corpus' 1,000 releases. Measured there, the
 * sanitiser adds about 0.04 ms of CPU per release to rendering.
 */
const MARKUP = /[<{}&]|\]\(|\]:|^[ \t]*(?:import|export)\b/m;

/** @returns true when the body source may hold something to sanitise (see above). */
export function mayNeedSanitizing(source: string): boolean {
  return MARKUP.test(source) || hasControlCharacter(source);
}

/** Key of {@link BodyInspection} in the compile's data bag. */
export const INSPECTION = 'archiveBodyInspection';

/** Code-changing edits to the policy bump this; schema edits change the name on their own. */
const POLICY_VERSION = 1;

/**
 * The plugin's name carries a digest of the schema: Astro keys its content cache and its
 * incremental page cache by the Markdown configuration (plugin names included), so a changed
 * allow-list re-renders every release instead of reusing bodies sanitised by the old one.
 */
const NAME = `archive-release-sanitizer-${createHash('sha256')
  .update(
    JSON.stringify([POLICY_VERSION, RELEASE_BODY_SCHEMA], (_, v) =>
      v instanceof RegExp ? String(v) : v,
    ),
  )
  .digest('hex')
  .slice(0, 12)}`;

const inspection = (data: Record<string, unknown>): BodyInspection =>
  (data[INSPECTION] ??= { findings: [], images: [] }) as BodyInspection;

const expression = (
  node: { value?: unknown; parseExpression(): unknown },
  ctx: { data: Record<string, unknown> },
) => {
  // parseExpression() is null for an empty or comment-only expression ({/* note */}), which
  // MDX renders as nothing; anything else is code.
  if (node.parseExpression() !== null)
    inspection(ctx.data).findings.push({
      kind: 'expression',
      name: '{…}',
      value: String(node.value),
      ...at(node as never),
    });
};

/**
 * The plugin.
 * @param inspect - also record what is removed, with positions (`npm run check`); off in the build.
 */
export function releaseSanitizer(inspect = false) {
  return {
    name: NAME,
    ...(inspect
      ? {
          options: { position: true },
          mdxFlowExpression: expression,
          mdxTextExpression: expression,
          mdxjsEsm(node: { value?: unknown }, ctx: { data: Record<string, unknown> }) {
            inspection(ctx.data).findings.push({
              kind: 'esm',
              name: 'import/export',
              value: String(node.value),
              ...at(node as never),
            });
          },
        }
      : {}),
    after(
      root: Root,
      ctx: {
        source: string;
        data: Record<string, unknown>;
        replaceNode(node: unknown, replacement: unknown): void;
      },
    ) {
      if (!mayNeedSanitizing(ctx.source)) return;
      if (inspect) inspectTree(root as BodyNode, inspection(ctx.data));
      ctx.replaceNode(root, sanitizeBody(root));
    },
  };
}
