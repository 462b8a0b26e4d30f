/**
 * Pagefind's levers measured standalone on a built archive (`--levers on`): plain Pagefind over
 * every page, over the release pages only, and in the product's parts, each in its own measured
 * process (scripts/bench/pagefind-index.ts).
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runMeasured } from './measure.ts';
import { config } from '../../src/config/settings.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** One variant's measurement. */
export interface Lever {
  ms: number;
  peakRss: number;
  load: [number, number];
  /** The variant's own report line (`{ mode, pages, indexes, ms }`). */
  result: unknown;
}

/**
 * @param dist - the built archive (its bundles are written next to `pagefind/` and removed after).
 * @param chunk - the benchmark's part size, if given (else the archive's `searchPartSize`, as the
 *   build uses it).
 * @param out - where the variants' logs go.
 * @returns the measurements, by variant name.
 */
export async function measureLevers(
  dist: string,
  chunk: number | undefined,
  out: string,
  log: (message: string) => void,
): Promise<Record<string, Lever>> {
  const levers: Record<string, Lever> = {};
  const split = String(chunk ?? config.searchPartSize);
  for (const [name, args] of [
    ['all pages (as integrated)', ['--mode', 'all', '--out', 'pagefind-bench-all']],
    ['release pages only (glob)', ['--mode', 'releases', '--out', 'pagefind-bench-releases']],
    [
      `parts of at most ${split} pages (src/search/build/parts.ts)`,
      ['--mode', 'split', '--chunk', split, '--out', 'pagefind-bench-split'],
    ],
  ] as const) {
    log(`Pagefind variant: ${name}`);
    const m = await runMeasured(
      process.execPath,
      ['scripts/bench/pagefind-index.ts', '--dist', dist, ...args],
      { env: process.env, cwd: ROOT, logFile: join(out, `pagefind-${args[1]}.log`) },
    );
    if (m.code !== 0) throw new Error(`Pagefind variant ${name} failed: ${m.log.slice(-2000)}`);
    const line = m.log
      .trim()
      .split('\n')
      .findLast((l) => l.startsWith('{'))!;
    levers[name] = { ms: m.ms, peakRss: m.peakRss, load: m.load, result: JSON.parse(line) };
  }
  for (const name of ['pagefind-bench-all', 'pagefind-bench-releases', 'pagefind-bench-split'])
    rmSync(join(dist, name), { recursive: true, force: true });
  return levers;
}
