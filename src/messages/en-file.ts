import type { Said } from './types.ts';
import type { FileAction, FileValues } from './file-types.ts';

/**
 * The English texts about one file as a whole (size, name, encoding, control characters, PDF
 * attachments, the checks' own failures, rarer schema shapes, system errors). Their wording is
 * what tests and scripts match, as in en.ts.
 */

const FIX = 'run  npm run check -- --fix  to rewrite the file, or';
const CONTROL_FIX =
  'delete the invisible character (in most editors: put the cursor after it and press Backspace), or retype the word';
const ACTIONS: Record<FileAction, string> = { read: 'read', write: 'write', open: 'open' };

/** The English file texts, spread into en.ts's `texts`. */
export const fileTexts: { [K in keyof FileValues]: (v: FileValues[K]) => Said } = {
  'file.too-big': ({ kb, maxKb }) => ({
    message: `the file is ${kb} kB; a release is text of at most ${maxKb} kB`,
    fix: 'keep only the text of the release in the file; put images next to it as separate files',
  }),
  'file.name-no-letters': ({ name }) => ({
    message: `the name "${name}" has no letters or digits to make a URL from`,
    fix: 'rename the folder or file after the title',
  }),
  'file.name-too-long': ({ start, bytes, max }) => ({
    message: `the name "${start}…" makes a web address of ${bytes} bytes; file systems allow ${max} per folder name (about 120 Arabic letters)`,
    fix: 'rename the folder or file to a few words of the title',
  }),
  'file.not-release': ({ importable, path }) => ({
    message:
      'this file looks like a release but the build does not read it (only .mdx and .md files are releases)',
    fix: importable
      ? `turn it into a release with  npm run import -- "${path}" --date YYYY-MM-DD, then delete it`
      : 'rename it to index.mdx (lower-case extension), or move it out of the releases folder',
  }),
  'file.internal': ({ reason }) => ({
    message: `the check could not finish reading this file (${reason}); the other releases were checked`,
    fix: 'report this message to whoever maintains the archive; meanwhile look for anything unusual in the file',
  }),
  'control.frontmatter': ({ count, names }) => ({
    message: `the frontmatter has ${count} invisible control character(s) (${names.join(', ')}), which YAML does not allow and which would break the RSS feeds`,
    fix: CONTROL_FIX,
  }),
  'control.body': ({ count, names }) => ({
    message: `the text has ${count} invisible control character(s) (${names.join(', ')}); they are removed from the published release`,
    fix: CONTROL_FIX,
  }),
  'control.escape': ({ names }) => ({
    message: `holds the invisible control character(s) ${names.join(', ')} (written as an escape such as "\\0" or "\\x07"), which would break the RSS feeds`,
    fix: 'remove the escape sequence from the value',
  }),
  'pdf.unreadable': ({ src, reason }) => ({
    message: `"${src}" is not a readable PDF (${reason})`,
    fix: 'export the document as PDF again and replace the file',
  }),
  'pdf.metadata': ({ src, fields, values }) => ({
    message: `the PDF "${src}" tells anyone who downloads it ${fields.map((f, n) => (f === 'XMP' ? 'an XMP metadata block' : `${f} "${values[n]}"`)).join(', ')}`,
    fix: 'if that is more than the office means to publish, clear it before publishing: the document properties in the program that made the PDF, or  exiftool -all:all= file.pdf  followed by  qpdf --linearize file.pdf clean.pdf  (which removes what exiftool only hides)',
  }),
  'encoding.utf16': () => ({
    message: 'the file is saved as UTF-16 (what Windows Notepad calls "Unicode"), not UTF-8',
    fix: `${FIX} save it as "UTF-8" in your editor`,
  }),
  'encoding.windows-1256': () => ({
    message: 'the file is not saved as UTF-8 (it is Windows-1256 Arabic)',
    fix: `${FIX} save it as "UTF-8" in your editor`,
  }),
  'encoding.damaged': ({ bytes, lines }) => ({
    message: `${bytes} byte(s) on line(s) ${lines.join(', ')} are not valid UTF-8 while the rest of the file is: these characters are damaged, and  --fix  will not guess them`,
    fix: 'retype the damaged characters on these lines (they show as � or as odd signs), then save as "UTF-8"',
  }),
  'encoding.unknown': () => ({
    message:
      'the file is not saved as UTF-8, and its encoding cannot be told for sure, so  --fix  leaves it alone',
    fix: 'open the file in your editor and save it as "UTF-8" (or paste the text into a new file created with  npm run new)',
  }),
  'encoding.bom': () => ({
    message: 'the file starts with a byte-order mark (BOM), which can hide the frontmatter',
    fix: `${FIX} save it as "UTF-8" (not "UTF-8 with BOM")`,
  }),
  'encoding.crlf': () => ({
    message: 'the file has Windows (CRLF) line endings',
    fix: `${FIX} set your editor to "LF" line endings (git: core.autocrlf=input)`,
  }),
  'encoding.nfd': () => ({
    message:
      'the file has decomposed (NFD) Unicode text, e.g. a hamza or shadda stored as a separate mark; search and links treat it as a different word',
    fix: `${FIX} paste the text through an editor that saves Unicode NFC`,
  }),
  'encoding.not-fixed-damaged': ({ path, bytes, lines }) => ({
    message: `not fixed: ${bytes} damaged byte(s) on line(s) ${lines.join(', ')}; retype those characters and save as UTF-8: ${path}`,
  }),
  'encoding.not-fixed-unknown': ({ path }) => ({
    message: `not fixed: its encoding cannot be told for sure; save it as UTF-8 in your editor: ${path}`,
  }),
  'corrections.item': () => ({ message: 'each correction is { date: 2025-06-19, note: "…" }' }),
  'corrections.not-list': () => ({
    message: 'must be a list, e.g. corrections: [{ date: 2025-06-19, note: "صُحّح اسم المدينة" }]',
  }),
  'withdrawn.not-object': () => ({
    message:
      'must be { date: YYYY-MM-DD, reason: "…" }, e.g. withdrawn: { date: 2025-06-20, reason: "…" }',
  }),
  'aliases.not-list': () => ({
    message: 'must be a list of paths, e.g. aliases: [/2023/05/12/old-address/]',
  }),
  'attachments.item': () => ({ message: 'each attachment is { src: ./file.pdf, title: "…" }' }),
  'attachments.not-list': () => ({
    message: 'must be a list, e.g. attachments: [{ src: ./release.pdf, title: "نص البلاغ" }]',
  }),
  'translation.image': () => ({
    message: 'must be { alt: "…", caption: "…" } (the image file is the original\'s)',
  }),
  'system.file': ({ path, action, detail }) => ({
    message: `cannot ${ACTIONS[action]} ${path}: ${detail}`,
  }),
};
