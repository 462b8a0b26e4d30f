import { type DecodedFile } from './encoding-detect.ts';
import { say, type Saying } from '../messages/index.ts';
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
  const problem = (line: number, said: Saying) =>
    out.push({ severity: 'error', rule: 'encoding', file, line, ...said });
  if (encoding === 'utf-16le' || encoding === 'utf-16be') problem(1, say('encoding.utf16', {}));
  else if (encoding === 'windows-1256') problem(1, say('encoding.windows-1256', {}));
  else if (encoding === 'utf-8' && !decoded.certain) {
    problem(
      decoded.invalidLines[0] ?? 1,
      say('encoding.damaged', {
        bytes: decoded.invalidBytes,
        lines: decoded.invalidLines.map(String),
      }),
    );
  } else if (encoding === undefined) problem(1, say('encoding.unknown', {}));
  if (text.charCodeAt(0) === 0xfeff) problem(1, say('encoding.bom', {}));
  const cr = text.indexOf('\r');
  if (cr !== -1) problem(lineAt(text, cr), say('encoding.crlf', {}));
  const nfc = text.normalize('NFC');
  if (nfc !== text) {
    let i = 0;
    while (i < text.length && text[i] === nfc[i]) i++;
    problem(lineAt(text, i), say('encoding.nfd', {}));
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

/**
 * Why `--fix` left a file alone (shown by `npm run check -- --fix`).
 * @param path - the file, as the line names it.
 */
export function fixRefusal(path: string, decoded: DecodedFile): Saying {
  return decoded.encoding === 'utf-8'
    ? say('encoding.not-fixed-damaged', {
        path,
        bytes: decoded.invalidBytes,
        lines: decoded.invalidLines.map(String),
      })
    : say('encoding.not-fixed-unknown', { path });
}

/** Display name of a non-UTF-8 encoding, for the `--fix` log. */
export function encodingName(decoded: DecodedFile): string {
  return decoded.encoding && decoded.encoding !== 'utf-8' ? NAMES[decoded.encoding] : 'UTF-8';
}
