import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { prepareSearchDocument, type SearchDocument } from '../lib/search-document.ts';
import { restoreFragment, type PagefindFragment } from '../lib/search-restore.ts';

/**
 * Builds the search index at the end of `astro build` (`astro:build:done`), so `npm run build`
 * alone gives a searchable archive. See docs/search.md for the design:
 * 1. every built page with a `data-pagefind-body` (the release pages) is read once and a copy
 *    whose words are normalised (src/lib/search-document.ts) is given to Pagefind (`addHTMLFile`);
 * 2. the index is written to `<out>/pagefind/`, then each result fragment file gets the original
 *    words back (src/lib/search-restore.ts), one file at a time.
 * Work is linear in the number of releases; pages are read a batch at a time.
 */

/** Pagefind's signature at the start of every decompressed index file. */
const SIGNATURE = 'pagefind_dcd';
const BATCH = 32;

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) out.push(join(entry.parentPath, entry.name));
  }
  return out.sort();
}

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
 * Indexes a built site into `<outDir>/pagefind/`.
 * @param outDir - the built site folder (absolute).
 * @returns pages indexed and words that could not be restored to their original spelling.
 * @throws Error naming the page when Pagefind rejects a page or the index cannot be written.
 */
export async function buildSearchIndex(outDir: string): Promise<{ pages: number; unmatched: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Per page URL: what restoring its fragment needs (words joined by newlines, a compact string).
    const restore = new Map<string, Omit<SearchDocument, 'html' | 'words'> & { words: string }>();
    const files = await htmlFiles(outDir);
    let pages = 0;
    for (let i = 0; i < files.length; i += BATCH) {
      await Promise.all(
        files.slice(i, i + BATCH).map(async (file) => {
          const html = await readFile(file, 'utf8');
          if (!html.includes('data-pagefind-body')) return;
          const doc = prepareSearchDocument(html);
          if (!doc) return;
          const sourcePath = relative(outDir, file).split(sep).join('/');
          const added = await index.addHTMLFile({ sourcePath, content: doc.html });
          if (added.errors.length) throw new Error(`search index: ${sourcePath}: ${added.errors.join('; ')}`);
          pages++;
          restore.set(added.file.url, { title: doc.title, meta: doc.meta, dropMeta: doc.dropMeta, words: doc.words.join('\n') });
        }),
      );
    }
    const bundle = join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    // Restore the fragments on disk, one file at a time (memory stays flat at any archive size).
    let unmatched = 0;
    const fragmentDir = join(bundle, 'fragment');
    const names = (await readdir(fragmentDir)).filter((name) => name.endsWith('.pf_fragment'));
    for (let i = 0; i < names.length; i += BATCH) {
      await Promise.all(
        names.slice(i, i + BATCH).map(async (name) => {
          const path = join(fragmentDir, name);
          const data = readFragmentFile(await readFile(path), path) as PagefindFragment | Record<string, PagefindFragment>;
          const fragments: PagefindFragment[] =
            typeof (data as PagefindFragment).url === 'string' ? [data as PagefindFragment] : Object.values(data as Record<string, PagefindFragment>);
          for (const fragment of fragments) {
            const doc = restore.get(fragment.url);
            if (!doc) throw new Error(`search index: no original text for ${fragment.url}`);
            unmatched += restoreFragment(fragment, { ...doc, words: doc.words.split('\n') });
            restore.delete(fragment.url);
          }
          await writeFile(path, writeFragmentFile(data));
        }),
      );
    }
    return { pages, unmatched };
  } finally {
    await pagefind.close();
  }
}

/**
 * Plain Pagefind over the built pages, without normalisation: only for measuring the difference
 * (`ARCHIVE_SEARCH_PLAIN=1`, see tests/search/quality.test.ts and docs/search.md).
 */
async function buildPlainIndex(outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/** True when the build asks for plain Pagefind (`ARCHIVE_SEARCH_PLAIN=1`), for comparisons only. */
export const plainSearch = (env: Record<string, string | undefined> = process.env) => env['ARCHIVE_SEARCH_PLAIN'] === '1';

/** The Astro integration: runs {@link buildSearchIndex} after every build. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        if (plainSearch()) {
          const { pages } = await buildPlainIndex(outDir);
          logger.warn(`search index: PLAIN Pagefind (ARCHIVE_SEARCH_PLAIN=1), ${pages} pages — for comparisons only`);
          return;
        }
        const { pages, unmatched } = await buildSearchIndex(outDir);
        if (unmatched) logger.warn(`search index: ${unmatched} words of result excerpts could not be restored to their original spelling`);
        logger.info(`search index: ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
