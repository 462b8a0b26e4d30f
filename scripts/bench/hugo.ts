/**
 * The benchmark's peer: a minimal Hugo site over the same synthetic releases, indexed by
 * Pagefind's CLI, built and measured in the same run as this project (BENCHMARKS.md, "Hugo +
 * Pagefind").
 *
 * The site has the archive's pages, with the same page size: one page per release (title,
 * dateline, date, issuer, lead image, body, country and tag links, older/newer, related
 * releases by shared tags), the home list paginated (`/page/N/`), a paginated page per tag, per country, per year
 * and per month, index pages of tags and countries, one RSS feed, a sitemap, a search page and a
 * 404 page. Release pages carry `data-pagefind-body` and the same Pagefind filters (year, country,
 * tag) and date sort; Pagefind's CLI indexes the release pages only (`--glob`), as this project
 * does. Lead images are Hugo image resources resized to WebP at three widths and a JPEG fallback,
 * processed once per distinct image, as Astro processes them once per image. No Arabic search
 * normalisation: that is this project's own work and is counted in its time.
 *
 * Debian's `hugo` package (0.111 in bookworm), installed by `.ci/run` when missing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { runMeasured, type Measured } from './measure.ts';

/** The `hugo` binary on PATH, with its version line, or `undefined` when it is not installed. */
export function hugoVersion(): string | undefined {
  const run = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

/** Pagefind's own binary (the one `npx pagefind` runs), from the installed `pagefind` package. */
export function pagefindBinary(): string {
  return fileURLToPath(import.meta.resolve('@pagefind/linux-x64/bin/pagefind_extended'));
}

interface Frontmatter {
  title: string;
  date: string;
  dateline: string;
  issuer: string;
  countries: string[];
  tags: string[];
  reference?: string;
  summary?: string;
  image?: { src: string; alt: string };
}

/** `2019-07-16` or `2019-07-16 10:30` (the corpus's calendar dates) → an ISO local date-time. */
const isoDate = (value: string) =>
  value.includes(' ') ? `${value.replace(' ', 'T')}:00` : `${value}T00:00:00`;

/**
 * Writes one corpus release as a Hugo content file.
 * @param source - the release file (`.mdx`, frontmatter + Markdown body).
 * @param photos - Hugo's `assets/photos/` folder: lead images go there once, named by content hash.
 */
function writeContent(source: string, contentDir: string, photos: string): void {
  const text = readFileSync(source, 'utf8');
  const end = text.indexOf('\n---\n', 4);
  const fm = parse(text.slice(4, end)) as Frontmatter;
  const body = text.slice(end + 5);
  const slug =
    basename(source) === 'index.mdx' ? basename(dirname(source)) : basename(source, '.mdx');
  const date = isoDate(String(fm.date));
  const out: Record<string, unknown> = {
    title: fm.title,
    date,
    slug,
    dateline: fm.dateline,
    issuer: fm.issuer,
    tags: fm.tags,
    countries: fm.countries.map((c) => c.toLowerCase()),
    years: [date.slice(0, 4)],
    months: [date.slice(0, 7)],
    ...(fm.reference ? { reference: fm.reference } : {}),
    ...(fm.summary ? { summary: fm.summary } : {}),
  };
  if (fm.image) {
    const bytes = readFileSync(join(dirname(source), fm.image.src));
    const name = `${createHash('sha1').update(bytes).digest('hex').slice(0, 12)}.jpg`;
    writeFileSync(join(photos, name), bytes);
    out['photo'] = name;
    out['photoAlt'] = fm.image.alt;
  }
  // Hugo reads a file that starts with `{` as JSON frontmatter: no escaping rules of ours.
  writeFileSync(join(contentDir, `${slug}.md`), `${JSON.stringify(out)}\n\n${body}`);
}

/** Every release file of the corpus (relative paths, sorted). */
function corpusFiles(releasesDir: string): string[] {
  return readdirSync(releasesDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort();
}

/**
 * Writes the Hugo site for the corpus in `releasesDir` into `siteDir` (emptied first).
 * @param pageSize - releases per list page (the archive's `pageSize`).
 * @returns the number of releases written.
 */
export function writeHugoSite(siteDir: string, releasesDir: string, pageSize: number): number {
  rmSync(siteDir, { recursive: true, force: true });
  const content = join(siteDir, 'content', 'releases');
  const photos = join(siteDir, 'assets', 'photos');
  mkdirSync(content, { recursive: true });
  mkdirSync(photos, { recursive: true });
  const templates = fileURLToPath(new URL('./hugo-site/', import.meta.url));
  cpSync(templates, siteDir, { recursive: true });
  const config = readFileSync(join(siteDir, 'hugo.toml'), 'utf8');
  writeFileSync(join(siteDir, 'hugo.toml'), config.replace('__PAGE_SIZE__', String(pageSize)));
  const files = corpusFiles(releasesDir);
  for (const file of files) writeContent(join(releasesDir, file), content, photos);
  return files.length;
}

/**
 * Adds one corpus release to a written Hugo site (the benchmark's "add one release").
 * @param file - the release file, relative to `releasesDir`.
 */
export function addHugoRelease(siteDir: string, releasesDir: string, file: string): void {
  writeContent(
    join(releasesDir, file),
    join(siteDir, 'content', 'releases'),
    join(siteDir, 'assets', 'photos'),
  );
}

/** Removes a release added by {@link addHugoRelease}. */
export function removeHugoRelease(siteDir: string, file: string): void {
  const slug = basename(file) === 'index.mdx' ? basename(dirname(file)) : basename(file, '.mdx');
  rmSync(join(siteDir, 'content', 'releases', `${slug}.md`), { force: true });
}

/**
 * The commands of a Hugo + Pagefind build of `siteDir` into `<siteDir>/public` (a Hugo user's
 * `hugo && npx pagefind --site public`), with Hugo's caches kept inside `siteDir`.
 */
export function hugoCommands(siteDir: string): { hugo: string[]; pagefind: string[] } {
  return {
    hugo: [
      'hugo',
      '--source',
      siteDir,
      '--destination',
      join(siteDir, 'public'),
      '--cacheDir',
      join(siteDir, '.hugo-cache'),
      '--quiet',
    ],
    pagefind: [pagefindBinary(), '--site', join(siteDir, 'public'), '--glob', 'releases/**/*.html'],
  };
}

/** Deletes Hugo's output and caches (a cold build). */
export function cleanHugo(siteDir: string): void {
  for (const dir of ['public', 'resources', '.hugo-cache'])
    rmSync(join(siteDir, dir), { recursive: true, force: true });
}

/** Number of HTML pages Hugo wrote (relative paths counted under `public/`). */
export function hugoPages(siteDir: string): number {
  const publicDir = join(siteDir, 'public');
  return readdirSync(publicDir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
  ).length;
}

/** One Hugo + Pagefind build, measured (wall and CPU time are the two commands' sums). */
export interface PeerRun {
  label: string;
  /** Wall time of `hugo` then Pagefind's CLI, ms. */
  ms: number;
  /** User + system CPU time of both, ms; null without GNU time. */
  cpuMs: number | null;
  /** Peak RSS of either command's process tree, bytes. */
  peakRss: number;
  /** 1-minute load average before and after. */
  load: [number, number];
  /** Wall and CPU time of each command, ms. */
  hugo: { ms: number; cpuMs: number | null };
  pagefind: { ms: number; cpuMs: number | null };
  /** HTML pages Hugo wrote and pages Pagefind indexed. */
  pages: number;
  indexed: number;
}

/**
 * Builds the Hugo site in `siteDir` and indexes it with Pagefind's CLI, each command measured
 * by {@link runMeasured}.
 * @param logPrefix - path prefix of the two log files (`<prefix>-hugo.log`, `<prefix>-pagefind.log`).
 * @throws Error with the end of the log when either command fails.
 */
export async function buildHugoPeer(
  siteDir: string,
  label: string,
  logPrefix: string,
): Promise<PeerRun> {
  const commands = hugoCommands(siteDir);
  const runs = [];
  for (const [name, [command, ...args]] of Object.entries(commands)) {
    const run = await runMeasured(command!, args, {
      env: process.env,
      cwd: siteDir,
      logFile: `${logPrefix}-${name}.log`,
    });
    if (run.code !== 0) throw new Error(`Hugo peer: ${name} failed\n${run.log.slice(-3000)}`);
    runs.push(run);
  }
  const [hugo, pagefind] = runs as [Measured, Measured];
  const cpu = hugo.cpuMs !== null && pagefind.cpuMs !== null ? hugo.cpuMs + pagefind.cpuMs : null;
  return {
    label,
    ms: hugo.ms + pagefind.ms,
    cpuMs: cpu,
    peakRss: Math.max(hugo.peakRss, pagefind.peakRss),
    load: [hugo.load[0], pagefind.load[1]],
    hugo: { ms: hugo.ms, cpuMs: hugo.cpuMs },
    pagefind: { ms: pagefind.ms, cpuMs: pagefind.cpuMs },
    pages: hugoPages(siteDir),
    indexed: Number(/Indexed (\d+) pages?/.exec(pagefind.log)?.[1] ?? 0),
  };
}
