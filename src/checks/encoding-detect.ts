/**
 * Which character encoding a release file was saved in, decided from evidence in its bytes, never
 * from a fallback: valid UTF-8 is read as UTF-8; UTF-16 (what Windows Notepad calls "Unicode") is
 * recognised by its byte-order mark (Unicode §23.8) or, without one, by the zero byte that every
 * ASCII character (newline, space, digit, `---`) has in UTF-16; Windows-1256 (the Arabic Windows
 * code page, WHATWG Encoding Standard) only when almost no byte sequence is valid UTF-8 and the
 * decoded text reads as Arabic. A mostly-UTF-8 file with a few damaged bytes is reported as such,
 * with its lines, so that nothing converts it into mojibake.
 */

/** An encoding the checks can read a release file in. */
export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

/** A release file's bytes as text, with what is known about how they were decoded. */
export interface DecodedFile {
  /** The text; a byte-order mark is kept as U+FEFF so that it can be reported. */
  text: string;
  /** The encoding the bytes are in; `undefined` when it cannot be told for sure. */
  encoding: FileEncoding | undefined;
  /**
   * True when `text` is exactly the characters the bytes encode (no byte was replaced by U+FFFD):
   * only then may `--fix` rewrite the file.
   */
  certain: boolean;
  /** Bytes that are not valid UTF-8, in a file that is otherwise UTF-8 (0 for other files). */
  invalidBytes: number;
  /** 1-based lines holding those bytes, in order, at most {@link MAX_LINES_LISTED}. */
  invalidLines: number[];
}

/** How many damaged lines a report lists. */
export const MAX_LINES_LISTED = 10;

/**
 * Shares used to decide between "damaged UTF-8" and "another encoding": a file whose non-ASCII
 * byte sequences are at least this share valid UTF-8 is UTF-8 with damage; at most
 * `1 - UTF8_SHARE` it is a single-byte encoding. In between nothing is certain.
 */
const UTF8_SHARE = 0.9;

/** Share of UTF-16 code units that must be ASCII (one zero byte) to recognise UTF-16 without BOM. */
const UTF16_ASCII_SHARE = 0.2;

const decoder = (label: string, fatal: boolean) =>
  new TextDecoder(label, { fatal, ignoreBOM: true });

/** Result of scanning bytes as UTF-8 (WHATWG UTF-8 decoder rules, RFC 3629 ranges). */
interface Utf8Scan {
  valid: number;
  invalid: number;
  lines: number[];
}

function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { valid: 0, invalid: 0, lines: [] };
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a) line++;
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 ? 4 : 0;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlong forms, no
    // surrogates, nothing above U+10FFFF); F5–FF never start a sequence.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : b > 0xf4 ? 0 : 0xbf;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) {
      const c = bytes[i + k]!;
      ok = k === 1 ? c >= low && c <= high : c >= 0x80 && c <= 0xbf;
    }
    if (ok) {
      scan.valid++;
      i += length;
    } else {
      scan.invalid++;
      if (scan.lines.at(-1) !== line && scan.lines.length < MAX_LINES_LISTED) scan.lines.push(line);
      i++;
    }
  }
  return scan;
}

/** True for characters no text file holds: C0 controls other than tab, LF and CR; noncharacters. */
const NOT_TEXT = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

/** UTF-16 without a byte-order mark: one byte of every ASCII code unit is zero, on one side only. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0 || bytes.indexOf(0) === -1) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const units = bytes.length / 2;
  const label =
    zeroOdd >= units * UTF16_ASCII_SHARE && zeroEven === 0
      ? 'utf-16le'
      : zeroEven >= units * UTF16_ASCII_SHARE && zeroOdd === 0
        ? 'utf-16be'
        : undefined;
  if (!label) return undefined;
  try {
    return NOT_TEXT.test(decoder(label, true).decode(bytes)) ? undefined : label;
  } catch {
    return undefined; // a lone surrogate: not UTF-16 text either
  }
}

/** Arabic letters and marks (U+0600–U+06FF), as Windows-1256 decodes its upper half. */
const ARABIC = /[\u0600-\u06FF]/;
/** What Windows-1256 text may hold besides Arabic: Latin-1 letters and signs, general punctuation. */
const PLAUSIBLE_1256 =
  /[\u0600-\u06FF\u00A0-\u00FF\u2000-\u206F\u20AC\u2122\u0152\u0153\u0192\u02C6]/;
/** A Latin letter with a diacritic next to an Arabic letter: the mark of a wrong code page. */
const MIXED_WORD = /[\u0621-\u064A][\u00C0-\u00FF]|[\u00C0-\u00FF][\u0621-\u064A]/;

/** Windows-1256 when the decoded text reads as Arabic and nothing else; else `undefined`. */
function asWindows1256(bytes: Uint8Array): string | undefined {
  const text = decoder('windows-1256', false).decode(bytes);
  let arabic = 0;
  let other = 0;
  for (const c of text) {
    if (c < '\u0080') continue;
    if (!PLAUSIBLE_1256.test(c)) return undefined;
    if (ARABIC.test(c)) arabic++;
    else other++;
  }
  return arabic > 0 && arabic >= other && !MIXED_WORD.test(text) ? text : undefined;
}

/**
 * Decodes a release file's bytes.
 * @param bytes - the raw file content.
 * @returns the text and the evidence; never throws. Undecidable or damaged files come back as
 *   UTF-8 with U+FFFD for the bad bytes and `certain: false`, so that the other checks still run.
 */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  const result = (
    text: string,
    encoding: FileEncoding | undefined,
    certain: boolean,
    scan?: Utf8Scan,
  ): DecodedFile => ({
    text,
    encoding,
    certain,
    invalidBytes: scan?.invalid ?? 0,
    invalidLines: scan?.lines ?? [],
  });
  const bom16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  const utf16 = bom16 ?? utf16WithoutBom(bytes);
  if (utf16) {
    try {
      return result(decoder(utf16, true).decode(bytes), utf16, true);
    } catch {
      return result(decoder(utf16, false).decode(bytes), undefined, false);
    }
  }
  try {
    return result(decoder('utf-8', true).decode(bytes), 'utf-8', true);
  } catch {
    // not valid UTF-8: weigh the evidence below
  }
  const scan = scanUtf8(bytes);
  const lenient = decoder('utf-8', false).decode(bytes);
  if (scan.valid >= (scan.valid + scan.invalid) * UTF8_SHARE)
    return result(lenient, 'utf-8', false, scan);
  if (scan.valid <= (scan.valid + scan.invalid) * (1 - UTF8_SHARE)) {
    const arabic = asWindows1256(bytes);
    if (arabic !== undefined) return result(arabic, 'windows-1256', true);
  }
  return result(lenient, undefined, false);
}
