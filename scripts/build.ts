/**
 * `npm run build`: `astro build`, then the search index in a fresh Node process.
 *
 * The search index is built from the finished pages (src/search/build/index-site.ts). Inside
 * `astro build` (what `astro build` alone still does) it runs while Astro's whole build state is
 * still in memory; at 100,000 releases that state and the index together did not fit the build's
 * memory budget (BENCHMARKS.md). Run one after the other, each process needs only its own share.
 * Arguments are passed to `astro build` (e.g. `npm run build -- --verbose`). Exit code: Astro's,
 * or 1 when indexing fails.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../src/search/build/index-site.ts';
import { cacheDirectory, outDirectory } from '../src/config/dirs.ts';
import { archiveEnv, ENV } from '../src/config/env.ts';

const astro = fileURLToPath(
  import.meta.resolve('astro/package.json').replace(/package\.json$/, 'bin/astro.mjs'),
);
const built = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, [ENV.searchIndex]: 'off' },
});
if (built.status !== 0) process.exit(built.status ?? 1);
if (!archiveEnv.searchIndex) process.exit(0);

const time = () => new Date().toTimeString().slice(0, 8);
try {
  await indexSite(outDirectory(), cacheDirectory(), {
    info: (message) => console.log(`${time()} [archive-pagefind] ${message}`),
    warn: (message) => console.warn(`${time()} [WARN] [archive-pagefind] ${message}`),
  });
} catch (error) {
  console.error(`${time()} [ERROR] [archive-pagefind] ${(error as Error).message}`);
  process.exit(1);
}
