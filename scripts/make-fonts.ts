/**
 * `npm run fonts`: writes the archive's web fonts from the pinned `@fontsource` packages.
 *
 * For every face of src/theme/fonts.ts and every subset it serves, the code points every Arabic
 * page uses (ARABIC_CORE, LATIN_CORE in src/theme/font-ranges.ts) are cut out of the package's
 * file into a small WOFF2 in src/fonts/ (HarfBuzz's hb-subset through `subset-font`, which keeps
 * every glyph the font's shaping rules can reach: joining forms, ligatures, mark positions);
 * the rest of the subset stays in the package's own file, declared with the remaining
 * `unicode-range`, so a browser downloads it only for a page that has such a character.
 * Then src/styles/fonts.css is written: those `@font-face` rules and the metric-adjusted local
 * fallbacks. Output is deterministic; tests/build/fonts.test.ts checks that the committed files
 * are what this script writes. Re-run after updating a `@fontsource` package.
 *
 * `--check`: writes nothing, exits 1 when a committed file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fontFiles } from '../src/theme/font-build.ts';

const ROOT = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const files = await fontFiles(ROOT);
let stale = 0;
for (const [path, content] of files) {
  const target = join(ROOT, path);
  let current: Buffer | undefined;
  try {
    current = readFileSync(target);
  } catch {
    current = undefined;
  }
  const same = current !== undefined && Buffer.compare(current, Buffer.from(content)) === 0;
  if (check) {
    if (!same) {
      stale++;
      console.error(`${path}: differs from what npm run fonts writes`);
    }
  } else if (!same) {
    writeFileSync(target, content);
    console.log(`wrote ${path} (${Buffer.from(content).length} bytes)`);
  }
}
if (check && stale) process.exit(1);
