import type { Archive, EntryLike, Release } from './model.ts';

/** Per-archive lookup tables for {@link relatedReleases}, built once per archive. */
interface RelatedIndex<R> {
  position: Map<R, number>;
  /** Tag slug / country code → positions (in `archive.releases`) of its releases. */
  byTag: Map<string, Int32Array>;
  byCountry: Map<string, Int32Array>;
  /** Scratch scores by release position, all zero between calls. */
  scores: Int32Array;
  /** Scratch list of positions with a non-zero score. */
  touched: Int32Array;
}
const relatedIndexes = new WeakMap<object, RelatedIndex<unknown>>();

function relatedIndex<Img, E extends EntryLike<Img>>(
  archive: Archive<Img, E>,
): RelatedIndex<Release<Img, E>> {
  type R = Release<Img, E>;
  let index = relatedIndexes.get(archive) as RelatedIndex<R> | undefined;
  if (!index) {
    const position = new Map(archive.releases.map((r, i) => [r, i]));
    const positions = (map: Map<string, R[]>) =>
      new Map([...map].map(([key, list]) => [key, Int32Array.from(list, (r) => position.get(r)!)]));
    index = {
      position,
      byTag: positions(archive.byTag),
      byCountry: positions(archive.countries),
      scores: new Int32Array(archive.releases.length),
      touched: new Int32Array(archive.releases.length),
    };
    relatedIndexes.set(archive, index as RelatedIndex<unknown>);
  }
  return index;
}

/**
 * Releases sharing the most tags and countries with the given one (ties: newest first), among
 * the `window` releases published just before and the `window` just after it in each shared tag
 * and country (all of them in most archives: 200 on each side by default). A shared tag counts 2,
 * a shared country 1. Works on typed arrays of release positions so that rendering every release
 * page stays fast at 100,000 releases (BENCHMARKS.md): releases sharing a tag are scored first
 * (countries compared directly); the per-country lists are only walked when a release sharing no
 * tag could still reach the top `limit`. The window bounds the work per page where one tag holds
 * tens of thousands of releases, and keeps the suggestions close in time.
 * @param limit - at most this many (default 4).
 * @param window - releases considered on each side of this one, per shared tag or country.
 */
export function relatedReleases<Img, E extends EntryLike<Img>>(
  archive: Archive<Img, E>,
  release: Release<Img, E>,
  limit = 4,
  window = 200,
): Release<Img, E>[] {
  const { position, byTag, byCountry, scores, touched } = relatedIndex(archive);
  const self = position.get(release) ?? -1;
  const mine = release.data.countries;
  let count = 0;
  const bump = (list: Int32Array | undefined, weight: number) => {
    if (!list) return;
    // Lists hold positions in ascending order (newest first): start `window` before this release.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! < self) lo = mid + 1;
      else hi = mid;
    }
    const end = Math.min(list.length, lo + window + 1);
    for (let k = Math.max(0, lo - window); k < end; k++) {
      const i = list[k]!;
      if (i === self) continue;
      if (scores[i] === 0) touched[count++] = i;
      scores[i]! += weight;
    }
  };
  const better = (a: number, b: number) =>
    scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  /** Top `limit` touched positions by score (descending), then archive order (newest first). */
  const top = () => {
    const best: number[] = [];
    for (let k = 0; k < count; k++) {
      const i = touched[k]!;
      if (best.length === limit && (limit === 0 || !better(i, best[limit - 1]!))) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      best[at] = i;
      while (at > 0 && better(best[at]!, best[at - 1]!)) {
        [best[at - 1], best[at]] = [best[at]!, best[at - 1]!];
        at--;
      }
    }
    return best;
  };
  const reset = () => {
    for (let k = 0; k < count; k++) scores[touched[k]!] = 0;
    count = 0;
  };
  // Pass 1: releases sharing a tag, with their shared countries counted directly.
  for (const slug of release.tagSlugs) bump(byTag.get(slug), 2);
  for (let k = 0; k < count; k++) {
    const i = touched[k]!;
    const theirs = archive.releases[i]!.data.countries;
    for (const code of mine) if (theirs.includes(code)) scores[i]! += 1;
  }
  let best = top();
  // A release sharing only countries scores at most mine.length: it can only matter when the
  // weakest of the top `limit` does not score more than that. Then score everything.
  if (best.length < limit || scores[best[limit - 1]!]! <= mine.length) {
    reset();
    for (const slug of release.tagSlugs) bump(byTag.get(slug), 2);
    for (const code of mine) bump(byCountry.get(code), 1);
    best = top();
  }
  const result = best.map((i) => archive.releases[i]!);
  reset();
  return result;
}
