/**
 * Result excerpts built from a fragment's original words and Pagefind's match positions (word
 * indexes), as plain segments that the page turns into text nodes and `<mark>` elements — never
 * HTML strings, so nothing in a release can inject markup into the search page. And the text
 * fragments (`#:~:text=`) that make the release page itself highlight the matched words.
 */

/** A piece of excerpt text; `mark` is true for a matched word. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const SEPARATOR = /[^\S\uFEFF]+/;
/** Punctuation around a word: what a mark and a text fragment leave out («الأمني.» → الأمني). */
const AROUND = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;
/** A word that ends a sentence or a block (Pagefind ends every block with a full stop). */
const ENDS_SENTENCE = /[.!?؟:؛…]["»”')\]]*$/u;

/**
 * Splits a token into the punctuation before it, the word, and the punctuation after it.
 * @param token - e.g. `(الغابون،`.
 * @returns e.g. `['(', 'الغابون', '،']`; a token of punctuation only is all lead.
 */
export function splitToken(token: string): [string, string, string] {
  const m = AROUND.exec(token)!;
  return [m[1]!, m[2]!, m[3]!];
}

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
    if (!marks.has(i)) push(words[i]!, false);
    else {
      // Only the word is marked, not the punctuation around it.
      const [lead, core, trail] = splitToken(words[i]!);
      if (lead) push(lead, false);
      push(core || words[i]!, true);
      if (trail) push(trail, false);
    }
  }
  if (end < hi) push(' …', false);
  return out;
}

/**
 * Percent-encodes text for a text directive (URL Fragment Text Directives, WICG): besides what
 * `encodeURIComponent` encodes (`&` and `,` among them), `-` must be encoded because it marks a
 * prefix or suffix.
 */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** Words of context on each side of a highlighted word, more when the title holds the window. */
const CONTEXT = 2;
const WIDE_CONTEXT = 4;

/**
 * The text directive of matched words: `text=prefix-,words,-suffix`, the prefix and suffix being
 * the words around them in the same sentence, so that the browser marks this occurrence and not
 * an earlier one in the breadcrumb or the title (they precede the text on the page).
 * @param words - the fragment's words.
 * @param first - position of the first matched word.
 * @param last - position of the last matched word of a run of adjacent ones (a phrase).
 * @param from - first position of the release's own text (context never reaches before it).
 * @param context - words of context on each side.
 */
function directive(
  words: readonly string[],
  first: number,
  last: number,
  from: number,
  context: number,
): string {
  const [lead] = splitToken(words[first]!);
  const [, , trail] = splitToken(words[last]!);
  const matched = words.slice(first, last + 1).join(' ');
  const core = matched.slice(lead.length, matched.length - trail.length);
  const before: string[] = [];
  for (let i = first - 1; i >= from && before.length < context; i--) {
    if (ENDS_SENTENCE.test(words[i]!)) break;
    before.unshift(words[i]!);
  }
  const after: string[] = [];
  if (!ENDS_SENTENCE.test(words[last]!)) {
    for (let i = last + 1; i < words.length && after.length < context; i++) {
      after.push(words[i]!);
      if (ENDS_SENTENCE.test(words[i]!)) break;
    }
  }
  // A full stop that closes a block may be Pagefind's, not the page's: the suffix stops before it.
  const end = after.length ? after.pop()!.replace(ENDS_SENTENCE, '') : '';
  if (end) after.push(end);
  const prefix = [...before, lead].filter(Boolean).join(' ');
  const suffix = [ENDS_SENTENCE.test(trail) ? '' : trail, ...after].filter(Boolean).join(' ');
  return [
    prefix ? `${encodeTextDirective(prefix)}-,` : '',
    encodeTextDirective(core),
    suffix ? `,-${encodeTextDirective(suffix)}` : '',
  ].join('');
}

/**
 * Text directives for the matched words of a result that lie in the release's own text, in page
 * order, one per occurrence (adjacent matched words of a sentence make one, as a phrase): the
 * browser marks each and scrolls to the first.
 * @param content - the fragment text.
 * @param locations - matched word positions (any order).
 * @param from - position where the release's own text starts (`META.textStart`); earlier matches
 *   (title, caption) are not highlighted.
 * @param title - the release title: a window of context that the title also holds is widened.
 * @param max - at most this many directives (default 5, which keeps a link under ~2 KB).
 * @returns directive values, e.g. `['وجمهورية-,الغابون,-ودولة']` (percent-encoded).
 */
export function textDirectives(
  content: string,
  locations: readonly number[],
  from: number,
  title = '',
  max = 5,
): string[] {
  const words = content.split(SEPARATOR).filter((w) => w !== '');
  const at = [...new Set(locations)]
    .filter((l) => l >= from && l < words.length && splitToken(words[l]!)[1])
    .sort((a, b) => a - b);
  const out: string[] = [];
  const inTitle = (d: string) =>
    title !== '' && ` ${title} `.includes(` ${decodeURIComponent(d.replace(/-,|,-/g, ' '))} `);
  for (let i = 0; i < at.length && out.length < max; i++) {
    const first = at[i]!;
    while (at[i + 1] === at[i]! + 1 && !ENDS_SENTENCE.test(words[at[i]!]!)) i++;
    let d = directive(words, first, at[i]!, from, CONTEXT);
    if (inTitle(d)) d = directive(words, first, at[i]!, from, WIDE_CONTEXT);
    if (!out.includes(d)) out.push(d);
  }
  return out;
}

/**
 * Adds text directives (`#:~:text=…&text=…`) to a URL so that the browser highlights the words
 * and scrolls to the first, without any script on the target page. An existing `#id` is kept
 * before the directive (`#id:~:text=…`).
 * @param url - site-relative or absolute URL.
 * @param directives - from {@link textDirectives}.
 */
export function withTextFragment(url: string, directives: readonly string[]): string {
  if (!directives.length) return url;
  const fragment = `:~:${directives.map((d) => `text=${d}`).join('&')}`;
  const hash = url.indexOf('#');
  return hash === -1 ? `${url}#${fragment}` : `${url}${fragment}`;
}
