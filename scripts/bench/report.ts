/**
 * The benchmark report: machine description, JSON shape and the Markdown table.
 */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Phases } from './measure.ts';
import type { CorpusStats } from './corpus.ts';
import type { SearchBytes } from './search-bytes.ts';
import type { FirstVisit } from './first-visit.ts';
import type { PageWeight, TreeSize } from './sizes.ts';
import type { PeerRun } from './hugo.ts';

export interface BuildRun {
  label: string;
  /** Wall time, ms. */
  ms: number;
  /** CPU time (user + system) of the process tree, ms; null without GNU time. */
  cpuMs: number | null;
  /** Peak RSS of the process tree, bytes. */
  peakRss: number;
  /** 1-minute load average before and after. */
  load: [number, number];
  phases: Phases;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  astro: string;
  mdx: string;
  pagefind: string;
}

export interface Report {
  date: string;
  machine: Machine;
  releases: number;
  seed: number;
  corpus: CorpusStats;
  searchMode: string;
  /** Date (YYYY-MM-DD) of the release the add-one rebuilds add (`--add-date`). */
  addedReleaseDate?: string;
  optimised: { cold: BuildRun; warm?: BuildRun; addOne?: BuildRun };
  stock?: { cold: BuildRun; addOne?: BuildRun };
  /** The Hugo + Pagefind CLI peer over the same releases (scripts/bench/hugo.ts). */
  hugo?: { version: string; cold: PeerRun; addOne?: PeerRun };
  sizes: { dist: TreeSize; searchIndex: TreeSize };
  pageWeights: Record<string, PageWeight>;
  searchBytes?: SearchBytes;
  /** First visit of each sample page in Chromium, empty cache (scripts/bench/first-visit.ts). */
  firstVisits?: Record<string, FirstVisit>;
  pagefindLevers: Record<
    string,
    { ms: number; peakRss: number; load: [number, number]; result: unknown }
  >;
}

const version = (root: string, pkg: string) =>
  (
    JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/** Describes this machine and the versions in node_modules. */
export function machine(root: string): Machine {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
    astro: version(root, 'astro'),
    mdx: version(root, '@astrojs/mdx'),
    pagefind: version(root, 'pagefind'),
  };
}

