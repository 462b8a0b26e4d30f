import { parentPort, workerData } from 'node:worker_threads';
import { buildPart, hasPart, partKey, searchCodeVersion } from './cache.ts';
import { prepareSearchDocument } from './document.ts';
import type { FeedOptions, FeedMessage, FeedResult } from './feed.ts';
import { partFitsNow } from './feed-memory.ts';
import { buildSearchPart } from './part.ts';
import { assignPages, countByYear, searchParts, type PartPage, type SearchPart } from './parts.ts';
import {
  docsDirectory,
  hasDocument,
  pageRecord,
  partInputs,
  readRecords,
  stamped,
  storeDocument,
  writeRecords,
  type PageRecord,
} from './records.ts';

/**
 * The search feed's worker thread (src/search/build/feed.ts): while Astro renders on the main
 * thread, this thread takes each rendered release page, records it and keeps its search document
 * (src/search/build/records.ts), and as soon as every page of a search part has been rendered,
 * builds that part into the build cache in a Pagefind process, one part at a time, so that the
 * index step after the build finds it there (src/search/build/index-site.ts). A part that would
 * take the process and its Pagefind past `memoryMiB` is left to the index step.
 */

const options = workerData as FeedOptions;
const version = searchCodeVersion(options.sourceRoot);
const docsDir = version === undefined ? undefined : docsDirectory(options.cacheDir, version);
/** Pages rendered in this build. */
const fresh = new Map<string, PageRecord>();
/** Part keys this build put into the cache. */
const built: string[] = [];
/** Parts left to the index step for memory (src/search/build/feed-memory.ts). */
let deferred = 0;
let unmatched = 0;
let failure: Error | undefined;
/** Part builds run one after the other (memory is that of one part). */
let building: Promise<void> = Promise.resolve();

interface Planned {
  part: SearchPart;
  pages: PartPage[];
  /** Pages of the part not rendered yet. */
  waiting: Set<string>;
}
/** Parts of the plan, and the part of each page. */
let planned: Planned[] = [];
const partOf = new Map<string, Planned>();

function plan(pages: PartPage[]): void {
  const sorted = [...pages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parts = searchParts(countByYear(sorted.map((p) => p.year)), options.partSize);
  const placed = assignPages(sorted, parts);
  planned = parts.map((part) => ({
    part,
    pages: placed[part.index]!,
    waiting: new Set(placed[part.index]!.map((p) => p.id).filter((id) => !fresh.has(id))),
  }));
  for (const p of planned) for (const page of p.pages) partOf.set(page.id, p);
  for (const p of planned) if (p.waiting.size === 0) schedule(p);
}

/**
 * Builds a part whose pages have all been rendered, unless the cache already has it. The plan
 * came from the archive model; a page whose rendered year or date differs from it (it never
 * should) leaves the part to the index step.
 */
function schedule(p: Planned): void {
  if (version === undefined) return;
  const records = p.pages.map((page) => fresh.get(page.id)!);
  if (records.some((r, i) => r.year !== p.pages[i]!.year || r.key !== p.pages[i]!.key)) return;
  const key = partKey(version, p.part.bundle, records);
  building = building.then(async () => {
    if (failure || hasPart(options.cacheDir, key)) return;
    // Astro's memory and the part's Pagefind process together: past the budget, the index step
    // builds this part after Astro has exited.
    if (!partFitsNow(process.memoryUsage.rss(), records.length, options.memoryMiB)) {
      deferred++;
      return;
    }
    try {
      const result = await buildPart(options.cacheDir, key, (dir) =>
        buildSearchPart(dir, partInputs(options.outDir, docsDir, records), p.part.index === 0),
      );
      unmatched += result.unmatched;
      built.push(key);
    } catch (error) {
      failure ??= error as Error;
    }
  });
}

function page(id: string, html: string): void {
  const record = pageRecord(id, html);
  if (!record) return;
  if (docsDir !== undefined && !hasDocument(docsDir, record.hash)) {
    const doc = prepareSearchDocument(html);
    if (doc) storeDocument(docsDir, record.hash, doc);
  }
  fresh.set(id, record);
  const p = partOf.get(id);
  if (p?.waiting.delete(id) && p.waiting.size === 0) schedule(p);
}

/** Waits for the part builds, then records this build's pages (with their files' stamps). */
async function finish(): Promise<FeedResult> {
  await building;
  if (!failure && version !== undefined) {
    const { records } = readRecords(options.cacheDir, version);
    for (const record of fresh.values()) {
      const current = stamped(options.outDir, record);
      if (current) records.set(record.id, current);
    }
    writeRecords(options.cacheDir, version, records.values(), { prune: false, built });
  }
  return {
    error: failure?.message,
    rendered: fresh.size,
    built: built.length,
    deferred,
    unmatched,
  };
}

parentPort!.on('message', (message: FeedMessage) => {
  try {
    if (message.type === 'plan') plan(message.pages);
    else if (message.type === 'page') page(message.id, message.html);
    else void finish().then((result) => parentPort!.postMessage(result));
  } catch (error) {
    failure ??= error as Error;
  }
});
