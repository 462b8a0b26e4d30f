/**
 * `npm run bench -- --releases N`: generates a synthetic archive of N releases, builds it the way
 * this project builds (cold, warm, after adding one release), builds it the stock way
 * (`ARCHIVE_STOCK_BUILD=1`: Astro's `glob()` + MDX for every release) in the same run, measures
 * Pagefind variants, output sizes and what a browser downloads, and writes
 * `<out>/report.json` and `<out>/report.md`.
 *
 * Options: --releases N (default 500) · --seed S (7) · --out DIR (bench-out/<N>) ·
 * --stock on|off (default on up to 20,000 releases) · --chunk P (search index part size, passed to
 * the build as ARCHIVE_SEARCH_PART_SIZE; default: the archive's `searchPartSize`, 10,000: the build
 * indexes the release pages in parts of at most P pages, src/search/build/parts.ts; `--search split`
 * is accepted for older command lines and means the same) · --levers on|off (measure
 * Pagefind variants standalone; default on up to 20,000) · --browser on|off (default on) ·
 * --rebuilds on|off|add-one (warm and add-one rebuilds, or the add-one only; default on) ·
 * --env NAME=VALUE,… (extra environment for this project's builds, e.g. to try an allocator:
 * LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2) · --stock-rebuild on|off (stock
 * add-one rebuild; default on up to 2,000 releases: stock MDX has no cache, so it costs a cold build) ·
 * --optimised off (only the stock build, e.g. to run both variants as two parallel processes and
 * compare their CPU times) · --hugo on|off (the Hugo + Pagefind CLI peer over the same releases,
 * scripts/bench/hugo.ts; default on, needs Debian's `hugo`) · --share-cards all|og|site (the
 * `shareCards` setting of both Astro builds, as ARCHIVE_SHARE_CARDS; default: the archive's) ·
 * --add-date YYYY-MM-DD (the added release's date; default 2025-12-30, the corpus's newest year,
 * an ordinary day's publish; 2026-01-05 measures the first release of a new year, which also
 * regroups the search parts of the year before, src/search/build/parts.ts).
 * No timing assertion anywhere: CI runs it as a smoke test.
 */
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, prepareImages, writeRelease } from './corpus.ts';
import { CONTENT_WORDS } from './vocabulary.ts';
import { machine, markdownReport, type Report, type BuildRun } from './report.ts';
import { parsePhases, runMeasured } from './measure.ts';
import { ENV } from '../../src/config/env.ts';
import { searchPageParts } from '../../tests/helpers/pagefind.ts';
import { measureSearchBytes, type SearchBytes } from './search-bytes.ts';
import { measureFirstVisits, type FirstVisit } from './first-visit.ts';
import { pageWeight, samplePages, treeSize } from './sizes.ts';
import {
  addHugoRelease,
  buildHugoPeer,
  cleanHugo,
  hugoVersion,
  removeHugoRelease,
  writeHugoSite,
  type PeerRun,
} from './hugo.ts';
import { config } from '../../src/config/settings.ts';
import { measureLevers } from './levers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    releases: { type: 'string', default: '500' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string' },
    stock: { type: 'string' },
    search: { type: 'string', default: 'integrated' },
    chunk: { type: 'string' },
    levers: { type: 'string' },
    browser: { type: 'string', default: 'on' },
    rebuilds: { type: 'string', default: 'on' },
    env: { type: 'string', default: '' },
    optimised: { type: 'string', default: 'on' },
    'stock-rebuild': { type: 'string' },
    hugo: { type: 'string', default: 'on' },
    'share-cards': { type: 'string' },
    'add-date': { type: 'string', default: '2025-12-30' },
  },
});
const N = Number(values.releases);
if (!Number.isInteger(N) || N < 1) throw new Error('--releases must be a whole number ≥ 1');
const seed = Number(values.seed);
const OUT = resolve(values.out ?? join(ROOT, 'bench-out', String(N)));
const stockOn = (values.stock ?? (N <= 20_000 ? 'on' : 'off')) === 'on';
const leversOn = (values.levers ?? (N <= 20_000 ? 'on' : 'off')) === 'on';
if (values.search !== 'integrated' && values.search !== 'split')
  throw new Error('--search must be integrated (or split, the same: the build indexes in parts)');
const rebuilds = values.rebuilds === 'on' || values.rebuilds === 'add-one';
const warmOn = values.rebuilds === 'on';
const extraEnv = Object.fromEntries(
  values
    .env!.split(',')
    .filter(Boolean)
    .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);
const stockRebuild = (values['stock-rebuild'] ?? (N <= 2000 ? 'on' : 'off')) === 'on';
const chunk = values.chunk === undefined ? undefined : Number(values.chunk);
if (chunk !== undefined && (!Number.isInteger(chunk) || chunk < 1))
  throw new Error('--chunk must be a whole number ≥ 1 (pages per search index part)');
