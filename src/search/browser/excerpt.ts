/**
 * Result excerpts built from a fragment's original words and Pagefind's match positions (word
 * indexes), as plain segments that the page turns into text nodes and `<mark>` elements — never
 * HTML strings, so nothing in a release can inject markup into the search page.
 */

/** A piece of excerpt text; `mark` is true for a matched word. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const SEPARATOR = /[^\S\uFEFF]+/;

/**
 * Cuts the window of `length` words with the most matches and marks the matched words.
 * @param content - the fragment text (original words separated by white space).
 * @param locations - matched word indexes in `content` (any order, may repeat).
 * @param length - window size in words (default 30).
 * @param range - optional `[start, end)` word range to stay inside (a sub-result's section).
 * @returns segments with `…` at a cut end; the start of the text when nothing matched.
 */
export function buildExcerpt(
  content: string,
  locations: readonly number[],
  length = 30,
  range?: [number, number],
): ExcerptSegment[] {
  const words = content.split(SEPARATOR).filter((w) => w !== '');
  const lo = Math.max(0, range?.[0] ?? 0);
  const hi = Math.min(words.length, range?.[1] ?? words.length);
  const marks = new Set(locations.filter((l) => l >= lo && l < hi));
  let start = lo;
  let best = -1;
  for (const l of [...marks].sort((a, b) => a - b)) {
    const from = Math.max(lo, Math.min(l - Math.floor(length / 3), hi - length));
    let count = 0;
    for (const m of marks) if (m >= from && m < from + length) count++;
    if (count > best) {
      best = count;
      start = from;
    }
  }
  const end = Math.min(hi, start + length);
  const out: ExcerptSegment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = out[out.length - 1];
    if (last && last.mark === mark && !mark) last.text += text;
    else out.push({ text, mark });
  };
  if (start > lo) push('… ', false);
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', false);
    push(words[i]!, marks.has(i));
  }
  if (end < hi) push(' …', false);
  return out;
}

/**
 * The distinct matched words, without surrounding punctuation: what the release page highlights.
 * @param content - fragment text.
 * @param locations - matched word indexes.
 * @param max - at most this many words (default 8).
 */
export function matchedWords(content: string, locations: readonly number[], max = 8): string[] {
  const words = content.split(SEPARATOR).filter((w) => w !== '');
  const out: string[] = [];
  for (const l of [...locations].sort((a, b) => a - b)) {
    const w = (words[l] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (w && !out.includes(w)) out.push(w);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * Percent-encodes text for a text directive (URL Fragment Text Directives, WICG): besides what
 * `encodeURIComponent` encodes, `-` must be encoded because it marks a prefix or suffix.
 */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * Adds a text fragment (`#:~:text=word&text=…`) to a URL so that the browser highlights the words
 * and scrolls to the first, without any script on the target page. An existing `#id` is kept
 * before the directive (`#id:~:text=…`).
 * @param url - site-relative or absolute URL.
 * @param words - original words as they appear on the page (see {@link matchedWords}).
 */
export function withTextFragment(url: string, words: readonly string[]): string {
  if (!words.length) return url;
  const directive = `:~:${words.map((w) => `text=${encodeTextDirective(w)}`).join('&')}`;
  const hash = url.indexOf('#');
  return hash === -1 ? `${url}#${directive}` : `${url}${directive}`;
}
