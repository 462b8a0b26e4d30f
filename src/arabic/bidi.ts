import { hasArabic } from './text.ts';

/**
 * Bidirectional text helpers (Unicode Bidirectional Algorithm, UAX #9; HTML `<bdi>` isolation).
 * In an Arabic (RTL) paragraph, a Latin run such as a name, an acronym (INTERPOL, G20), a token
 * (COVID-19) or a number with a unit (120 km) is isolated, so the punctuation and parentheses
 * around it stay on the Arabic side.
 */

/** A piece of text: `latin: true` pieces are to be isolated. */
export interface BidiSegment {
  text: string;
  latin: boolean;
}

const LATIN_WORD = String.raw`[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F]*`;
const CONTINUATION = String.raw`(?:(?:[-.'’/&+_]|[ \u00A0]+)[A-Za-z0-9\u00C0-\u024F]+)*`;
/** A Latin run: an optional leading number, a Latin word, then more Latin words, digits and connectors. */
const LATIN_RUN = new RegExp(
  String.raw`(?:\d+(?:[.,]\d+)*[ \u00A0]?)?${LATIN_WORD}${CONTINUATION}`,
  'g',
);

/**
 * Splits text into Latin runs and the rest. When the text has no Arabic letter, it is returned as
 * one non-Latin segment (a wholly Latin text needs no isolation from itself).
 * @param text - any text.
 * @returns segments in order; their concatenation equals `text`.
 */
export function splitLatinRuns(text: string): BidiSegment[] {
  if (!hasArabic(text)) return text === '' ? [] : [{ text, latin: false }];
  const out: BidiSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const start = match.index;
    if (start > last) out.push({ text: text.slice(last, start), latin: false });
    out.push({ text: match[0], latin: true });
    last = start + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), latin: false });
  return out;
}

/** True when a block of text is written in a Latin script only (no Arabic letter, at least one Latin letter). */
export function isLatinOnly(text: string): boolean {
  return !hasArabic(text) && /[A-Za-z\u00C0-\u024F]/.test(text);
}

/**
 * Wraps text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069, Unicode UAX #9
 * §2.7), so a path, field name or code snippet keeps its own direction inside an Arabic line,
 * and does not decide the direction of the line itself (rule P2 skips isolated text).
 * @param text - any text; returned unchanged when empty.
 */
export function isolate(text: string): string {
  return text === '' ? text : `\u2068${text}\u2069`;
}
