/**
 * `npm run build`: `astro build`, then the search index step in a fresh Node process.
 *
 * While Astro renders, the search feed prepares the index on the other core
 * (src/search/build/feed.ts); the index step (src/search/build/index-site.ts) assembles it from
 * the build cache and indexes what the feed could not. Inside `astro build` (what `astro build`
 * alone still does) that step runs while Astro's whole build state is still in memory; run one
 * after the other, each process needs only its own share (BENCHMARKS.md, 100,000 releases).
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
  env: {
    ...process.env,
    [ENV.searchIndex]: archiveEnv.searchIndex ? 'after' : 'off',
  },
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
