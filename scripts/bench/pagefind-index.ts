/**
 * Builds a Pagefind index over a built archive in one of three ways, so the benchmark can measure
 * Pagefind's levers in a process of their own (wall time and peak RSS):
 * - `all`: every HTML file (what `src/integrations/pagefind.ts` does today: Pagefind parses all
 *   pages and keeps those with `data-pagefind-body`);
 * - `releases`: only `releases/**\/*.html` (the only pages with `data-pagefind-body`), same index;
 * - `split`: release pages in chunks of `--chunk` pages, one index per chunk written to
 *   `pagefind/` (first) and `pagefind-2/`, `pagefind-3/` …, each chunk in a fresh Pagefind
 *   process so memory is bounded by the chunk. The search page then merges them in the browser
 *   with `mergeIndex` (Pagefind's documented multi-site search).
 *
 * Usage: node scripts/bench/pagefind-index.ts --dist DIR --mode all|releases|split [--chunk 20000] [--out NAME]
 * Prints one JSON line: { mode, pages, indexes, ms }.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    mode: { type: 'string', default: 'all' },
    chunk: { type: 'string', default: '20000' },
    out: { type: 'string', default: 'pagefind' },
  },
});
const dist = values.dist!;
const mode = values.mode!;
const started = performance.now();

async function open() {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

async function write(index: Awaited<ReturnType<typeof open>>, name: string) {
  rmSync(join(dist, name), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: join(dist, name) });
  if (written.errors.length) throw new Error(written.errors.join('; '));
}

let pages = 0;
let indexes = 1;
if (mode === 'all' || mode === 'releases') {
  const index = await open();
  const added = await index.addDirectory(mode === 'all' ? { path: dist } : { path: dist, glob: 'releases/**/*.html' });
  if (added.errors.length) throw new Error(added.errors.join('; '));
  pages = added.page_count;
  await write(index, values.out!);
  await pagefind.close();
} else if (mode === 'split') {
  const chunk = Number(values.chunk);
  const files = readdirSync(join(dist, 'releases'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .sort()
    .map((f) => join(dist, 'releases', f));
  indexes = Math.max(1, Math.ceil(files.length / chunk));
  for (let k = 0; k < indexes; k++) {
    const index = await open();
    for (const file of files.slice(k * chunk, (k + 1) * chunk)) {
      const url = `/${relative(dist, file).replace(/index\.html$/, '')}`;
      const added = await index.addHTMLFile({ url, content: readFileSync(file, 'utf8') });
      if (added.errors.length) throw new Error(added.errors.join('; '));
      pages++;
    }
    await write(index, k === 0 ? values.out! : `${values.out!}-${k + 1}`);
    await pagefind.close(); // ends the Pagefind process: the next chunk starts from zero memory
  }
} else {
  throw new Error(`unknown --mode ${mode}: use all, releases or split`);
}
console.log(JSON.stringify({ mode, pages, indexes, ms: Math.round(performance.now() - started) }));
