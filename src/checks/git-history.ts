import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { isReleasePath } from '../release/identity.ts';

/**
 * Reads from git what the releases folder held before: the record of what was published, for the
 * permalink guard (`permalink-guard.ts`). Only versions that may have carried an address that the
 * working tree no longer has are read:
 * - the last version of every release file deleted (or renamed: git records a delete and an add)
 *   at a commit of the current branch;
 * - the version before every commit that changed a `slug:` line;
 * - the HEAD version of every release file deleted or changed in the working tree (a rename not
 *   yet committed).
 * Git runs with fixed arguments (no shell); file names come back NUL-separated and unquoted.
 */

/** One earlier version of a release file. */
export interface PastVersion {
  /** Path relative to the releases folder, POSIX separators. */
  path: string;
  /** The file's text at that version. */
  text: string;
  /** Short commit id that removed or changed it, or `working tree`. */
  change: string;
  /** When that happened: the commit time, or now for the working tree. */
  time: Date;
}

/** What git could tell. */
export type History =
  { available: true; versions: PastVersion[]; shallow: boolean } | { available: false };

/** Largest git output read (bytes); a releases history is far smaller. */
const MAX_BUFFER = 1 << 30;

function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: MAX_BUFFER,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(input === undefined ? {} : { input }),
  });
}

interface Change {
  /** Path relative to the repository root. */
  path: string;
  /** Blob id of the version before the change. */
  blob: string;
  change: string;
  time: Date;
}

/**
 * Parses `git log --format=%x1e%H %ct --raw --no-abbrev -z` (or `git diff --raw -z`, with
 * `header` given): `:<modes> <old blob> <new blob> <status>\0<path>\0` records.
 */
function parseRaw(output: string, header?: { change: string; time: Date }): Change[] {
  const changes: Change[] = [];
  const chunks = header ? [output] : output.split('\x1e').slice(1);
  for (const chunk of chunks) {
    const fields = chunk.split('\0');
    let at = header ?? { change: '', time: new Date(0) };
    let start = 0;
    if (!header) {
      const [hash = '', seconds = '0'] = (fields[0] ?? '').split(' ');
      at = { change: hash.slice(0, 7), time: new Date(Number(seconds) * 1000) };
      start = 1;
    }
    for (let i = start; i + 1 < fields.length; i += 2) {
      const meta = fields[i]!.trim().split(' ');
      const path = fields[i + 1]!;
      if (!meta[0]?.startsWith(':') || meta.length < 5) continue;
      changes.push({ path, blob: meta[2]!, ...at });
    }
  }
  return changes;
}

/** Reads many blobs at once (`git cat-file --batch`). */
function readBlobs(cwd: string, ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const buffer = execFileSync('git', ['cat-file', '--batch'], {
    cwd,
    input: ids.join('\n') + '\n',
    maxBuffer: MAX_BUFFER,
  });
  let at = 0;
  while (at < buffer.length) {
    const eol = buffer.indexOf(10, at);
    const [id = '', type, size] = buffer.toString('utf8', at, eol).split(' ');
    at = eol + 1;
    if (type !== 'blob') continue;
    const length = Number(size);
    out.set(id, buffer.toString('utf8', at, at + length));
    at += length + 1;
  }
  return out;
}

/**
 * The earlier versions of the release files in a folder that git knows of.
 * @param releasesDir - the releases folder (absolute or relative to the working directory).
 * @param now - the time given to working-tree changes.
 * @returns `available: false` when the folder is not in a git repository (or git is missing).
 */
export function releaseHistory(releasesDir: string, now: Date): History {
  let top: string;
  let shallow: boolean;
  try {
    const [root = '', isShallow] = git(releasesDir, [
      'rev-parse',
      '--show-toplevel',
      '--is-shallow-repository',
    ])
      .trim()
      .split('\n');
    top = root;
    shallow = isShallow === 'true';
  } catch {
    return { available: false }; // reported as the note `note.no-git`
  }
  const prefix = relative(realpathSync(top), realpathSync(releasesDir)).split(sep).join('/');
  const scope = ['--', prefix === '' ? '.' : prefix];
  const logArgs = ['log', '--format=%x1e%H %ct', '--raw', '--no-abbrev', '--no-renames', '-z'];
  let changes: Change[];
  try {
    changes = [
      ...parseRaw(git(top, [...logArgs, '--diff-filter=D', ...scope])),
      ...parseRaw(git(top, [...logArgs, '--diff-filter=M', '-G^slug:', ...scope])),
    ];
  } catch {
    return { available: true, versions: [], shallow }; // no commit yet
  }
  try {
    const diff = git(top, ['diff', '--raw', '--no-abbrev', '--no-renames', '-z', 'HEAD', ...scope]);
    changes.push(...parseRaw(diff, { change: 'working tree', time: now }));
  } catch {
    // no HEAD yet: nothing committed to compare with
  }
  const inFolder = (path: string) => {
    const rel = prefix === '' ? path : path.slice(prefix.length + 1);
    return (prefix === '' || path.startsWith(`${prefix}/`)) && isReleasePath(rel) ? rel : undefined;
  };
  const wanted = changes.filter((c) => inFolder(c.path) !== undefined && !/^0+$/.test(c.blob));
  const blobs = readBlobs(top, [...new Set(wanted.map((c) => c.blob))]);
  return {
    available: true,
    shallow,
    versions: wanted.map((c) => ({
      path: inFolder(c.path)!,
      text: blobs.get(c.blob) ?? '',
      change: c.change,
      time: c.time,
    })),
  };
}
