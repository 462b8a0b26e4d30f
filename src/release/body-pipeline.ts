import { satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { bidiIsolation } from '../arabic/bidi-plugin.ts';
import { releaseSanitizer } from './body-plugin.ts';

/**
 * The Sätteri options for release bodies, shared by `astro.config.mjs` (Markdown, and MDX through
 * `@astrojs/mdx`, which extends the Markdown configuration) and the tests. Order matters:
 * 1. the sanitiser (`body-plugin.ts`) sees only what the publisher wrote;
 * 2. Shiki highlights code blocks after it (its inline colours are not publisher input, so the
 *    allow-list need not admit `style`), which is why Astro's own highlighter is turned off
 *    (`markdown.syntaxHighlight: false`) and this one added with Astro's default settings;
 * 3. Latin runs are isolated (`src/arabic/bidi-plugin.ts`).
 * Astro's own plugins (image markers, heading ids) run after these.
 */

/** Parser features: raw HTML in Markdown is parsed into elements, so the sanitiser can judge it. */
export const BODY_FEATURES = { rawHtml: true };

/** Astro's default Shiki settings (`markdownConfigDefaults` in @astrojs/internal-helpers). */
const SHIKI_DEFAULTS = {
  langs: [],
  theme: 'github-dark' as const,
  themes: {},
  wrap: false,
  transformers: [],
};
/** Languages Astro leaves unhighlighted by default (`defaultExcludeLanguages`). */
const EXCLUDE_LANGS = ['math'];

/**
 * The HAST plugins, in order.
 * @returns a list for `satteri({ hastPlugins })`; async because Shiki loads its grammars.
 */
export async function bodyHastPlugins() {
  const highlight = await satteriCreateHighlightFn('shiki', SHIKI_DEFAULTS);
  return [
    releaseSanitizer(),
    ...(highlight ? [satteriHighlightPlugin(highlight, EXCLUDE_LANGS)] : []),
    bidiIsolation,
  ];
}
