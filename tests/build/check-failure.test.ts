import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExpectingFailure } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/paths.ts';

/**
 * When the checks stop `astro build`, the output is the checks' report and nothing of Astro's:
 * no "unhandled error … astro:config:setup hook", no stack trace; the exit code is 1.
 */

const MISTAKES = join(FIXTURES, 'messages');
const NOISE = [
  /unhandled error/i,
  /Stack trace/i,
  /astro:config:setup/,
  /\n\s+at .*\.(?:ts|js|mjs):\d+/,
];

describe('a build stopped by the checks', () => {
  it('prints the messages and exits with code 1, without Astro noise (English)', async () => {
    const { code, output } = await buildExpectingFailure('check-failure-en', {
      releasesDir: MISTAKES,
    });
    expect(code).toBe(1);
    expect(output).toContain(
      '2025/a/index.mdx:2  error  title «العنوان»: the frontmatter is not valid YAML',
    );
    expect(output).toContain('fix: write  countries: [FR, BE]  (France, Belgium)');
    expect(output).toMatch(/The build stopped: 7 release error\(s\), listed above/);
    for (const noise of NOISE) expect(output).not.toMatch(noise);
  });

  it('speaks Arabic when the locale is not English', async () => {
    const { code, output } = await buildExpectingFailure('check-failure-ar', {
      releasesDir: MISTAKES,
      env: { LANG: 'ar_MA.UTF-8' },
    });
    expect(code).toBe(1);
    expect(output).toContain('2025/a/index.mdx:2\u2069  خطأ  «العنوان» (\u2068title\u2069)');
    expect(output).toContain('توقف البناء: 7 أخطاء في البلاغات، مسرودة أعلاه');
    for (const noise of NOISE) expect(output).not.toMatch(noise);
  });
});
