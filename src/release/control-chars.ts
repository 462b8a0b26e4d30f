/**
 * Characters that are never text: C0 controls other than tab, line feed and carriage return
 * (Unicode Cc, U+0000–U+001F), DEL and the C1 controls (U+007F–U+009F), the noncharacters
 * U+FFFE and U+FFFF, and lone surrogates. XML 1.0 (§2.2 "Char") forbids most of them, so one of
 * them in a title or an excerpt makes RSS feeds unreadable; none of them is visible, so removing
 * them from a release body never changes what a reader sees.
 */

/** Body of the character class (tab U+0009, LF U+000A and CR U+000D are text). */
const CONTROLS = '\\0-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF';
const LONE_SURROGATE =
  '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

/** Matches one control character (see the file comment); no `g` flag, for `test`. */
export const CONTROL_CHARACTER = new RegExp(`[${CONTROLS}]|${LONE_SURROGATE}`);

/**
 * A plain character class that every text holding a control character matches (and text with
 * surrogate pairs, such as emoji): scanned much faster than {@link CONTROL_CHARACTER}, whose
 * lookbehind keeps V8 from its fast path (a fifth of `npm run check`'s time, measured).
 */
const MAYBE_CONTROL = new RegExp(`[${CONTROLS}\\uD800-\\uDFFF]`);

/** True when the text holds a control character. */
export function hasControlCharacter(text: string): boolean {
  return MAYBE_CONTROL.test(text) && CONTROL_CHARACTER.test(text);
}

/** Every control character (global flag), for `replace` and `matchAll`. */
export const CONTROL_CHARACTERS = new RegExp(`[${CONTROLS}]|${LONE_SURROGATE}`, 'g');

/**
 * Removes control characters.
 * @param text - any string.
 * @returns the text without them (the same string when it had none).
 */
export function removeControlCharacters(text: string): string {
  return hasControlCharacter(text) ? text.replace(CONTROL_CHARACTERS, '') : text;
}

/** `U+0001`-style name of a character, for messages (a lone surrogate says so). */
export function codePointName(c: string): string {
  const code = c.codePointAt(0)!;
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code >= 0xd800 && code <= 0xdfff ? `${name}, half of a character pair` : name;
}