const s = (ms: number | null | undefined) => (ms == null ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const ratio = (stock: number | undefined, ours: number) =>
  stock ? `${(stock / ours).toFixed(1)}×` : '–';
/** How many cores a run kept busy on average: CPU time ÷ wall time. */
const cores = (r: { ms: number; cpuMs: number | null } | undefined) =>
  r?.cpuMs ? `${(r.cpuMs / r.ms).toFixed(2)}` : '–';
/** This project ÷ the peer, two decimals (the issue's "≤ 2× Hugo + Pagefind"). */
const versus = (ours: number | null | undefined, peer: number | null | undefined) =>
  ours && peer ? `${(ours / peer).toFixed(2)}×` : '–';
const load = (r: { load: [number, number] } | undefined) =>
  r ? r.load.map((l) => l.toFixed(1)).join(' → ') : '–';

const phases = (r: BuildRun) =>
  [
    r.phases.releaseChecks,
    r.phases.contentSync,
    r.phases.viteBuild,
    r.phases.generatePages,
    r.phases.images,
  ]
    .map(s)
    .join(' / ');

/** Renders the report as Markdown (a heading and tables). */
export function markdownReport(r: Report): string {
  const { cold, warm, addOne } = r.optimised;
  const m = r.machine;
  const h = r.hugo;
  const lines = [
    `### ${r.releases.toLocaleString('en')} releases`,
    '',
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpus} × ${m.cpuModel}, ${(m.memoryBytes / 2 ** 30).toFixed(0)} GiB, Node ${m.node}, Astro ${m.astro}, @astrojs/mdx ${m.mdx}, Pagefind ${m.pagefind}.`,
    `Corpus: seed ${r.seed}, ${r.corpus.withImage} releases with an image, ${r.corpus.withMdxElement} with an MDX element. Search index: ${r.searchMode}.`,
    `Peak RSS = summed resident memory of the build's whole process tree (Node + Pagefind), sampled every 100 ms from /proc.`,
    ...(h
      ? [
          `Hugo peer: ${h.version.split(' ').slice(0, 2).join(' ')}, \`hugo\` then Pagefind's CLI on the release pages (scripts/bench/hugo.ts); its times are the two commands' sums, its peak the larger one.`,
        ]
      : []),
    '',
    '| Build | This project | Stock Astro (glob + MDX) | Hugo + Pagefind CLI | This project ÷ Hugo + Pagefind | Stock ÷ this project |',
    '|---|---|---|---|---|---|',
    `| Cold build, wall time (incl. search index) | ${s(cold.ms)} | ${s(r.stock?.cold.ms)} | ${s(h?.cold.ms)} | ${versus(cold.ms, h?.cold.ms)} | ${ratio(r.stock?.cold.ms, cold.ms)} |`,
    `| CPU time of the build (user + system, all processes) | ${s(cold.cpuMs)} | ${s(r.stock?.cold.cpuMs)} | ${s(h?.cold.cpuMs)} | ${versus(cold.cpuMs, h?.cold.cpuMs)} | ${r.stock?.cold.cpuMs && cold.cpuMs ? ratio(r.stock.cold.cpuMs, cold.cpuMs) : '–'} |`,
    `| Cores busy on average (CPU time ÷ wall time, of ${m.cpus}) | ${cores(cold)} | ${cores(r.stock?.cold)} | ${cores(h?.cold)} | | |`,
    `| Releases per second (cold) | ${(r.releases / (cold.ms / 1000)).toFixed(0)} | ${r.stock ? (r.releases / (r.stock.cold.ms / 1000)).toFixed(0) : '–'} | ${h ? (r.releases / (h.cold.ms / 1000)).toFixed(0) : '–'} | | |`,
    `| Peak RSS (cold) | ${mib(cold.peakRss)} | ${r.stock ? mib(r.stock.cold.peakRss) : '–'} | ${h ? mib(h.cold.peakRss) : '–'} | | |`,
    `| — release checks / content sync / Vite build / pages / images | ${phases(cold)} | ${r.stock ? phases(r.stock.cold) : '–'} | ${h ? `hugo ${s(h.cold.hugo.ms)} (${h.cold.pages.toLocaleString('en')} pages) | | |` : '– | | |'}`,
    `| — search index | ${s(cold.phases.pagefind)} | ${s(r.stock?.cold.phases.pagefind)} | ${h ? `pagefind ${s(h.cold.pagefind.ms)} (${h.cold.indexed.toLocaleString('en')} pages)` : '–'} | | |`,
    `| Warm rebuild, no change (CPU time) | ${s(warm?.ms)} (${s(warm?.cpuMs)}) | – | – | | |`,
    `| Rebuild after adding one release${r.addedReleaseDate ? ` dated ${r.addedReleaseDate}` : ''} (CPU time) | ${addOne ? `${s(addOne.ms)} (${s(addOne.cpuMs)}), ${((100 * addOne.ms) / cold.ms).toFixed(0)} % of cold` : '–'} | ${s(r.stock?.addOne?.ms)} | ${h?.addOne ? `${s(h.addOne.ms)} (${s(h.addOne.cpuMs)})` : '–'} | ${versus(addOne?.ms, h?.addOne?.ms)} | ${addOne ? ratio(r.stock?.addOne?.ms, addOne.ms) : '–'} |`,
    `| Load average (1 min) during cold / warm / add-one | ${load(cold)} / ${load(warm)} / ${load(addOne)} | ${r.stock ? `${load(r.stock.cold)} / – / ${load(r.stock.addOne)}` : '–'} | ${h ? `${load(h.cold)} / – / ${load(h.addOne)}` : '–'} | | |`,
    '',
    '| Output | Value |',
    '|---|---|',
    `| dist/ | ${mib(r.sizes.dist.bytes)}, ${r.sizes.dist.files.toLocaleString('en')} files |`,
    `| Search index | ${mib(r.sizes.searchIndex.bytes)}, ${r.sizes.searchIndex.files.toLocaleString('en')} files |`,
  ];
  if (r.searchBytes) {
    const b = r.searchBytes;
    lines.push(
      `| Search: first query «${b.queries[0]}» on the search page (runtime + parts read + 10 results) | ${kb(b.first)} in ${b.firstRequests} requests («${b.statuses[0]}») |`,
      `| Search: a later query «${b.queries[1]}» | ${kb(b.later)} in ${b.laterRequests} requests («${b.statuses[1]}») |`,
      `| Search page load before typing (HTML, CSS, UI JS) | ${kb(b.searchPage)} |`,
    );
  }
  if (r.searchBytes) {
    lines.push(
      '',
      `First query, by file (gzip for text): ${r.searchBytes.firstDetail.map(([p, n]) => `${p.replace(/^.*\/pagefind\//, '').replace(/^(.*\/)?(fragment|index|filter)\//, '$2/')} ${kb(n)}`).join(', ')}.`,
    );
  }
  lines.push(
    '',
    '| Page type | HTML + CSS (gzip) | JavaScript (gzip) | Sample |',
    '|---|---|---|---|',
  );
  for (const [type, w] of Object.entries(r.pageWeights))
    lines.push(
      `| ${type} | ${kb(w.htmlCssGzip)} | ${kb(w.jsGzip)} | \`${decodeURIComponent(w.path)}\` |`,
    );
  if (r.firstVisits) {
    lines.push(
      '',
      '| Page type, first visit (Chromium, empty cache) | HTML | CSS | Fonts | JS | Total without images | Images |',
      '|---|---|---|---|---|---|---|',
    );
    for (const [type, v] of Object.entries(r.firstVisits))
      lines.push(
        `| ${type} | ${kb(v.html)} | ${kb(v.css)} | ${kb(v.fonts)} | ${kb(v.js)} | ${kb(v.total)} | ${kb(v.images)} |`,
      );
  }
  const levers = Object.entries(r.pagefindLevers);
  if (levers.length) {
    lines.push(
      '',
      '| Pagefind variant (standalone, same dist/) | Wall time | Peak RSS | Pages indexed |',
      '|---|---|---|---|',
    );
    for (const [name, v] of levers) {
      const res = v.result as { pages?: number; indexes?: number };
      lines.push(
        `| ${name} | ${s(v.ms)} | ${mib(v.peakRss)} | ${res.pages ?? '–'}${res.indexes && res.indexes > 1 ? ` in ${res.indexes} indexes` : ''} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
