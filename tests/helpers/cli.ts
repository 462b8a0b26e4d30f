import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NODE, ROOT, TMP } from './paths.ts';

const run = promisify(execFile);

/** Output of one command-line run. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout + stderr. */
  output: string;
}

/**
 * Runs `scripts/<name>.ts` with the project's Node 24, as `npm run <name> -- …args` would, with
 * English messages (`LANG=en_US.UTF-8`), whose wording the tests match; pass `{ LANG: 'ar' }`
 * (or `--lang`) for the Arabic default.
 * @param name - `check`, `new` or `import`.
 * @param args - command-line arguments.
 */
export async function runScript(
  name: 'check' | 'new' | 'import',
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(NODE, [`scripts/${name}.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8', ...env },
    });
    return { code: 0, stdout, stderr, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof e.code === 'number' ? e.code : 1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
      output: `${e.stdout ?? ''}${e.stderr ?? ''}`,
    };
  }
}

/**
 * A fresh scratch folder under `tests/.tmp/`, optionally a copy of a fixture folder.
 * @param name - unique name for the test.
 * @param from - folder to copy into it.
 */
export function scratch(name: string, from?: string): string {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  if (from) cpSync(from, dir, { recursive: true });
  else mkdirSync(dir, { recursive: true });
  return dir;
}
