import { type DecodedFile } from './encoding-detect.ts';
import type { Diagnostic } from './types.ts';

/**
 * File-level text problems that editors on Windows and macOS introduce: a file not saved as UTF-8
 * (UTF-16 "Unicode", Windows-1256), damaged UTF-8 bytes, a byte-order mark, CRLF line endings and
 * decomposed (NFD) Arabic. `fixEncoding` repairs what can be repaired without losing a character;
 * `npm run check -- --fix` writes the result back. How the encoding is told: `encoding-detect.ts`.
 */

export { decodeFile, type DecodedFile, type FileEncoding } from './encoding-detect.ts';

/** 1-based line number of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const FIX = 'run  npm run check -- --fix  to rewrite the file, or';
const NAMES = { 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'windows-1256': 'Windows-1256' };

/**
 * Finds encoding problems in a decoded release file.
 * @param file - path shown in messages.
 * @param decoded - output of `decodeFile`.
 * @returns `encoding` errors, each with a fix (`npm run check -- --fix` when it is lossless, else
 *   what to do in the editor).
 */
export function encodingProblems(file: string, decoded: DecodedFile): Diagnostic[] {
  const { text, encoding } = decoded;
  const out: Diagnostic[] = [];
  const error = (line: number, message: string, fix: string) =>
    out.push({ severity: 'error', rule: 'encoding', file, line, message, fix });
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    error(
      1,
      'the file is saved as UTF-16 (what Windows Notepad calls "Unicode"), not UTF-8',
      `${FIX} save it as "UTF-8" in your editor`,
    );
  } else if (encoding === 'windows-1256') {
    error(
      1,
      'the file is not saved as UTF-8 (it is Windows-1256 Arabic)',
      `${FIX} save it as "UTF-8" in your editor`,
    );
  } else if (encoding === 'utf-8' && !decoded.certain) {
    const lines = decoded.invalidLines.join(', ');
    error(
      decoded.invalidLines[0] ?? 1,
      `${decoded.invalidBytes} byte(s) on line(s) ${lines} are not valid UTF-8 while the rest of the file is: these characters are damaged, and  --fix  will not guess them`,
      'retype the damaged characters on these lines (they show as � or as odd signs), then save as "UTF-8"',
    );
  } else if (encoding === undefined) {
    error(
      1,
      'the file is not saved as UTF-8, and its encoding cannot be told for sure, so  --fix  leaves it alone',
      'open the file in your editor and save it as "UTF-8" (or paste the text into a new file created with  npm run new)',
    );
  }
  if (text.charCodeAt(0) === 0xfeff) {
    error(
      1,
      'the file starts with a byte-order mark (BOM), which can hide the frontmatter',
      `${FIX} save it as "UTF-8" (not "UTF-8 with BOM")`,
    );
  }
  const cr = text.indexOf('\r');
  if (cr !== -1) {
    error(
      lineAt(text, cr),
      'the file has Windows (CRLF) line endings',
      `${FIX} set your editor to "LF" line endings (git: core.autocrlf=input)`,
    );
  }
  const nfc = text.normalize('NFC');
  if (nfc !== text) {
    let i = 0;
    while (i < text.length && text[i] === nfc[i]) i++;
    error(
      lineAt(text, i),
      'the file has decomposed (NFD) Unicode text, e.g. a hamza or shadda stored as a separate mark; search and links treat it as a different word',
      `${FIX} paste the text through an editor that saves Unicode NFC`,
    );
  }
  return out;
}

/**
 * The repaired text: BOM dropped, CRLF and lone CR turned into LF, Unicode NFC; a UTF-16 or
 * Windows-1256 file thereby becomes UTF-8 when written back. Lossless: every character of the
 * file is kept, and a second fix changes nothing.
 * @param decoded - output of `decodeFile`.
 * @returns the text to write back as UTF-8, or `undefined` when the encoding is not certain
 *   (damaged bytes, unknown encoding): then nothing may be rewritten.
 */
export function fixEncoding(decoded: DecodedFile): string | undefined {
  if (!decoded.certain) return undefined;
  return decoded.text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/** Why `--fix` left a file alone (shown by `npm run check -- --fix`). */
export function fixRefusal(decoded: DecodedFile): string {
  return decoded.encoding === 'utf-8'
    ? `not fixed: ${decoded.invalidBytes} damaged byte(s) on line(s) ${decoded.invalidLines.join(', ')}; retype those characters and save as UTF-8`
    : `not fixed: its encoding cannot be told for sure; save it as UTF-8 in your editor`;
}

/** Display name of a non-UTF-8 encoding, for the `--fix` log. */
export function encodingName(decoded: DecodedFile): string {
  return decoded.encoding && decoded.encoding !== 'utf-8' ? NAMES[decoded.encoding] : 'UTF-8';
}