const shareCards = values['share-cards'];
if (shareCards !== undefined && !['all', 'og', 'site'].includes(shareCards))
  throw new Error('--share-cards must be all, og or site');
const addDate = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values['add-date']!);
if (!addDate) throw new Error('--add-date must be YYYY-MM-DD');
const hugoOn = values.hugo === 'on';
const hugo = hugoOn ? hugoVersion() : undefined;
if (hugoOn && !hugo)
  throw new Error('hugo is not installed: apt-get install hugo (Debian), or run with --hugo off');
const RELEASES = join(OUT, 'releases');
const NODE = process.execPath;
const log = (s: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);

mkdirSync(OUT, { recursive: true });
// Astro writes .astro/ in the project root: each benchmark builds a private copy of the project
// (node_modules linked) so that it cannot collide with the tests or with another benchmark.
const PROJECT = join(OUT, 'project');
rmSync(PROJECT, { recursive: true, force: true });
mkdirSync(PROJECT, { recursive: true });
for (const item of [
  'src',
  'public',
  'branding',
  'scripts',
  'astro.config.mjs',
  'archive.config.mjs',
  'archive.config.d.mts',
  'package.json',
  'tsconfig.json',
]) {
  if (existsSync(join(ROOT, item)))
    cpSync(join(ROOT, item), join(PROJECT, item), { recursive: true });
}
symlinkSync(join(ROOT, 'node_modules'), join(PROJECT, 'node_modules'));
log(`generating ${N} releases into ${RELEASES}`);
const corpus = await generateCorpus(RELEASES, N, seed, join(OUT, 'images'));
log(`corpus: ${JSON.stringify(corpus)}`);

type Variant = 'optimised' | 'stock';
function dirs(variant: Variant) {
  return { dist: join(OUT, variant, 'dist'), cache: join(OUT, variant, 'cache') };
}

/** Runs `astro build` (with its Pagefind step, in parts of --chunk pages when given) and measures it. */
async function build(variant: Variant, label: string): Promise<BuildRun> {
  const { dist, cache } = dirs(variant);
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    [ENV.releasesDir]: RELEASES,
    [ENV.outDir]: dist,
    [ENV.cacheDir]: cache,
    [ENV.stockBuild]: variant === 'stock' ? '1' : '0',
    [ENV.searchIndex]: 'on',
    ...(chunk !== undefined ? { [ENV.searchPartSize]: String(chunk) } : {}),
    ...(shareCards !== undefined ? { [ENV.shareCards]: shareCards } : {}),
    ...(variant === 'optimised' ? extraEnv : {}),
  };
  log(`${variant} ${label}: astro build…`);
  // What `npm run build` runs: astro build, then the search index in a fresh process.
  const astro = await runMeasured(NODE, ['scripts/build.ts'], {
    env,
    cwd: PROJECT,
    logFile: join(OUT, `${variant}-${label}.log`),
  });
  if (astro.code !== 0)
    throw new Error(
      `${variant} ${label} build failed, see ${join(OUT, `${variant}-${label}.log`)}\n${astro.log.slice(-3000)}`,
    );
  const phases = parsePhases(astro.log);
  const run: BuildRun = {
    label,
    ms: astro.ms,
    cpuMs: astro.cpuMs,
    peakRss: astro.peakRss,
    load: astro.load,
    phases,
  };
  log(
    `${variant} ${label}: ${(run.ms / 1000).toFixed(1)} s (CPU ${((run.cpuMs ?? 0) / 1000).toFixed(1)} s), peak ${(run.peakRss / 2 ** 20).toFixed(0)} MiB, load ${run.load.map((l) => l.toFixed(1)).join('→')}`,
  );
  return run;
}

function clean(variant: Variant) {
  const { dist, cache } = dirs(variant);
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
}

const images = await prepareImages(join(OUT, 'images'));
// "Adding one release" is what an office does every day: a release newer than every other one
// (the corpus spans 2011–2025, days 1–28), which also moves every home page by one.
const addOne = () =>
  writeRelease(RELEASES, seed, N, images, {
    year: Number(addDate[1]),
    month: Number(addDate[2]),
    day: Number(addDate[3]),
  });
const removeAdded = (file: string) =>
  rmSync(join(RELEASES, file.replace(/\/index\.mdx$/, '')), { recursive: true, force: true });

