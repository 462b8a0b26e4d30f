/**
 * The names that the release pages, the indexer (`search/build/`) and the search page
 * (`search/browser/`) must agree on, written once. Pure constants: imported by build code,
 * components and browser code alike.
 * @see https://pagefind.app/docs/metadata/ Pagefind's `data-pagefind-*` attributes.
 * @see https://pagefind.app/docs/filtering/ filters, and https://pagefind.app/docs/sorts/ sort keys.
 */

/** Pagefind's own attributes (Pagefind 1.6). */
export const PAGEFIND = {
  /** The element whose content is indexed (on a release page, its `<article>`). */
  body: 'data-pagefind-body',
  /** An element Pagefind leaves out of the indexed text. */
  ignore: 'data-pagefind-ignore',
  /** `key:value` metadata carried with a result. */
  meta: 'data-pagefind-meta',
  /** `name:value` filter value of a page. */
  filter: 'data-pagefind-filter',
  /** `name:value` sort key of a page. */
  sort: 'data-pagefind-sort',
} as const;

/** Filters a release page declares, and the search page offers. */
export const FILTER = {
  /** Publication year, calendar year in the archive time zone (`2025`). */
  year: 'year',
  /** Country name in Arabic (as shown on the page). */
  country: 'country',
  /** Tag label (the preferred spelling). */
  tag: 'tag',
  /** Publication month, `YYYY-MM` in the archive time zone (the period filter). */
  month: 'month',
  /** Synthetic filter naming the part a result comes from when parts are merged (`0`, `1`…). */
  part: 'part',
} as const;

/** Sort keys of a release page. */
export const SORT = {
  /** `YYYY-MM-DDTHH:MM` in the archive time zone. */
  date: 'date',
} as const;

/** Result metadata keys. */
export const META = {
  /** The release title (Pagefind's default `title`). */
  title: 'title',
  /** `YYYY-MM-DD`: shown with a result, never indexed. */
  date: 'date',
  /** The release's dateline (city). */
  dateline: 'dateline',
  /** Thumbnail URL: shown, never indexed. */
  image: 'image',
  /** Alt text Pagefind records with `image`: never indexed. */
  imageAlt: 'image_alt',
  /** Searchable keywords (country names in three languages, tag labels), removed from results. */
  keywords: 'k',
  /** Cache-busting key of a result fragment, removed from results (`search/build/document.ts`). */
  cache: 'v',
  /**
   * Position (word index in the fragment text) where the release's own text starts, after its
   * title, notices and image caption: excerpts and highlights come from there on. Written by the
   * indexer (`search/build/restore.ts`), never indexed.
   */
  textStart: 'b',
} as const;

/**
 * Attribute on the element of a release page that holds the release's own text (its paragraphs
 * and headings, not its title, dates or image caption): the indexer records where it starts.
 */
export const TEXT_ATTRIBUTE = 'data-search-text';

/** Attribute on a release page giving a small thumbnail URL for search results. */
export const THUMB_ATTRIBUTE = 'data-search-thumb';

/** Attribute of the search page's root: the index parts' bundle URLs, newest first, space-separated. */
export const PARTS_ATTRIBUTE = 'data-parts';

/**
 * Attribute of the search page's root: the {@link SearchStrings} (JSON) the browser writes, in the
 * page's language, from its dictionary (`searchUi` in src/i18n/), so browser code holds no text.
 */
export const STRINGS_ATTRIBUTE = 'data-strings';

/**
 * What the search page's script writes around the results, in the page's language: status line,
 * active filters, the no-results hint. `{n}`, `{count}`, `{query}` and `{day}` are filled in.
 */
export interface SearchStrings {
  /** BCP 47 language whose plural rules (CLDR, `Intl.PluralRules`) choose the count's form. */
  lang: string;
  /** The filters' names, as the form's labels say them. */
  filters: { country: string; tag: string; year: string; from: string; to: string };
  /** Between a filter's name and its value («: », French «\u202f: »). */
  colon: string;
  /** Counted results (`{n}`), by CLDR plural category of `lang` (`PluralForms` of src/arabic/plural.ts). */
  results: Record<'zero' | 'one' | 'two' | 'few' | 'many' | 'other', string>;
  /** The count and the query quoted back: «{count} لـ «{query}»». */
  resultsFor: string;
  /** Appended while older index parts are unread: « منذ {day}». */
  since: string;
  searching: string;
  /** A query of stop words or punctuation only. */
  noWords: string;
  loadFailed: string;
  /** A filter value the archive does not have. */
  notInArchive: string;
  /** Hidden text before an active filter's chip (its button removes it). */
  removeFilter: string;
  widen: string;
  remove: string;
  removeAll: string;
  /** No result without filters. */
  checkWords: string;
  /** Accessible name of a result's country chips. */
  countries: string;
}

/**
 * One Pagefind declaration as an attribute object, for spreading on an element in a component:
 * `<span hidden {...pagefindField('filter', FILTER.year, 2025)}>` writes
 * `data-pagefind-filter="year:2025"`.
 * @param kind - which Pagefind attribute.
 * @param key - the metadata, filter or sort name.
 * @param value - its value (written after `key:` as it is).
 */
export function pagefindField(
  kind: 'meta' | 'filter' | 'sort',
  key: string,
  value: string | number,
): Record<string, string> {
  return { [PAGEFIND[kind]]: `${key}:${value}` };
}

/**
 * Folder of a translation language's search bundle, relative to the site root: written by
 * src/search/build/languages.ts, read by that language's search page (`/fr/search/`).
 */
export const languageBundle = (lang: string): string => `pagefind-${lang}/`;
