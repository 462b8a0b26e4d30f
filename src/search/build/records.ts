import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FILTER, PAGEFIND, SORT } from '../contract.ts';
import { prepareSearchDocument, searchRegion, type SearchDocument } from './document.ts';
import type { PartInput } from './part.ts';
import type { PartPage } from './parts.ts';

/**
 * What the search step knows of each release page without reading it again (docs/search.md,
 * "Build"). While Astro renders, every release page passes through the search feed
 * (src/search/build/feed.ts), which keeps, per page:
 * - a **record**: its file, year, date sort key and the SHA-1 of its Pagefind body (what a search
 *   part's cache key is made of), with the file's size and modification time once it is written;
 * - its **search document** (`prepareSearchDocument`), named by that SHA-1, so a page whose
 *   Pagefind body did not change is never prepared twice.
 *
 * Both live in `<cacheDir>/search-docs/<code version>/`: another version of the indexing code
 * (src/search/build/cache.ts, `searchCodeVersion`) starts from nothing. A record is trusted only
 * while its file has the size and modification time it had when it was recorded; any other page
 * is read from the built site again.
 */

const FOLDER = 'search-docs';
const RECORDS = 'pages.json';
const YEAR = new RegExp(`${PAGEFIND.filter}="${FILTER.year}:(\\d+)"`);
const SORT_KEY = new RegExp(`${PAGEFIND.sort}="${SORT.date}:([^"]*)"`);

/** A release page as the search step needs it. */
export interface PageRecord extends PartPage {
  /** Path of the page relative to the site folder (`releases/<slug>/index.html`). */
  id: string;
  /** SHA-1 (hex) of the page's Pagefind body, {@link searchRegion}. */
  hash: string;
  /** Size (bytes) and modification time (ms since 1970, UTC) of the file when recorded. */
  size?: number;
  mtimeMs?: number;
}

/**
 * A flat copy of a string. A regex capture or a parsed attribute is a V8 slice that keeps the
 * whole page it came from in memory (30 kB of UTF-16 per page, 3 GB at 100,000 releases).
 */
export const copyString = (value: string): string => Buffer.from(value, 'utf8').toString('utf8');

/**
 * Reads what the search step needs from a built page.
 * @param id - the page's path relative to the site folder.
 * @returns the record, or `undefined` when the page has no Pagefind body.
 * @throws Error naming the page when it has a body but no year filter (it fits in no part).
 */
export function pageRecord(id: string, html: string): PageRecord | undefined {
  const region = searchRegion(html);
  if (region === undefined) return undefined;
  const year = YEAR.exec(html)?.[1];
  if (!year)
    throw new Error(
      `search index: ${id} has no data-pagefind-filter="year:…" (ReleaseArticle.astro writes it); the page cannot be placed in a search part.`,
    );
  return {
    id: copyString(id),
    year: Number(year),
    key: copyString(SORT_KEY.exec(html)?.[1] ?? ''),
    hash: createHash('sha1').update(region).digest('hex'),
  };
}

/** The folder of one code version's records and documents. */
export function docsDirectory(cacheDir: string, version: string): string {
  return join(cacheDir, FOLDER, version.slice(0, 16));
}

/** What {@link readRecords} returns. */
export interface KeptRecords {
  /** By page file. */
  records: Map<string, PageRecord>;
  /** Keys of the search parts the feed built during the current build (not reused ones). */
  built: Set<string>;
}

/**
 * The records of the last build, and of the pages the feed saw since.
 * @returns empty when none are kept for this code version.
 */
export function readRecords(cacheDir: string, version: string): KeptRecords {
  try {
    const kept = JSON.parse(
      readFileSync(join(docsDirectory(cacheDir, version), RECORDS), 'utf8'),
    ) as { pages: PageRecord[]; built: string[] };
    return { records: new Map(kept.pages.map((r) => [r.id, r])), built: new Set(kept.built) };
  } catch {
    return { records: new Map(), built: new Set() };
  }
}

/**
 * Keeps records for the next build (or for the index step of this one).
 * @param options.prune - also delete the documents of other code versions and those no record
 *   names (the index step, which knows every page of the build, prunes; the feed does not).
 * @param options.built - keys of parts built during this build, for the index step's report.
 */
export function writeRecords(
  cacheDir: string,
  version: string,
  records: Iterable<PageRecord>,
  { prune = true, built = [] }: { prune?: boolean; built?: readonly string[] } = {},
): void {
  const dir = docsDirectory(cacheDir, version);
  mkdirSync(dir, { recursive: true });
  const pages = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  writeFileSync(join(dir, RECORDS), JSON.stringify({ built, pages }));
  if (!prune) return;
  const root = join(cacheDir, FOLDER);
  for (const name of readdirSync(root))
    if (join(root, name) !== dir) rmSync(join(root, name), { recursive: true, force: true });
  const used = new Set(pages.map((r) => `${r.hash}.json`));
  for (const name of readdirSync(dir))
    if (name !== RECORDS && !used.has(name)) rmSync(join(dir, name), { force: true });
}

/**
 * Whether a record still describes its file (same size and modification time).
 * @param siteDir - the built site (absolute).
 */
export function isCurrent(siteDir: string, record: PageRecord): boolean {
  if (record.size === undefined || record.mtimeMs === undefined) return false;
  try {
    const stat = statSync(join(siteDir, record.id));
    return stat.size === record.size && stat.mtimeMs === record.mtimeMs;
  } catch {
    return false;
  }
}

/**
 * The record with its file's size and modification time, or `undefined` when the file is
 * missing.
 */
export function stamped(siteDir: string, record: PageRecord): PageRecord | undefined {
  try {
    const stat = statSync(join(siteDir, record.id));
    return { ...record, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return undefined;
  }
}

/** A search document kept by {@link storeDocument}, or `undefined` when it is not kept. */
export function readDocument(dir: string, hash: string): SearchDocument | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, `${hash}.json`), 'utf8')) as SearchDocument;
  } catch {
    return undefined;
  }
}

/** Whether the document of a Pagefind body is kept. */
export function hasDocument(dir: string, hash: string): boolean {
  try {
    statSync(join(dir, `${hash}.json`));
    return true;
  } catch {
    return false;
  }
}

/** Keeps the search document of a Pagefind body, named by its hash. */
export function storeDocument(dir: string, hash: string, doc: SearchDocument): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${hash}.json`), JSON.stringify(doc));
}

/**
 * The search document of a page: the kept one when there is one, else prepared from the page
 * (and kept).
 * @param dir - {@link docsDirectory}; `undefined`: nothing is kept.
 * @param html - reads the page when its document is not kept.
 */
export async function documentOf(
  dir: string | undefined,
  record: PageRecord,
  html: () => Promise<string>,
): Promise<SearchDocument | undefined> {
  const kept = dir === undefined ? undefined : readDocument(dir, record.hash);
  if (kept) return kept;
  const doc = prepareSearchDocument(await html());
  if (doc && dir !== undefined) storeDocument(dir, record.hash, doc);
  return doc;
}

/**
 * The pages of a part as `buildSearchPart` takes them: each page's kept search document, or one
 * prepared from the built page (and kept for the next build).
 * @param siteDir - the built site (absolute).
 * @param dir - {@link docsDirectory}; `undefined`: nothing is kept.
 */
export function partInputs(
  siteDir: string,
  dir: string | undefined,
  pages: readonly PageRecord[],
): PartInput[] {
  return pages.map((page) => ({
    id: page.id,
    doc: () => documentOf(dir, page, () => readFile(join(siteDir, page.id), 'utf8')),
  }));
}
