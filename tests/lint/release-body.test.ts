import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

/**
 * A release body is rendered in one place, `src/components/ReleaseBody.astro` (stored HTML of the
 * Markdown fast path, else `render()` with the body components), so that the Arabic page, the
 * translation pages and the full-text feeds cannot drift apart (a body image rendered one way on
 * the page and another in the feed). Pages only wire data to components.
 */
const SRC = join(ROOT, 'src');
const OWNER = 'components/ReleaseBody.astro';
const RENDERS = [
  [
    /import\s*\{[^}]*\brender\b[^}]*\}\s*from\s*['"]astro:content['"]/,
    "render() of 'astro:content'",
  ],
  [/(?<!`)\bstoredBody\(/, 'storedBody()'],
  [/import\s+\w+\s+from\s+['"][^'"]*\/BodyImage\.astro['"]/, 'BodyImage.astro'],
] as const;

describe('release bodies', () => {
  it('are rendered only by ReleaseBody.astro, which the release pages and feeds use', () => {
    const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(ts|astro)$/.test(f),
    );
    const offences = sources.flatMap((file) => {
      if (file === OWNER || file === 'archive/content.ts') return [];
      const text = readFileSync(join(SRC, file), 'utf8');
      return RENDERS.filter(([re]) => re.test(text)).map(([, what]) => `${file}: ${what}`);
    });
    expect(offences).toEqual([]);
    const users = ['pages/releases/[slug].astro', 'pages/[lang]/releases/[slug].astro'];
    for (const file of [...users, 'archive/feed-context.ts'])
      expect(readFileSync(join(SRC, file), 'utf8'), file).toMatch(/ReleaseBody\.astro['"]/);
  });
});
