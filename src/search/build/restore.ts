import { normaliseWord } from '../../arabic/search-fold.ts';
import { META } from '../contract.ts';

/**
 * Puts the original words back into Pagefind's fragment text after indexing (build time).
 *
 * Pagefind stores, per page, the text it indexed (here: normalised words) and reports matches as
 * word positions in that text. Because normalisation maps one word to one word, replacing each
 * stored word by its original keeps every position valid, so excerpts, highlights and sub-results
 * show the original spelling. Pagefind may append a full stop to the last word of a block and
 * may join words across inline elements; both are handled.
 */

/** Word separators as Pagefind's browser code splits fragment text (white space except U+FEFF). */
export const WORD_SEPARATOR = /([^\S\uFEFF]+)/;

/** Result of {@link restoreWords}. */
export interface RestoredText {
  /** The text with original words, same separators and word count as the input. */
  text: string;
  /** Words that could not be matched to an original word (left as indexed). */
  unmatched: number;
  /** For each word of the text, the index of its (first) original word, or -1 if unmatched. */
  origins: number[];
}

const LOOKAHEAD = 64;

/**
 * Replaces each normalised word of `indexed` by the original word it came from.
 * @param indexed - fragment text as Pagefind stored it (normalised words).
 * @param originals - original words of the page in document order (`SearchDocument.words`).
 */
export function restoreWords(indexed: string, originals: readonly string[]): RestoredText {
  const normal = originals.map(normaliseWord);
  const parts = indexed.split(WORD_SEPARATOR);
  let p = 0;
  let unmatched = 0;
  const origins: number[] = [];
  const matchAt = (i: number, word: string): number => {
    // Returns how many original words (1–3) make up `word` from position i, or 0.
    let joined = '';
    for (let k = 0; k < 3 && i + k < normal.length; k++) {
      joined += normal[i + k];
      if (joined === word) return k + 1;
      if (!word.startsWith(joined)) return 0;
    }
    return 0;
  };
  for (let j = 0; j < parts.length; j += 2) {
    const word = parts[j]!;
    if (word === '') continue;
    let found = false;
    const candidates = word.endsWith('.') && word.length > 1 ? [word, word.slice(0, -1)] : [word];
    search: for (let i = p; i < Math.min(normal.length, p + LOOKAHEAD); i++) {
      for (const candidate of candidates) {
        const n = matchAt(i, candidate);
        if (n) {
          parts[j] = originals.slice(i, i + n).join('') + (candidate === word ? '' : '.');
          origins.push(i);
          p = i + n;
          found = true;
          break search;
        }
      }
    }
    if (!found) {
      unmatched++;
      origins.push(-1);
    }
  }
  return { text: parts.join(''), unmatched, origins };
}

/** The part of a Pagefind fragment (`fragment/*.pf_fragment`, JSON) that is restored. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors?: { element: string; id: string; text?: string; location: number }[];
  [key: string]: unknown;
}

/** What {@link restoreFragment} needs from `prepareSearchDocument`. */
export interface RestoreData {
  words: readonly string[];
  title: string | undefined;
  /** Index in `words` where the release's own text starts (`SearchDocument.textStart`). */
  textStart: number;
  meta: Record<string, string>;
  dropMeta: readonly string[];
}

/**
 * Restores a fragment in place: original text, original title and heading texts, display-only
 * metadata added, matching-only metadata removed, and the word position where the release's own
 * text starts ({@link META}.textStart: the first word whose original is at or after
 * `data.textStart`).
 * @returns the number of words that could not be restored (0 when all went well).
 */
export function restoreFragment(fragment: PagefindFragment, data: RestoreData): number {
  const { text, unmatched, origins } = restoreWords(fragment.content, data.words);
  fragment.content = text;
  const start = origins.findIndex((i) => i >= data.textStart);
  fragment.meta[META.textStart] = String(start === -1 ? origins.length : start);
  if (data.title !== undefined) fragment.meta['title'] = data.title;
  Object.assign(fragment.meta, data.meta);
  for (const key of data.dropMeta) delete fragment.meta[key];
  const restoredWords = text.split(WORD_SEPARATOR).filter((_, i) => i % 2 === 0);
  for (const anchor of fragment.anchors ?? []) {
    if (!anchor.text) continue;
    const count = anchor.text.split(/\s+/).filter(Boolean).length;
    let heading = restoredWords.slice(anchor.location, anchor.location + count).join(' ');
    if (!anchor.text.endsWith('.') && heading.endsWith('.')) heading = heading.slice(0, -1);
    anchor.text = heading;
  }
  return unmatched;
}
