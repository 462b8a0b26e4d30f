import { queryKeys } from '../../arabic/search-fold.ts';

/**
 * Suggests tags for an imported release: the archive's existing tags that its text mentions. A
 * mention is the tag's words, in order, among the text's words, each text word sharing a search
 * key with the tag word (`queryKeys`, rung 4 of the fold ladder in arabic/fold.ts: the relation the
 * search uses), so «والتعاون الامني» mentions the tag «التعاون الأمني» and «الأمنية» does not
 * mention «الأمن».
 */

/** An existing tag found in the text. */
export interface TagMention {
  /** The tag as the archive spells it. */
  tag: string;
  /** How many times the text mentions it. */
  count: number;
}

/** The search keys of each word of a text, punctuation (Unicode P and S) taken as a word break. */
const words = (text: string) => queryKeys(text.replace(/[\p{P}\p{S}]+/gu, ' '));
const meet = (a: readonly string[], b: readonly string[]) => a.some((k) => b.includes(k));

/**
 * @param text - the release's title and paragraphs.
 * @param tags - the archive's existing tags, each in its preferred spelling.
 * @returns the tags the text mentions, most mentioned first (then in the order given).
 */
export function tagsMentioned(text: string, tags: Iterable<string>): TagMention[] {
  const textWords = words(text);
  const out: TagMention[] = [];
  for (const tag of new Set(tags)) {
    const tagWords = words(tag);
    if (tagWords.length === 0) continue;
    let count = 0;
    for (let i = 0; i + tagWords.length <= textWords.length; i++)
      if (tagWords.every((w, j) => meet(textWords[i + j]!, w))) count++;
    if (count > 0) out.push({ tag, count });
  }
  return out.sort((a, b) => b.count - a.count);
}
