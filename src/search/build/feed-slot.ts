/**
 * Where the search feed (src/search/build/feed.ts, started by the search integration in Astro's
 * process) waits for the release pages the middleware (src/search/build/feed-middleware.ts, part
 * of the bundled site) hands it. The bundle cannot import the feed's module instance, so the two
 * meet on a global, named here once. No Node imports: this file is bundled.
 */

/** What the middleware may call. */
export interface FeedSink {
  /** Whether the feed still wants the list of release pages (sent once, with the first page). */
  wantsPlan: boolean;
  /** Every release page of the build: file, year and date sort key (src/search/build/parts.ts). */
  plan(pages: { id: string; year: number; key: string }[]): void;
  /** One rendered release page. */
  page(id: string, html: string): void;
}

const SLOT = Symbol.for('arabic-press-archive.search-feed');

type Slot = { [SLOT]?: FeedSink | undefined };

/** The running feed, or `undefined` (dev server, search index off). */
export const feedSink = (): FeedSink | undefined => (globalThis as Slot)[SLOT];

/** Sets or clears the running feed. */
export function setFeedSink(sink: FeedSink | undefined): void {
  (globalThis as Slot)[SLOT] = sink;
}

/** The file of a release page in the built site, relative to it (`build.format: 'directory'`). */
export const releasePageFile = (slug: string): string => `releases/${slug}/index.html`;
