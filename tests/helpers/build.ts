import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { ROOT, TMP, TMP_ROOT } from './paths.ts';
import { isAlive } from './process.ts';

const run = promisify(execFile);

export interface BuildOptions {
  /** Folder of releases to build (default: the project's `releases/`). */
  releasesDir?: string;
  /** Extra environment, e.g. `TZ`, `ARCHIVE_BASE`, `ARCHIVE_PAGE_SIZE`. */
  env?: Record<string, string>;
  /**
   * Run `npm run build`'s program (scripts/build.ts: `astro build` with
   * `ARCHIVE_SEARCH_INDEX=after`, then the search index step in a fresh process) instead of
   * `astro build` alone.
   */
  npmBuild?: boolean;
}

export interface BuildResult {
  /** Output folder (the built `dist/`). */
  dist: string;
  /** Build log (stdout + stderr). */
  log: string;
}

const builds = new Map<string, Promise<BuildResult>>();

/** Waits for the cross-process build lock (astro writes `.astro/` in the project root, so builds must not overlap). */
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const lock = join(TMP_ROOT, 'build.lock');
  mkdirSync(TMP, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'owner'), String(process.pid));
      break;
    } catch {
      // A lock left by a process that died (an interrupted run) is taken over.
      let owner = 0;
      try {
        owner = Number(readFileSync(join(lock, 'owner'), 'utf8'));
      } catch {
        // the owner is still writing its pid, or has just released the lock
      }
      if (owner && !isAlive(owner)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Runs `astro build` (or `npm run build`'s program, {@link BuildOptions.npmBuild}) into
 * `<dir>/dist` with its build cache in `<dir>/cache`; rejects with the
 * process error. The output comes back as text without terminal colour codes: Astro colours its
 * log whenever `CI` is set, as on the CI machine, and tests read the words.
 */
async function astroBuild(
  dir: string,
  options: BuildOptions,
): Promise<{ stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await runAstro(dir, options);
    return { stdout: stripVTControlCharacters(stdout), stderr: stripVTControlCharacters(stderr) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message?: string };
    if (typeof e.stdout === 'string') e.stdout = stripVTControlCharacters(e.stdout);
    if (typeof e.stderr === 'string') e.stderr = stripVTControlCharacters(e.stderr);
    if (typeof e.message === 'string') e.message = stripVTControlCharacters(e.message);
    throw error;
  }
}

function runAstro(dir: string, options: BuildOptions): Promise<{ stdout: string; stderr: string }> {
  const command = options.npmBuild
    ? ['scripts/build.ts']
    : ['node_modules/astro/bin/astro.mjs', 'build'];
  return run(process.execPath, command, {
    cwd: ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      // English messages from the checks: the tests match their wording (src/messages/).
      LC_ALL: '',
      LC_MESSAGES: '',
      LANG: 'en_US.UTF-8',
      ARCHIVE_OUT_DIR: join(dir, 'dist'),
      ARCHIVE_CACHE_DIR: join(dir, 'cache'),
      ...(options.releasesDir ? { ARCHIVE_RELEASES_DIR: options.releasesDir } : {}),
      ...options.env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * Runs `astro build` (with the Pagefind step) into `tests/.tmp/<name>/dist`, once per name per test
 * run; later calls in the same process reuse the result. Another process asking for the same name
 * rebuilds into the same folder after the first one finished, which is harmless.
 * @throws Error with the build log when the build fails.
 */
export function buildSite(name: string, options: BuildOptions = {}): Promise<BuildResult> {
  const cached = builds.get(name);
  if (cached) return cached;
  const promise = withLock(async () => {
    const dir = join(TMP, name);
    const dist = join(dir, 'dist');
    const stamp = join(dir, 'built');
    if (existsSync(stamp)) return { dist, log: '(built by another test file in this run)' };
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    try {
      const { stdout, stderr } = await astroBuild(dir, options);
      writeFileSync(stamp, '');
      return { dist, log: stdout + stderr };
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string };
      throw new Error(
        `build "${name}" failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}\n${e.message}`,
      );
    }
  });
  builds.set(name, promise);
  return promise;
}

/**
 * Runs a build that is expected to fail and returns its output (for bad-input tests).
 * @returns exit code and combined output.
 */
export async function buildExpectingFailure(
  name: string,
  options: BuildOptions,
): Promise<{ code: number; output: string }> {
  return withLock(async () => {
    const dir = join(TMP, name);
    rmSync(dir, { recursive: true, force: true });
    try {
      const { stdout, stderr } = await astroBuild(dir, options);
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
    }
  });
}

/**
 * Runs `astro build` into `<dir>/dist` with the build cache in `<dir>/cache`, keeping both from
 * earlier calls (for incremental-build tests). Not memoised.
 * @throws Error with the build log when the build fails.
 */
export async function buildInto(dir: string, options: BuildOptions = {}): Promise<BuildResult> {
  return withLock(async () => {
    try {
      const { stdout, stderr } = await astroBuild(dir, options);
      return { dist: join(dir, 'dist'), log: stdout + stderr };
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string };
      throw new Error(
        `build into ${dir} failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}\n${e.message}`,
      );
    }
  });
}
