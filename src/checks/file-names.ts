import { join } from 'node:path';
import { slugify } from '../arabic/slug.ts';
import type { ReleaseFiles } from '../release/files.ts';
import { codePointName, CONTROL_CHARACTER } from '../release/control-chars.ts';
import { say } from '../messages/index.ts';
import type { NameCharacter } from '../messages/check-types.ts';
import type { Diagnostic } from './types.ts';

/**
 * Names of files and folders under `releases/` that would lose a release or a photo: characters
 * that end a web address (`?`, `#`; Astro's loader then opens a file that does not exist and the
 * release vanishes), characters Windows does not allow in file names (`\ : * " < > |`, a trailing
 * dot or space: colleagues on Windows could not check the archive out), invisible control
 * characters; and symbolic links, which would make the build read whatever they point to.
 */

/** Why one character of a name is refused, or `undefined`. */
function characterProblem(c: string): NameCharacter | undefined {
  if (c === '?' || c === '#') return 'address';
  if ('\\:*"<>|'.includes(c)) return 'windows';
  // In a name even tab and newline are invisible trouble.
  if (CONTROL_CHARACTER.test(c) || /[\t\n\r]/.test(c)) return 'control';
  return undefined;
}

/** The suggested new name of a bad one (its slug, keeping the extension), or '' when none. */
function suggestion(name: string): string {
  const ext = /\.[A-Za-z0-9]+$/.exec(name)?.[0] ?? '';
  try {
    return `${slugify(name.slice(0, name.length - ext.length))}${ext}`;
  } catch {
    return '';
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
    const char = [...name].find((c) => characterProblem(c));
    const trailing = /[ .]$/.test(name);
    if (!char && !trailing) continue;
    const rename = suggestion(name.trim().replace(/\.+$/, ''));
    out.push({
      severity: 'error',
      rule: 'file-name',
      file: show(join(releasesDir, path)),
      line: 1,
      ...(char
        ? say('file-name.character', {
            name,
            kind: characterProblem(char)!,
            char: characterProblem(char) === 'control' ? codePointName(char) : char,
            rename,
          })
        : say('file-name.trailing', { name, rename })),
    });
  }
  for (const path of files.links) {
    out.push({
      severity: 'error',
      rule: 'symlink',
      file: show(join(releasesDir, path)),
      line: 1,
      ...say('symlink', {}),
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
  const { message: reason, text } = say('skipped.hidden', {});
  return files.hidden.map((path) => ({ file: show(join(releasesDir, path)), reason, text }));
}
