import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { attachmentType } from '../release/attachments.ts';
import type { CheckedRelease } from './release.ts';
import type { Diagnostic } from './types.ts';
import { isSymbolicLink } from '../release/files.ts';

/**
 * Checks the files named in `attachments:` (their path shape is checked by the schema): each must
 * exist inside the release's folder as a regular file, not a symbolic link (which could publish a
 * file from anywhere on the build machine), and not be empty.
 */

/**
 * @param release - a release whose frontmatter passed the schema.
 * @param dir - the folder of the release file.
 * @returns an `attachment` error per problem, on the line of its `src`.
 */
export function attachmentFileProblems(release: CheckedRelease, dir: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  (release.data?.attachments ?? []).forEach((attachment, index) => {
    const problem = fileProblem(dir, attachment.src);
    if (!problem) return;
    out.push({
      severity: 'error',
      rule: 'attachment',
      file: release.file,
      line: release.lineOf(['attachments', index, 'src']),
      field: `attachments[${index}].src`,
      message: problem,
    });
  });
  return out;
}

/** What is wrong with the file of one attachment, if anything. */
function fileProblem(dir: string, src: string): string | undefined {
  const path = resolve(dir, src);
  if (!existsSync(path) && !isSymbolicLink(path)) {
    const wanted = src.replace(/^\.\//, '').toLowerCase();
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => attachmentType(f)) : [];
    const sameButCase = files.find((f) => f.toLowerCase() === wanted);
    const hint = sameButCase
      ? `the folder has "${sameButCase}" (letter case differs): write  src: ./${sameButCase}`
      : files.length
        ? `files in that folder: ${files.join(', ')}. Correct the name, or copy the file there`
        : 'copy the file into the release folder, next to index.mdx';
    return `file "${src}" does not exist next to the release (${dir}): ${hint}`;
  }
  if (isSymbolicLink(path))
    return `"${src}" is a symbolic link: copy the file itself into the release folder (a link could publish any file of the build machine)`;
  const stat = lstatSync(path);
  if (!stat.isFile()) return `"${src}" is a folder, not a file: name the file inside it`;
  const root = realpathSync(dir);
  if (!realpathSync(path).startsWith(root + sep))
    return `"${src}" is reached through a linked folder, outside the release folder: copy the file next to index.mdx`;
  if (stat.size === 0) return `"${src}" is empty (0 bytes): copy the real file again`;
  return undefined;
}
