import type { Diagnostic } from './types.ts';

/**
 * File-level text problems that editors on Windows and macOS introduce: a byte-order mark,
 * CRLF line endings, decomposed (NFD) Arabic, and files not saved as UTF-8 (often Windows-1256).
 * `fixEncoding` repairs all four; `npm run check -- --fix` writes the result back.
 */

/** Decoded text of a release file and whether it was valid UTF-8. */
export interface DecodedFile {
  text: string;
  /** False when the bytes are not UTF-8; `text` is then decoded as Windows-1256 (Arabic Windows). */
  utf8: boolean;
}

/**
 * Decodes file bytes as UTF-8, falling back to Windows-1256 (the Arabic Windows code page).
 * The BOM, if any, is kept in `text` so that it can be reported.
 * @param bytes - raw file content.
 */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      utf8: true,
    };
  } catch {
    return { text: new TextDecoder('windows-1256').decode(bytes), utf8: false };
  }
}

/** 1-based line number of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Finds encoding problems in a decoded release file.
 * @param file - path shown in messages.
 * @param decoded - output of {@link decodeFile}.
 * @returns `encoding` errors, each with a fix (`npm run check -- --fix` or the editor setting).
 */
export function encodingProblems(file: string, decoded: DecodedFile): Diagnostic[] {
  const { text } = decoded;
  const out: Diagnostic[] = [];
  const fixHint = 'run  npm run check -- --fix  to rewrite the file, or';
  if (!decoded.utf8) {
    out.push({
      severity: 'error',
      rule: 'encoding',
      file,
      line: 1,
      message: 'the file is not saved as UTF-8 (it looks like Windows-1256 Arabic)',
      fix: `${fixHint} save it as "UTF-8" in your editor`,
    });
  }
  if (text.charCodeAt(0) === 0xfeff) {
    out.push({
      severity: 'error',
      rule: 'encoding',
      file,
      line: 1,
      message: 'the file starts with a byte-order mark (BOM), which can hide the frontmatter',
      fix: `${fixHint} save it as "UTF-8" (not "UTF-8 with BOM")`,
    });
  }
  const cr = text.indexOf('\r');
  if (cr !== -1) {
    out.push({
      severity: 'error',
      rule: 'encoding',
      file,
      line: lineAt(text, cr),
      message: 'the file has Windows (CRLF) line endings',
      fix: `${fixHint} set your editor to "LF" line endings (git: core.autocrlf=input)`,
    });
  }
  const nfc = text.normalize('NFC');
  if (nfc !== text) {
    let i = 0;
    while (i < text.length && text[i] === nfc[i]) i++;
    out.push({
      severity: 'error',
      rule: 'encoding',
      file,
      line: lineAt(text, i),
      message:
        'the file has decomposed (NFD) Unicode text, e.g. a hamza or shadda stored as a separate mark; search and links treat it as a different word',
      fix: `${fixHint} paste the text through an editor that saves Unicode NFC`,
    });
  }
  return out;
}

/**
 * Repairs the encoding problems: drops the BOM, turns CRLF and lone CR into LF, applies NFC.
 * @param decoded - output of {@link decodeFile} (Windows-1256 text is thereby converted to UTF-8).
 * @returns the text to write back as UTF-8; equal to the input text when nothing needed fixing.
 */
export function fixEncoding(decoded: DecodedFile): string {
  return decoded.text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}
