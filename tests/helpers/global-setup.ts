import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TMP_ROOT } from './paths.ts';
import { isAlive } from './process.ts';

/**
 * Each `npm test` run builds into its own `tests/.tmp/run-<pid>/` (workers inherit the name through
 * `ARCHIVE_TEST_RUN`), so no build from an earlier run is reused; folders of finished runs are removed at the next run
 * (the last run's builds stay for inspection).
 */
export default function setup(): void {
  const run = `run-${process.pid}`;
  process.env['ARCHIVE_TEST_RUN'] = run;
  if (existsSync(TMP_ROOT)) {
    for (const name of readdirSync(TMP_ROOT)) {
      const pid = /^run-(\d+)$/.exec(name)?.[1];
      if ((pid && !isAlive(Number(pid))) || name === 'run-local')
        rmSync(join(TMP_ROOT, name), { recursive: true, force: true });
    }
  }
}
