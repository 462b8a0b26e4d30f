import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

/**
 * A release body is rendered in one place, `src/components/ReleaseBody.astro` (stored HTML of the
 * Markdown fast path, else `render()` with the body components), so that the Arabic page, the
 * translation pages and the full-text feeds cannot drift apart (a body image rendered one way on
 * the page and another in the feed). Whether a body has stored HTML is decided in one function,
 * `storedBodyHtml()` (src/release/stored-body.ts): the component asks it, and so do the feeds,
 * which use stored HTML as it is and send only MDX bodies through the component. No other code
 * reads the stored body. Pages only wire data to components.
 */
const SRC = join(ROOT, 'src');
const COMPONENT = 'components/ReleaseBody.astro';
const FEEDS = 'archive/feed-context.ts';
const DECISION = 'release/stored-body.ts';
/** What may appear only in the given files; a name in backticks (a comment) is not a use. */
const OWNED = [
  [
    /import\s*\{[^}]*\brender\b[^}]*\}\s*from\s*['"]astro:content['"]/,
    "render() of 'astro:content'",
    [COMPONENT],
  ],
  [/import\s+\w+\s+from\s+['"][^'"]*\/BodyImage\.astro['"]/, 'BodyImage.astro', [COMPONENT]],
  [/(?<!`)\bstoredBodyHtml\(/, 'storedBodyHtml()', [COMPONENT, FEEDS, DECISION]],
  [/(?<!`)\breadBody\(/, 'readBody()', [DECISION, 'release/body-cache.ts']],
  [/['"]archiveBody['"]/, "the 'archiveBody' metadata key", [DECISION]],
] as const;

describe('release bodies', () => {
  it('are rendered only by ReleaseBody.astro, which the release pages and feeds use', () => {
    const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(ts|astro)$/.test(f),
    );
    const offences = sources.flatMap((file) => {
      const text = readFileSync(join(SRC, file), 'utf8');
      return OWNED.filter(
        ([re, , owners]) => !(owners as readonly string[]).includes(file) && re.test(text),
      ).map(([, what]) => `${file}: ${what}`);
    });
    expect(offences).toEqual([]);
    const users = ['pages/releases/[slug].astro', 'pages/[lang]/releases/[slug].astro', FEEDS];
    for (const file of users)
      expect(readFileSync(join(SRC, file), 'utf8'), file).toMatch(/ReleaseBody\.astro['"]/);
  });

  it('have their stored HTML chosen by the one decision in both the component and the feeds', () => {
    for (const file of [COMPONENT, FEEDS])
      expect(readFileSync(join(SRC, file), 'utf8'), file).toMatch(
        /import\s*\{[^}]*\bstoredBodyHtml\b[^}]*\}\s*from\s*['"][^'"]*\/release\/stored-body\.ts['"]/,
      );
  });
});
