import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

/**
 * The archive is right-to-left: CSS must use logical properties (margin-inline-start, inset-inline-end,
 * text-align: start …). A deliberate physical value (an icon that must not mirror) is allowed only on a
 * line marked with the comment `physical-ok`.
 */
const PHYSICAL = [
  /(?:^|[\s;{])(?:margin|padding|border)-(?:left|right)(?:-[a-z]+)?\s*:/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /text-align\s*:\s*(?:left|right)/,
  /float\s*:\s*(?:left|right)/,
  /clear\s*:\s*(?:left|right)/,
  /border-(?:top|bottom)-(?:left|right)-radius/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(css|astro)$/.test(name) ? [full] : [];
  });
}

/** CSS of a file: the whole file for .css, `<style>` blocks and style="" attributes for .astro. */
function cssOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return text.split('\n');
  const blocks = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const inline = [...text.matchAll(/style=["'{]([^"'}]*)/g)].map((m) => m[1]!);
  return [...blocks, ...inline].flatMap((b) => b.split('\n'));
}

describe('CSS uses logical properties only', () => {
  it('has no physical left/right in src/', () => {
    const offences = files(join(ROOT, 'src')).flatMap((file) =>
      cssOf(file)
        .filter((line) => !line.includes('physical-ok') && PHYSICAL.some((re) => re.test(line)))
        .map((line) => `${relative(ROOT, file)}: ${line.trim()}`),
    );
    expect(offences).toEqual([]);
  });

  it('would catch a physical property (the check itself works)', () => {
    expect(PHYSICAL.some((re) => re.test('.x { margin-left: 1rem }'))).toBe(true);
    expect(PHYSICAL.some((re) => re.test('.x { text-align: right }'))).toBe(true);
    expect(
      PHYSICAL.some((re) => re.test('.x { margin-inline-start: 1rem; inset-inline-end: 0 }')),
    ).toBe(false);
  });
});
