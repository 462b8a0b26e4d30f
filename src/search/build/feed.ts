import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { setFeedSink, type FeedSink } from './feed-slot.ts';
import type { PartPage } from './parts.ts';

/**
 * The search feed: prepares the search index while Astro renders (docs/search.md, "Build").
 *
 * Astro renders pages one after the other on one thread, and the search step used to read and
 * parse every release page again once the build was over, on one core too. The feed runs in a
 * worker thread of Astro's process, so that it uses the second core: the build-time middleware
 * (src/search/build/feed-middleware.ts) hands it each rendered release page, and the worker
 * (src/search/build/feed-worker.ts) records the page, keeps its search document and builds each
 * search part as soon as all its pages are rendered. The index step
 * (src/search/build/index-site.ts) then finds records, documents and parts in the build cache.
 * What the feed does not get to (pages Astro copied instead of rendering, a part with such
 * pages) the index step does as before, from the built pages.
 */

/** What the worker needs to know. */
export interface FeedOptions {
  /** The built site (absolute). */
  outDir: string;
  /** Astro's `cacheDir` (absolute). */
  cacheDir: string;
  /** Most pages in one search part (`searchPartSize`). */
  partSize: number;
  /**
   * MiB of memory up to which a part is built while Astro renders (`searchFeedMemory`,
   * src/search/build/feed-memory.ts); `Infinity` builds every part then.
   */
  memoryMiB: number;
  /** The source folder whose indexing code keys the cache (tests only; default `src/`). */
  sourceRoot?: string | undefined;
}

/** Messages to the worker. */
export type FeedMessage =
  | { type: 'plan'; pages: PartPage[] }
  | { type: 'page'; id: string; html: string }
  | { type: 'finish' };

/** The worker's answer to `finish`. */
export interface FeedResult {
  /** The first error the worker met (a page without a year filter, a part Pagefind rejected). */
  error: string | undefined;
  /** Release pages rendered (and recorded) in this build. */
  rendered: number;
  /** Search parts built while Astro rendered. */
  built: number;
  /** Parts left to the index step because building them then would have passed `memoryMiB`. */
  deferred: number;
  /** Words of those parts' result excerpts that could not be restored to their spelling. */
  unmatched: number;
}

/** A running feed; {@link startSearchFeed} makes one. */
export interface SearchFeed {
  /** Waits until every page handed over is recorded and every part started is built, then stops. */
  finish(): Promise<FeedResult>;
}

/**
 * Starts the feed's worker and offers it to the middleware.
 * @returns the feed; call `finish()` once Astro has written every page.
 */
export function startSearchFeed(options: FeedOptions): SearchFeed {
  const worker = new Worker(new URL('./feed-worker.ts', import.meta.url), { workerData: options });
  // A build that fails before finish() must still be able to exit.
  worker.unref();
  const post = (message: FeedMessage) => worker.postMessage(message);
  const sink: FeedSink = {
    wantsPlan: true,
    plan: (pages) => post({ type: 'plan', pages }),
    page: (id, html) => post({ type: 'page', id, html }),
  };
  setFeedSink(sink);
  return {
    async finish() {
      setFeedSink(undefined);
      worker.ref();
      const answer = once(worker, 'message');
      post({ type: 'finish' });
      try {
        const [result] = (await Promise.race([
          answer,
          once(worker, 'error').then(([error]) => Promise.reject(error as Error)),
        ])) as [FeedResult];
        return result;
      } finally {
        await worker.terminate();
      }
    },
  };
}
