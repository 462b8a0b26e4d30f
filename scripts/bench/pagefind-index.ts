/**
 * Builds a plain Pagefind index (no Arabic normalisation) over a built archive in one of three
 * ways, so the benchmark can measure Pagefind's levers in a process of their own (wall time and
 * peak RSS):
 * - `all`: every HTML file (Pagefind parses all pages and keeps those with `data-pagefind-body`;
 *   what the archive did before it listed release pages itself);
 * - `releases`: only `releases/**\/*.html` (the only pages with `data-pagefind-body`), same index;
 * - `split`: release pages grouped into the product's search parts (src/search/build/parts.ts, at
 *   most `--chunk` pages each, whole years newest first), written to `<out>/` (part 0) and
 *   `<out>/part-<year>/` …, each part in a fresh Pagefind process so memory is bounded by the
 *   part, as src/search/build/index-site.ts does.
 *
 * Usage: node scripts/bench/pagefind-index.ts --dist DIR --mode all|releases|split [--chunk 20000] [--out NAME]
 * Prints one JSON line: { mode, pages, indexes, ms }.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import {
  assignPages,
  countByYear,
  searchParts,
  PRIMARY_BUNDLE,
} from '../../src/search/build/parts.ts';

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
  const added = await index.addDirectory(
    mode === 'all' ? { path: dist } : { path: dist, glob: 'releases/**/*.html' },
  );
  if (added.errors.length) throw new Error(added.errors.join('; '));
  pages = added.page_count;
  await write(index, values.out!);
  await pagefind.close();
} else if (mode === 'split') {
  const chunk = Number(values.chunk);
  const found = readdirSync(join(dist, 'releases'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .sort()
    .map((f) => {
      const file = join(dist, 'releases', f);
      const html = readFileSync(file, 'utf8');
      const year = /data-pagefind-filter="year:(\d+)"/.exec(html)?.[1];
      if (!year) throw new Error(`${file}: no year filter`);
      return {
        file,
        id: f,
        year: Number(year),
        key: /data-pagefind-sort="date:([^"]*)"/.exec(html)?.[1] ?? '',
      };
    });
  const parts = searchParts(countByYear(found.map((p) => p.year)), chunk);
  const placed = assignPages(found, parts);
  indexes = parts.length;
  rmSync(join(dist, values.out!), { recursive: true, force: true });
  for (const part of parts) {
    const index = await open();
    for (const { file } of placed[part.index]!) {
      const url = `/${relative(dist, file).replace(/index\.html$/, '')}`;
      const added = await index.addHTMLFile({ url, content: readFileSync(file, 'utf8') });
      if (added.errors.length) throw new Error(added.errors.join('; '));
      pages++;
    }
    const written = await index.writeFiles({
      outputPath: join(dist, values.out!, part.bundle.slice(PRIMARY_BUNDLE.length)),
    });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    await pagefind.close(); // ends the Pagefind process: the next part starts from zero memory
  }
} else {
  throw new Error(`unknown --mode ${mode}: use all, releases or split`);
}
console.log(JSON.stringify({ mode, pages, indexes, ms: Math.round(performance.now() - started) }));
