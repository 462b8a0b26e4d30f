import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { slugify } from '../../arabic/slug.ts';
import { extensionOf } from '../../release/attachments.ts';

/**
 * Finds the files of a WordPress site in a copy of its `wp-content/uploads` folder: an image or a
 * PDF is referenced by its address (`https://old.example.org/wp-content/uploads/2023/05/x.jpg`)
 * or, for an attachment, by `_wp_attached_file` (`2023/05/x.jpg`). WordPress also serves resized
 * copies (`x-300x200.jpg`); the original is taken when the copy has it, because the archive makes
 * its own sizes.
 */

const UPLOADS = '/wp-content/uploads/';
/** WordPress's resized-copy suffix: `-<width>x<height>` before the extension. */
const SIZE_SUFFIX = /-\d{1,5}x\d{1,5}(?=\.[^./]+$)/;

/**
 * The path of an uploaded file inside the uploads folder, from its address.
 * @param url - an absolute or site-relative address.
 * @returns the path below `wp-content/uploads/`, percent-decoded, or `undefined` when the
 *   address is not an upload.
 */
export function uploadPath(url: string): string | undefined {
  const at = url.indexOf(UPLOADS);
  if (at < 0) return undefined;
  const path = url.slice(at + UPLOADS.length).replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(path).normalize('NFC');
  } catch {
    return path;
  }
}

/**
 * The file of an upload in the copy of the uploads folder: the original of a resized copy when
 * present, else the file itself. Never a path outside the folder, nor a symbolic link.
 * @param uploadsDir - the copy of `wp-content/uploads`.
 * @param path - a path below it ({@link uploadPath} or `_wp_attached_file`).
 * @returns the absolute file path, or `undefined` when the copy does not have the file.
 */
export function findUpload(uploadsDir: string, path: string): string | undefined {
  const root = resolve(uploadsDir);
  const realRoot = realpathSync(root);
  for (const candidate of [path.replace(SIZE_SUFFIX, ''), path]) {
    const file = resolve(root, candidate);
    if (!file.startsWith(root + sep) || !existsSync(file) || !lstatSync(file).isFile()) continue;
    // A linked folder on the way (uploads/2025 → /etc) would lead outside the copy.
    if (realpathSync(file).startsWith(realRoot + sep)) return file;
  }
  return undefined;
}

/** The same path with WordPress's size suffix removed (`x-300x200.jpg` → `x.jpg`). */
export function originalPath(path: string): string {
  return path.replace(SIZE_SUFFIX, '');
}

/**
 * A file name for a copy next to the release: the name slugified (Arabic kept, spaces and
 * punctuation as `-`), the extension lower-case, and `-2`, `-3`… when `taken` has it already.
 * @param file - the source file.
 * @param taken - names already used in the release folder (updated).
 */
export function copyName(file: string, taken: Set<string>): string {
  const base = file.split(sep).pop() ?? file;
  const ext = extensionOf(base);
  let stem: string;
  try {
    stem = slugify(base.slice(0, base.length - ext.length));
  } catch {
    stem = 'file';
  }
  let name = `${stem}${ext}`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}${ext}`;
  taken.add(name);
  return name;
}

/** A path shown in the summary: relative to the uploads folder. */
export function shownUpload(uploadsDir: string, file: string): string {
  return join('uploads', relative(uploadsDir, file));
}
