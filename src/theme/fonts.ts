import { ARABIC_CORE, LATIN_CORE, type Range } from './font-ranges.ts';

/**
 * The archive's two typefaces, self-hosted from the pinned `@fontsource` packages: Noto Naskh
 * Arabic for reading text, Noto Sans Arabic (the same Noto design, a sans) for headings and the
 * interface. scripts/make-fonts.ts turns this list into `src/styles/fonts.css` and the small
 * "core" files in `src/fonts/`; nothing here runs in the browser.
 */

/** One face: a family at one weight, from one `@fontsource` package. */
export interface FontFace {
  /** CSS `font-family`, the family's own name. */
  family: string;
  /** The `@fontsource` package, pinned in package.json. */
  pkg: string;
  /** File prefix inside the package's `files/` folder. */
  prefix: string;
  weight: 400 | 700;
  /** Short name of the face's files in `src/fonts/`. */
  slug: string;
}

export const FACES: FontFace[] = [
  {
    family: 'Noto Naskh Arabic',
    pkg: '@fontsource/noto-naskh-arabic',
    prefix: 'noto-naskh-arabic',
    weight: 400,
    slug: 'naskh-400',
  },
  {
    family: 'Noto Naskh Arabic',
    pkg: '@fontsource/noto-naskh-arabic',
    prefix: 'noto-naskh-arabic',
    weight: 700,
    slug: 'naskh-700',
  },
  {
    family: 'Noto Sans Arabic',
    pkg: '@fontsource/noto-sans-arabic',
    prefix: 'noto-sans-arabic',
    weight: 400,
    slug: 'sans-400',
  },
  {
    family: 'Noto Sans Arabic',
    pkg: '@fontsource/noto-sans-arabic',
    prefix: 'noto-sans-arabic',
    weight: 700,
    slug: 'sans-700',
  },
];

/**
 * The `@fontsource` subsets the archive serves, and the part of each that is cut out into a small
 * core file (the rest stays in the package's own file, loaded only by a page that uses it).
 * Math and symbol subsets are left to the reader's system fonts.
 */
export const SUBSETS: { name: 'arabic' | 'latin' | 'latin-ext'; core: Range[] }[] = [
  { name: 'arabic', core: ARABIC_CORE },
  { name: 'latin', core: LATIN_CORE },
  { name: 'latin-ext', core: [] },
];

/**
 * Measured on Debian's Chromium with DejaVu Sans (what a Linux reader without Noto falls back
 * to): Naskh 400 is 83.5 % of DejaVu Sans's width, Naskh 700 72.9 % of DejaVu Sans Bold's, Noto
 * Sans Arabic 400 92.7 %, 700 85.5 %. Ascent and descent (canvas `fontBoundingBox`, 100 px):
 * Naskh 107/63, Noto Sans Arabic 137/74. A reader who has the family installed gets it first.
 */
export const FALLBACKS: Record<
  string,
  { local: string[]; ascent: number; descent: number; dejavu: Record<400 | 700, number> }
> = {
  'Noto Naskh Arabic': {
    local: ['Noto Naskh Arabic', 'NotoNaskhArabic-Regular'],
    ascent: 107,
    descent: 63,
    dejavu: { 400: 83.5, 700: 72.9 },
  },
  'Noto Sans Arabic': {
    local: ['Noto Sans Arabic', 'NotoSansArabic-Regular'],
    ascent: 137,
    descent: 74,
    dejavu: { 400: 92.7, 700: 85.5 },
  },
};

/** CSS name of a family's metric-adjusted fallback. */
export const fallbackFamily = (family: string) => `${family} fallback`;
