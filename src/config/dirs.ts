import { resolve } from 'node:path';
import { readEnv } from './env.ts';

/**
 * The build's folders, resolved the same way by `astro.config.mjs`, the release loader, the pages
 * and `npm run build` (scripts/build.ts).
 */

type Env = Record<string, string | undefined>;

/**
 * Astro's `outDir`: `ARCHIVE_OUT_DIR` or `dist`.
 * @param env - environment (defaults to `process.env`).
 * @param root - project root (defaults to the working directory, where the build runs).
 * @returns an absolute path.
 */
export function outDirectory(env: Env = process.env, root = process.cwd()): string {
  return resolve(root, readEnv(env).outDir ?? 'dist');
}

/**
 * Astro's `cacheDir`: `ARCHIVE_CACHE_DIR` or `node_modules/.astro`.
 * @param env - environment (defaults to `process.env`).
 * @param root - project root (defaults to the working directory, where the build runs).
 * @returns an absolute path.
 */
export function cacheDirectory(env: Env = process.env, root = process.cwd()): string {
  return resolve(root, readEnv(env).cacheDir ?? 'node_modules/.astro');
}
