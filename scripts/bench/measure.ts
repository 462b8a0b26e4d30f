/**
 * Runs a command and measures its wall time and the peak resident memory of its whole process
 * tree (the Node process and every child, e.g. Pagefind's Rust binary), by sampling
 * `/proc/<pid>/statm` of all descendants every 100 ms and summing their resident pages.
 * Linux only. Sampling can miss a spike shorter than 100 ms; it never over-counts.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

const PAGE = 4096;

export interface Measured {
  /** Wall-clock time, ms. */
  ms: number;
  /** Peak summed RSS of the process tree, bytes. */
  peakRss: number;
  /** Exit code (0 = success). */
  code: number;
  /** Combined stdout + stderr. */
  log: string;
  /** 1-minute load average before and after the run (other work on the machine). */
  load: [number, number];
  /** User + system CPU time of the process and its reaped children, ms (GNU time), or null. */
  cpuMs: number | null;
}

const GNU_TIME = '/usr/bin/time';
const TIME_MARK = '__bench_cpu__';

/** Parent pid of every process, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(after[1]));
    } catch {
      // the process ended between readdir and read
    }
  }
  return map;
}

/** Summed resident bytes of `root` and all its descendants, and those of the largest one. */
export function treeRss(root: number): { total: number; largest: number } {
  const ppid = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of ppid) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  let largest = 0;
  for (const pid of tree) {
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
      total += rss;
      largest = Math.max(largest, rss);
    } catch {
      // ended
    }
  }
  return { total, largest };
}

/**
 * Runs `command args` with `env`, logging to `logFile`, and writes the tree's resident memory
 * once a second to `<logFile>.rss.tsv` (seconds since start, MiB: whole tree and its largest
 * process), to see when a build reaches its peak.
 * @returns timing, peak tree RSS, exit code and output.
 */
export function runMeasured(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; logFile: string },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const load0 = loadavg()[0]!;
    const started = performance.now();
    // GNU time adds the CPU time of the whole tree (it counts reaped children), which load does not inflate much.
    const timed = existsSync(GNU_TIME);
    const child = timed
      ? spawn(GNU_TIME, ['-f', `${TIME_MARK} %U %S`, command, ...args], {
          cwd: options.cwd,
          env: options.env,
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      : spawn(command, args, {
          cwd: options.cwd,
          env: options.env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
    const out = createWriteStream(options.logFile);
    const chunks: Buffer[] = [];
    const collect = (b: Buffer) => {
      chunks.push(b);
      out.write(b);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peak = 0;
    let ticks = 0;
    const timeline = createWriteStream(`${options.logFile}.rss.tsv`);
    timeline.write('s\ttree_mib\tlargest_mib\n');
    const timer = setInterval(() => {
      if (!child.pid) return;
      const { total, largest } = treeRss(child.pid);
      peak = Math.max(peak, total);
      if (ticks++ % 10 === 0)
        timeline.write(
          `${(ticks / 10).toFixed(0)}\t${(total / 2 ** 20).toFixed(0)}\t${(largest / 2 ** 20).toFixed(0)}\n`,
        );
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      out.end();
      timeline.end();
      const log = Buffer.concat(chunks).toString('utf8');
      const cpu = new RegExp(`${TIME_MARK} ([\\d.]+) ([\\d.]+)`).exec(log);
      resolve({
        ms: Math.round(performance.now() - started),
        peakRss: peak,
        code: code ?? 1,
        log,
        load: [load0, loadavg()[0]!],
        cpuMs: cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 1000) : null,
      });
    });
  });
}

/** Astro and integration phase timings parsed from an `astro build` log, ms (null when absent). */
export interface Phases {
  /** The archive's own pre-build check of every release (src/integrations/checks.ts), if present. */
  releaseChecks: number | null;
  contentSync: number | null;
  viteBuild: number | null;
  generatePages: number | null;
  images: number | null;
  pagefind: number | null;
  pagefindPages: number | null;
  /** Search index parts (Pagefind bundles) the build wrote. */
  pagefindParts: number | null;
}

/** Astro's durations: `425ms`, `7.40s`, `1m 6s`, `12m 51s` → ms. */
const seconds = (s: string | undefined) => {
  if (s === undefined) return null;
  const m = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(s);
  if (!m) return null;
  return Math.round(Number(m[1] ?? 0) * 60_000 + Number(m[2]) * (m[3] === 'ms' ? 1 : 1000));
};
const DURATION = '((?:\\d+m )?[\\d.]+m?s)';

/** Parses the phases Astro prints (`Completed in 7.40s.` after each heading) and the Pagefind log line. */
export function parsePhases(log: string): Phases {
  // eslint-disable-next-line no-control-regex
  const clean = log.replace(/\x1b\[[0-9;]*m/g, '');
  const after = (heading: RegExp) => {
    const at = clean.search(heading);
    if (at < 0) return null;
    const m = new RegExp(`Completed in ${DURATION}`).exec(clean.slice(at));
    return m ? seconds(m[1]) : null;
  };
  const vite = new RegExp(`\\[vite\\] ✓ built in ${DURATION}`).exec(clean);
  // `search index: N pages in M parts in T ms` (older builds: `search index: N pages in T ms`).
  const pf = /search index: (\d+) pages in (?:(\d+) parts in )?(\d+) ms/.exec(clean);
  const checks = /releases checked in (\d+) ms/.exec(clean);
  return {
    releaseChecks: checks ? Number(checks[1]) : null,
    contentSync: after(/\[build\] Collecting build info/),
    viteBuild: vite ? seconds(vite[1]) : null,
    generatePages: after(/generating static routes/),
    images: after(/generating optimized images/),
    pagefind: pf ? Number(pf[3]) : null,
    pagefindPages: pf ? Number(pf[1]) : null,
    pagefindParts: pf ? Number(pf[2] ?? 1) : null,
  };
}