if (values.optimised === 'off') {
  clean('stock');
  const stockCold = await build('stock', 'cold');
  const partial = {
    date: new Date().toISOString(),
    machine: machine(ROOT),
    releases: N,
    seed,
    corpus,
    stock: { cold: stockCold },
  };
  writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(partial, null, 2)}\n`);
  log(`stock build only: wrote ${join(OUT, 'report.json')}`);
  process.exit(0);
}

const HUGO_SITE = join(OUT, 'hugo');
/** The Hugo + Pagefind peer, built right after this project's build of the same releases. */
async function hugoPeer(label: string): Promise<PeerRun> {
  log(`Hugo + Pagefind ${label}…`);
  const run = await buildHugoPeer(HUGO_SITE, label, join(OUT, `hugo-${label}`));
  log(
    `Hugo + Pagefind ${label}: ${(run.ms / 1000).toFixed(1)} s (hugo ${(run.hugo.ms / 1000).toFixed(1)} s, pagefind ${(run.pagefind.ms / 1000).toFixed(1)} s; CPU ${((run.cpuMs ?? 0) / 1000).toFixed(1)} s), ${run.pages} pages, peak ${(run.peakRss / 2 ** 20).toFixed(0)} MiB`,
  );
  return run;
}

// This project's build: cold, warm (no change), after adding one release; the Hugo peer after
// the cold and the add-one builds, so that each pair ran under the same machine load.
clean('optimised');
const cold = await build('optimised', 'cold');
let peer: { cold: PeerRun; addOne?: PeerRun } | undefined;
if (hugo) {
  writeHugoSite(HUGO_SITE, RELEASES, config.pageSize);
  cleanHugo(HUGO_SITE);
  peer = { cold: await hugoPeer('cold') };
}
const { dist } = dirs('optimised');
// Every part's bundle lives under pagefind/ (pagefind/part-<year>/ …), so one tree holds them all.
const sizes = { dist: treeSize(dist), searchIndex: treeSize(join(dist, 'pagefind')) };
/** The parts the built search page reads (`data-parts`, newest first; the first is the primary). */
const parts = searchPageParts(dist);
log(`search index: ${parts.length} part(s): ${parts.join(' ')}`);
const pages = samplePages(dist);
const weights = Object.fromEntries(
  Object.entries(pages).map(([type, path]) => [type, pageWeight(dist, path)]),
);
let searchBytes: SearchBytes | undefined;
if (values.browser === 'on' && pages['release']) {
  log('measuring search downloads in Chromium…');
  // A common word (rank 30 of the corpus vocabulary) first, then a rarer one (rank 400), typed
  // into the search page, which reads the parts it needs (src/search/browser/plan.ts).
  searchBytes = await measureSearchBytes(dist, [CONTENT_WORDS[30]!, CONTENT_WORDS[400]!]);
  log(`search bytes: ${JSON.stringify(searchBytes)}`);
}
let firstVisits: Record<string, FirstVisit> | undefined;
if (values.browser === 'on') {
  log('measuring first visits in Chromium…');
  // HTML, CSS, fonts (and JS) a reader with an empty cache downloads, per page type.
  firstVisits = await measureFirstVisits(dist, pages);
  log(
    `first visits: ${JSON.stringify(Object.fromEntries(Object.entries(firstVisits).map(([k, v]) => [k, v.total])))}`,
  );
}
let warm: BuildRun | undefined;
let addOneRun: BuildRun | undefined;
if (rebuilds) {
  if (warmOn) warm = await build('optimised', 'warm');
  const added = addOne();
  addOneRun = await build('optimised', 'add-one');
  if (peer) {
    addHugoRelease(HUGO_SITE, RELEASES, added.file);
    peer.addOne = await hugoPeer('add-one');
    removeHugoRelease(HUGO_SITE, added.file);
  }
  removeAdded(added.file);
}

// Pagefind variants on the same dist, each in its own measured process.
const levers = leversOn ? await measureLevers(dist, chunk, OUT, log) : {};

// Stock build of the same corpus in the same run.
let stock: { cold: BuildRun; addOne?: BuildRun } | undefined;
if (stockOn) {
  clean('stock');
  stock = { cold: await build('stock', 'cold') };
  if (stockRebuild) {
    const again = addOne();
    stock.addOne = await build('stock', 'add-one');
    removeAdded(again.file);
  }
}

const report: Report = {
  date: new Date().toISOString(),
  machine: machine(ROOT),
  releases: N,
  seed,
  corpus,
  addedReleaseDate: values['add-date']!,
  searchMode: `built after astro build by npm run build's script (scripts/build.ts, src/search/build/index-site.ts), ${parts.length} part(s) of at most ${chunk ?? 'the default searchPartSize (archive.config.mjs)'} pages`,
  optimised: { cold, ...(warm ? { warm } : {}), ...(addOneRun ? { addOne: addOneRun } : {}) },
  ...(stock ? { stock } : {}),
  ...(peer ? { hugo: { version: hugo!, ...peer } } : {}),
  sizes,
  pageWeights: weights,
  ...(searchBytes ? { searchBytes } : {}),
  ...(firstVisits ? { firstVisits } : {}),
  pagefindLevers: levers,
};
writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
const md = markdownReport(report);
writeFileSync(join(OUT, 'report.md'), md);
console.log(`\n${md}`);
log(`wrote ${join(OUT, 'report.json')} and report.md`);
