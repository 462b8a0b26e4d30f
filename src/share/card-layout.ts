import { splitLatinRuns } from '../arabic/bidi.ts';

/**
 * What a share card shows and where, without drawing it (src/share/card-render.ts draws it).
 * Pure: sizes, the text blocks, Pango markup escaping and the cache digest input.
 */

/** One image of a card: its name in URLs and its pixel size. */
export interface CardVariant {
  name: 'og' | '16x9' | '4x3' | '1x1';
  width: number;
  height: number;
}

/**
 * The card sizes: 1200 × 630 for OpenGraph and X (`og:image`, `twitter:image`, the size both
 * recommend), and 16:9, 4:3 and 1:1 for the JSON-LD `image` (Google's Article guidelines ask for
 * these three ratios, at least 50,000 pixels each).
 */
export const CARD_VARIANTS: readonly CardVariant[] = [
  { name: 'og', width: 1200, height: 630 },
  { name: '16x9', width: 1200, height: 675 },
  { name: '4x3', width: 1200, height: 900 },
  { name: '1x1', width: 1080, height: 1080 },
];

/**
 * The variants an archive publishes: `all` (the OpenGraph card and the three JSON-LD ratios), or
 * `og` (the OpenGraph card only: a quarter of the bytes and drawing time, for a very large
 * archive on a host with a size limit); `site` draws the site's OpenGraph card only, so the
 * release cards are {@link releaseCardVariants}.
 */
export function cardVariants(setting: 'all' | 'og' | 'site'): CardVariant[] {
  return CARD_VARIANTS.filter((v) => setting === 'all' || v.name === 'og');
}

/** The variants drawn for each release: none when the releases share the site's card (`site`). */
export function releaseCardVariants(setting: 'all' | 'og' | 'site'): CardVariant[] {
  return setting === 'site' ? [] : cardVariants(setting);
}

/** What a card says: every field is plain text (not markup), already formatted for display. */
export interface CardContent {
  /** The headline (a release) or the archive title (the site card). */
  title: string;
  /** One line under the title: dateline and date, or the archive's description. */
  line: string;
  /** A badge such as «بلاغ تجريبي», or empty. */
  badge: string;
  /** The office's name, the body it belongs to and its Latin name. */
  office: string;
  parent: string;
  officeLatin: string;
  /** Host name of the archive, e.g. `press.example.gov`. */
  host: string;
  /** Brand colour `#rrggbb`. */
  color: string;
}

/** Escapes text for Pango markup (the text input of sharp/libvips is markup): & < > ' ". */
export function escapeMarkup(text: string): string {
  return text.replace(
    /[&<>'"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[c]!,
  );
}

/**
 * Card text ready for Pango: control characters removed, markup escaped, and every Latin run
 * inside Arabic isolated with U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE
 * (UAX #9), as the pages isolate them with `<bdi>`, so punctuation around a name stays on the
 * Arabic side.
 */
export function cardText(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f\u2066-\u2069]/g, ' ');
  return splitLatinRuns(clean)
    .map((s) => (s.latin ? `\u2066${escapeMarkup(s.text)}\u2069` : escapeMarkup(s.text)))
    .join('');
}

/**
 * Title sizes tried from the largest down, in px, until the title fits in {@link titleLines}
 * lines; a title still too long is set to fit its box.
 */
export const TITLE_SIZES = [64, 56, 50, 44, 40] as const;

/** Most lines a title may take on a card of the given height. */
export const titleLines = (height: number) => (height >= 900 ? 6 : height >= 675 ? 4 : 3);

/** Layout metrics of a variant, in px. */
export function cardBoxes(variant: CardVariant) {
  const margin = variant.width >= 1200 ? 72 : 64;
  const bar = 132;
  const footer = 96;
  return {
    margin,
    bar,
    footer,
    textWidth: variant.width - 2 * margin,
    /** Room for the title: the body between bar and footer, less the date line and air. */
    titleHeight: variant.height - bar - 8 - footer - 64 - 110,
  };
}
