import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { createPagefindIndex } from './pagefind-service.ts';
import type { SearchDocument } from './document.ts';
import { copyString } from './records.ts';
import { restoreFragment, type PagefindFragment } from './restore.ts';

/**
 * Builds one part of the search index (one Pagefind bundle) in a fresh Pagefind process, so that
 * memory is bounded by the part's size (docs/search.md, "Parts"):
 * 1. each page's copy whose words are normalised (src/search/build/document.ts, prepared while
 *    the page was rendered or read from the built page, src/search/build/records.ts) is given to
 *    Pagefind (`addHTMLFile`), in the order of the pages' files;
 * 2. the bundle is written, then each result fragment file gets the original words back
 *    (src/search/build/restore.ts), one file at a time;
 * 3. the Pagefind process is closed before the next part starts.
 */

/** A page of a part: its file relative to the site folder, and its search document. */
export interface PartInput {
  id: string;
  /** The page's search document, `undefined` when it has no Pagefind body (then skipped). */
  doc: () => Promise<SearchDocument | undefined>;
}

/**
 * The index language given to Pagefind: `ara`, ISO 639-2 for Arabic. Pagefind picks a stemmer by
 * the two-letter code only (`ar` → Snowball Arabic), and the search keys (src/arabic/search-fold.ts)
 * must reach the index as they are: a stemmer would fold their terminator letter and cut their
 * letters again. With no stemmer Pagefind also ships its generic WebAssembly (`wasm.unknown`,
 * 55 KB instead of 60 KB for `wasm.ar`). The browser finds this index whatever its page language,
 * since the bundle holds only one.
 */
export const INDEX_LANGUAGE = 'ara';

/** Pagefind's signature at the start of every decompressed index file. */
const SIGNATURE = 'pagefind_dcd';
const BATCH = 32;

/** Decompressed fragment JSON (one fragment, or a group keyed by page hash). */
function readFragmentFile(content: Uint8Array, path: string): unknown {
  const raw = gunzipSync(content).toString('utf8');
  if (!raw.startsWith(SIGNATURE)) throw new Error(`search index: ${path} is not a Pagefind file`);
  return JSON.parse(raw.slice(SIGNATURE.length));
}

function writeFragmentFile(data: unknown): Buffer {
  return gzipSync(Buffer.from(SIGNATURE + JSON.stringify(data), 'utf8'), { level: 9 });
}

/**
 * Removes from a merged part's bundle what the browser takes from the primary bundle only
 * (Pagefind's scripts, styles and WebAssembly), keeping `pagefind-entry.json`, the `pf_meta` file
 * and the index, filter and fragment folders.
 */
async function dropSharedFiles(bundleDir: string): Promise<void> {
  for (const name of await readdir(bundleDir)) {
    if (/^pagefind[\w-]*\.(js|css)$/.test(name) || /^wasm\.[\w-]+\.pagefind$/.test(name))
      await rm(join(bundleDir, name));
  }
}

/**
 * Indexes the given pages into one Pagefind bundle and restores its fragments.
 * @param bundleDir - the bundle folder to write (absolute), e.g. `<outDir>/pagefind/part-2019/`.
 * @param pages - the part's release pages, in the order Pagefind numbers them (by file).
 * @param primary - whether this is part 0, the bundle that also carries Pagefind's scripts and
 *   WebAssembly (other parts are merged into it in the browser and keep only their index).
 * @returns pages indexed and words that could not be restored to their original spelling.
 * @throws Error naming the page when Pagefind rejects a page, or when the bundle cannot be written.
 */
export async function buildSearchPart(
  bundleDir: string,
  pages: readonly PartInput[],
  primary = true,
): Promise<{ pages: number; unmatched: number }> {
  const { index, errors } = await createPagefindIndex(INDEX_LANGUAGE);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let indexing: Promise<unknown> = Promise.resolve();
  try {
    // Per page URL: what restoring its fragment needs (words joined by newlines, a compact string).
    const restore = new Map<string, Omit<SearchDocument, 'html' | 'words'> & { words: string }>();
    let indexed = 0;
    // Pagefind indexes one batch in its own process while this thread prepares the next one
    // (measured: 3,000 pages 13.7 → 11.8 s).
    for (let i = 0; i < pages.length; i += BATCH) {
      // Pages are read in parallel but handed to Pagefind in file order, so that the same pages
      // always give the same bundle (page numbering follows the order of addHTMLFile calls).
      const docs = await Promise.all(
        pages.slice(i, i + BATCH).map(async (page) => ({ id: page.id, doc: await page.doc() })),
      );
      await indexing;
      indexing = Promise.all(
        docs.map(async ({ id: sourcePath, doc }) => {
          if (!doc) return;
          const added = await index.addHTMLFile({ sourcePath, content: doc.html });
          if (added.errors.length)
            throw new Error(`search index: ${sourcePath}: ${added.errors.join('; ')}`);
          indexed++;
          // Copies, not slices of the page (a slice keeps the whole page in memory until the part is done).
          const meta = Object.fromEntries(
            Object.entries(doc.meta).map(([key, value]) => [key, copyString(value)]),
          );
          restore.set(added.file.url, {
            title: doc.title === undefined ? undefined : copyString(doc.title),
            textStart: doc.textStart,
            meta,
            dropMeta: doc.dropMeta,
            words: doc.words.join('\n'),
          });
        }),
      );
      // Handled here so that a rejected batch waits for the next `await` instead of crashing Node.
      indexing.catch(() => {});
    }
    await indexing;
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length)
      throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    // Restore the fragments on disk, one file at a time (memory stays flat at any part size).
    let unmatched = 0;
    const fragmentDir = join(bundleDir, 'fragment');
    const names = (await readdir(fragmentDir)).filter((name) => name.endsWith('.pf_fragment'));
    for (let i = 0; i < names.length; i += BATCH) {
      await Promise.all(
        names.slice(i, i + BATCH).map(async (name) => {
          const path = join(fragmentDir, name);
          const data = readFragmentFile(await readFile(path), path) as
            PagefindFragment | Record<string, PagefindFragment>;
          const fragments: PagefindFragment[] =
            typeof (data as PagefindFragment).url === 'string'
              ? [data as PagefindFragment]
              : Object.values(data as Record<string, PagefindFragment>);
          for (const fragment of fragments) {
            const doc = restore.get(fragment.url);
            if (!doc)
              throw new Error(`search index: no original text for ${fragment.url} in ${bundleDir}`);
            unmatched += restoreFragment(fragment, { ...doc, words: doc.words.split('\n') });
            restore.delete(fragment.url);
          }
          await writeFile(path, writeFragmentFile(data));
        }),
      );
    }
    if (!primary) await dropSharedFiles(bundleDir);
    return { pages: indexed, unmatched };
  } finally {
    // A batch still being indexed when preparing the next one failed: let it settle first.
    await indexing.catch(() => {});
    await pagefind.close();
  }
}
