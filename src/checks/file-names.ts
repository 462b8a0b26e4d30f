import { join } from 'node:path';
import { slugify } from '../arabic/slug.ts';
import type { ReleaseFiles } from '../release/files.ts';
import { codePointName, CONTROL_CHARACTER } from '../release/control-chars.ts';
import type { Diagnostic } from './types.ts';

/**
 * Names of files and folders under `releases/` that would lose a release or a photo: characters
 * that end a web address (`?`, `#`; Astro's loader then opens a file that does not exist and the
 * release vanishes), characters Windows does not allow in file names (`\ : * " < > |`, a trailing
 * dot or space: colleagues on Windows could not check the archive out), invisible control
 * characters; and symbolic links, which would make the build read whatever they point to.
 */

/** What is wrong with one character of a name, or `undefined`. */
function characterProblem(c: string): string | undefined {
  if (c === '?' || c === '#')
    return `"${c}", which ends a web address: the build cannot read what is inside`;
  if ('\\:*"<>|'.includes(c))
    return `"${c}", which Windows does not allow in file names: colleagues on Windows could not check the archive out`;
  // In a name even tab and newline are invisible trouble.
  if (CONTROL_CHARACTER.test(c) || /[\t\n\r]/.test(c))
    return `an invisible control character (${codePointName(c)})`;
  return undefined;
}

/** A rename suggestion for a bad name (its slug, keeping the extension). */
function suggestion(name: string): string {
  const ext = /\.[A-Za-z0-9]+$/.exec(name)?.[0] ?? '';
  try {
    return `rename it to "${slugify(name.slice(0, name.length - ext.length))}${ext}"`;
  } catch {
    return 'rename it with letters, digits and - only';
  }
}

/**
 * @param files - the listing of the releases folder.
 * @param releasesDir - the releases folder, to show full paths.
 * @param show - turns a path into the form shown in messages.
 * @returns one `file-name` error per bad name (a folder once, not once per file in it) and one
 *   `symlink` error per symbolic link.
 */
export function fileNameProblems(
  files: ReleaseFiles,
  releasesDir: string,
  show: (path: string) => string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const path of files.paths) {
    const name = path.split('/').pop()!;
    const bad = [...name].map(characterProblem).find(Boolean);
    const trailing = /[ .]$/.test(name)
      ? 'ends with a space or a dot, which Windows drops: colleagues on Windows could not check the archive out'
      : undefined;
    if (!bad && !trailing) continue;
    out.push({
      severity: 'error',
      rule: 'file-name',
      file: show(join(releasesDir, path)),
      line: 1,
      message: bad ? `the name "${name}" contains ${bad}` : `the name "${name}" ${trailing}`,
      fix: suggestion(name.trim().replace(/\.+$/, '')),
    });
  }
  for (const path of files.links) {
    out.push({
      severity: 'error',
      rule: 'symlink',
      file: show(join(releasesDir, path)),
      line: 1,
      message:
        'is a symbolic link: the build would read whatever it points to, possibly outside the archive (a script, a private file)',
      fix: 'replace the link with the file itself (copy the file into the release folder)',
    });
  }
  return out;
}

/** The `skipped:` lines of the report: release files left out by design, and why. */
export function hiddenFileNotes(
  files: ReleaseFiles,
  releasesDir: string,
  show: (p: string) => string,
) {
  return files.hidden.map((path) => ({
    file: show(join(releasesDir, path)),
    reason: 'a folder or file name starting with "_" or "." is never published',
  }));
}
