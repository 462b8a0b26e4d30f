/**
 * Unicode code point sets for web fonts: parsing and writing CSS `unicode-range` descriptors
 * (CSS Fonts Module Level 4, §4.5) and the split of each font into the part every Arabic page
 * uses and the parts only some pages need. Pure; used by scripts/make-fonts.ts.
 */

/** An inclusive range of code points. */
export type Range = readonly [first: number, last: number];

/**
 * Parses a `unicode-range` value such as `U+0600-06FF,U+200C` (no wildcards).
 * @returns sorted, merged ranges.
 * @throws Error on a term that is not `U+X` or `U+X-Y` (hexadecimal).
 */
export function parseUnicodeRange(value: string): Range[] {
  const ranges = value
    .split(',')
    .map((term) => term.trim())
    .filter(Boolean)
    .map((term): Range => {
      const m = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(term);
      if (!m) throw new Error(`not a unicode-range term: "${term}"`);
      const first = parseInt(m[1]!, 16);
      return [first, m[2] ? parseInt(m[2], 16) : first];
    });
  return normalise(ranges);
}

/** Sorts and merges overlapping or adjacent ranges. */
export function normalise(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [first, last] of sorted) {
    const prev = out.at(-1);
    if (prev && first <= prev[1] + 1) prev[1] = Math.max(prev[1], last);
    else out.push([first, last]);
  }
  return out;
}

/** The code points of `a` that are in `b`. */
export function intersect(a: readonly Range[], b: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const [a0, a1] of a)
    for (const [b0, b1] of b) {
      const first = Math.max(a0, b0);
      const last = Math.min(a1, b1);
      if (first <= last) out.push([first, last]);
    }
  return normalise(out);
}

/** The code points of `a` that are not in `b`. */
export function subtract(a: readonly Range[], b: readonly Range[]): Range[] {
  let rest: Range[] = normalise(a);
  for (const [b0, b1] of normalise(b)) {
    rest = rest.flatMap(([first, last]): Range[] => {
      if (b1 < first || b0 > last) return [[first, last]];
      const parts: Range[] = [];
      if (first < b0) parts.push([first, b0 - 1]);
      if (last > b1) parts.push([b1 + 1, last]);
      return parts;
    });
  }
  return rest;
}

/** Writes ranges as a `unicode-range` value, upper-case hexadecimal, at least four digits. */
export function formatUnicodeRange(ranges: readonly Range[]): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return normalise(ranges)
    .map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`))
    .join(',');
}

/** Every code point of the ranges, as a string (what a font subsetter takes). */
export function rangeText(ranges: readonly Range[]): string {
  let text = '';
  for (const [first, last] of ranges)
    for (let c = first; c <= last; c++) text += String.fromCodePoint(c);
  return text;
}

/**
 * The Arabic a release page is written in (Unicode 16, Arabic block): the letters and marks of
 * Modern Standard Arabic (U+0621–U+065F: hamza to the last combining mark), the Arabic comma,
 * semicolon and question mark, tatweel, Arabic-Indic digits and their separators, superscript
 * alef and alef wasla, the letters Maghrebi and Gulf offices write in names (پ چ ژ ڤ ڧ ڨ ک گ ی),
 * Persian digits, and the joiners and direction marks (ZWNJ, ZWJ, LRM, RLM). The rest of the
 * Arabic blocks (Urdu and Quranic letters, presentation forms) is a separate, rarely loaded file.
 */
export const ARABIC_CORE: Range[] = normalise([
  [0x060c, 0x060c],
  [0x061b, 0x061c],
  [0x061f, 0x061f],
  [0x0621, 0x063a],
  [0x0640, 0x065f],
  [0x0660, 0x0671],
  [0x067e, 0x067e],
  [0x0686, 0x0686],
  [0x0698, 0x0698],
  [0x06a4, 0x06a4],
  [0x06a7, 0x06a9],
  [0x06af, 0x06af],
  [0x06cc, 0x06cc],
  [0x06f0, 0x06f9],
  [0x200c, 0x200f],
]);

/**
 * What every Arabic page also shows from the Latin blocks: the space and no-break space, ASCII
 * digits (the `ar-MA` locale writes dates with them) and punctuation, guillemets « », the middle
 * dot, the multiplication sign, dashes, quotation marks, the ellipsis, single guillemets ‹ ›, the
 * narrow no-break space, and the invisible format characters text may carry (zero-width space,
 * direction marks, word joiner). Latin letters are a separate file, loaded by pages that have them.
 */
export const LATIN_CORE: Range[] = normalise([
  [0x0020, 0x0040],
  [0x005b, 0x0060],
  [0x007b, 0x007e],
  [0x00a0, 0x00a0],
  [0x00ab, 0x00ab],
  [0x00b7, 0x00b7],
  [0x00bb, 0x00bb],
  [0x00d7, 0x00d7],
  [0x200b, 0x200f],
  [0x2010, 0x2015],
  [0x2018, 0x201f],
  [0x2026, 0x2026],
  [0x2039, 0x203a],
  [0x202f, 0x202f],
  [0x2060, 0x2060],
]);
