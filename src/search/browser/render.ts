/**
 * Renders search results as DOM nodes (never HTML strings): title, date, countries, excerpt with
 * the matched words marked, thumbnail, and sub-results for the headings of long releases.
 * Every link carries the matched words as a text fragment (`#:~:text=`), so the browser marks them
 * on the release page.
 */
import { isLatinOnly, splitLatinRuns } from '../../arabic/bidi.ts';
import { formatGregorian } from '../../arabic/dates.ts';
import { plural } from '../../arabic/plural.ts';
import { FILTER, META, type SearchStrings } from '../contract.ts';
import { el } from './dom.ts';
import { buildExcerpt, textDirectives, withTextFragment, type ExcerptSegment } from './excerpt.ts';

/** The parts of a Pagefind result fragment the page uses. */
export interface PagefindData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { title: string; url: string; locations: number[]; anchor?: unknown }[];
}

/** A Pagefind search result (its fragment is loaded on demand). */
export interface PagefindResult {
  id: string;
  /** Relevance, or the position in the sort order when the search is sorted. */
  score: number;
  /** Matched word positions. */
  words: number[];
  data(): Promise<PagefindData>;
}

/** Text with its Latin runs (INTERPOL, COVID-19) isolated in `<bdi>`, as on the other pages (UAX #9). */
function isolated(text: string): (Node | string)[] {
  if (isLatinOnly(text)) return [el('bdi', { textContent: text })]; // e.g. a marked word alone
  return splitLatinRuns(text).map((s) => (s.latin ? el('bdi', { textContent: s.text }) : s.text));
}

function excerptNodes(segments: ExcerptSegment[]): (Node | string)[] {
  return segments.flatMap((s) =>
    s.mark ? [el('mark', {}, ...isolated(s.text))] : isolated(s.text),
  );
}

/**
 * Formats `YYYY-MM-DD` as an Arabic Gregorian date (CLDR, calendar named).
 * @returns the formatted day, or `''` for anything that is not `YYYY-MM-DD…`.
 */
export function formatDay(iso: string | undefined, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m
    ? formatGregorian({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, locale)
    : '';
}

/**
 * Writes the result count with the plural form of the page's language (CLDR rules via
 * `Intl.PluralRules`: all six Arabic forms on an Arabic page) and the locale's digits.
 * @param query - the query as typed, quoted back to the reader ('' for a filter-only search).
 * @param since - while older parts of the index are unread: the oldest day read, as shown to
 *   the reader; the count then covers that day and later ("… منذ ٢ يناير ٢٠٢٥").
 * @param s - the page's strings (its language).
 * The live region is rewritten only when its text changes, so a screen reader does not announce
 * the same count again.
 */
export function renderStatus(
  status: HTMLElement,
  count: number,
  query: string,
  locale: string,
  s: SearchStrings,
  since?: string,
): void {
  const counted = plural(count, s.results, locale, s.lang);
  const [before = '', after = ''] = s.resultsFor.replace('{count}', counted).split('{query}');
  const nodes = [
    ...(query ? [before, el('bdi', { textContent: query }), after] : [counted]),
    ...(since ? [s.since.replace('{day}', since)] : []),
  ];
  const text = nodes.map((n) => (typeof n === 'string' ? n : n.textContent)).join('');
  if (status.textContent !== text) status.replaceChildren(...nodes);
}

/**
 * Appends result items to the list.
 * @param countryMatched - true for a country (Arabic name) that the query names, in any language;
 *   its chip is marked, which explains results found through the country alone.
 * @param s - the page's strings (its language).
 */
export function renderResults(
  list: HTMLOListElement,
  data: PagefindData[],
  locale: string,
  s: SearchStrings,
  countryMatched: (name: string) => boolean = () => false,
): void {
  for (const d of data) {
    const body = el('div');
    const title = d.meta[META.title] ?? d.url;
    // The release's own text: after its title and image caption (0 for an index without it).
    const from = Number(d.meta[META.textStart] ?? 0) || 0;
    const end = d.content.split(/[^\S\uFEFF]+/).filter(Boolean).length;
    const link = (url: string, locations: number[]) =>
      withTextFragment(url, textDirectives(d.content, locations, from, title));
    body.append(el('h2', {}, el('a', { href: link(d.url, d.locations) }, ...isolated(title))));
    const date = d.meta[META.date];
    if (date)
      body.append(
        el(
          'p',
          { className: 'meta' },
          el('time', { dateTime: date, textContent: formatDay(date, locale) }),
        ),
      );
    const countries = d.filters[FILTER.country] ?? [];
    if (countries.length) {
      const chips = el(
        'ul',
        { className: 'chips' },
        ...countries.map((c) =>
          el('li', {}, countryMatched(c) ? el('mark', { textContent: c }) : c),
        ),
      );
      chips.setAttribute('aria-label', s.countries);
      body.append(chips);
    }
    body.append(
      el(
        'p',
        { className: 'excerpt' },
        ...excerptNodes(
          buildExcerpt(d.content, d.locations, 30, from < end ? [from, end] : undefined),
        ),
      ),
    );
    const subs = d.sub_results.filter((s) => s.anchor && s.locations.length).slice(0, 3);
    if (subs.length) {
      body.append(
        el(
          'ul',
          { className: 'sub-results' },
          ...subs.map((s) =>
            el(
              'li',
              {},
              el('a', { href: link(s.url, s.locations) }, ...isolated(s.title)),
              ' — ',
              ...excerptNodes(buildExcerpt(d.content, s.locations, 16)),
            ),
          ),
        ),
      );
    }
    const item = el('li', { className: 'search-result' });
    const image = d.meta[META.image];
    if (image)
      item.append(
        el('img', {
          src: image,
          alt: '',
          loading: 'lazy',
          width: 96,
          height: 72,
          decoding: 'async',
        }),
      );
    item.append(body);
    list.append(item);
  }
}
