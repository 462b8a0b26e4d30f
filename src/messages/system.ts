import { say, type Saying } from './index.ts';
import type { FileAction } from './file-types.ts';

/**
 * A system error met by a command (Node's `ErrnoException`: `ENOENT`, `EACCES`, `EISDIR`…, the
 * POSIX errno names) as a catalogue text: an Arabic sentence naming the file and what the code
 * means, keeping the code itself, instead of the system's English line.
 * @param error - anything caught.
 * @param path - the file the command was working on (the error's own `path` wins when it has one).
 * @param action - what the command was doing with it; by default told from the error's
 *   `syscall` (`mkdir`, `write`… write; `scandir`, `stat`… read; else open).
 * @returns the text, or `undefined` when `error` is not a system error.
 */
export function systemErrorText(
  error: unknown,
  path: string | undefined,
  action?: FileAction,
): Saying | undefined {
  const e = error as {
    code?: unknown;
    path?: unknown;
    message?: unknown;
    syscall?: unknown;
  } | null;
  if (typeof e?.code !== 'string' || !/^E[A-Z0-9]+$/.test(e.code)) return undefined;
  const file = typeof e.path === 'string' ? e.path : path;
  if (file === undefined) return undefined;
  return say('system.file', {
    code: e.code,
    path: file,
    action: action ?? actionOf(e.syscall),
    detail: typeof e.message === 'string' ? e.message : e.code,
  });
}

const WRITES = new Set(['mkdir', 'write', 'rename', 'copyfile', 'unlink', 'rmdir', 'symlink']);
const READS = new Set(['read', 'scandir', 'readdir', 'stat', 'lstat', 'readlink', 'access']);

function actionOf(syscall: unknown): FileAction {
  return WRITES.has(String(syscall)) ? 'write' : READS.has(String(syscall)) ? 'read' : 'open';
}
