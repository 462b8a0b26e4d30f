/**
 * Every `ARCHIVE_*` environment switch the archive reads, read here and nowhere else. Operators
 * set the first group to override `archive.config.mjs` (README, "Configuration details"); tests
 * and `npm run bench` use the others.
 */

type Env = Record<string, string | undefined>;

/** The variable names, by what they switch. */
export const ENV = {
  site: 'ARCHIVE_SITE',
  base: 'ARCHIVE_BASE',
  locale: 'ARCHIVE_LOCALE',
  timeZone: 'ARCHIVE_TIME_ZONE',
  releasesDir: 'ARCHIVE_RELEASES_DIR',
  pageSize: 'ARCHIVE_PAGE_SIZE',
  searchPartSize: 'ARCHIVE_SEARCH_PART_SIZE',
  searchFeedMemory: 'ARCHIVE_SEARCH_FEED_MEMORY',
  languages: 'ARCHIVE_LANGUAGES',
  shareCards: 'ARCHIVE_SHARE_CARDS',
  outDir: 'ARCHIVE_OUT_DIR',
  cacheDir: 'ARCHIVE_CACHE_DIR',
  stockBuild: 'ARCHIVE_STOCK_BUILD',
  searchIndex: 'ARCHIVE_SEARCH_INDEX',
  incremental: 'ARCHIVE_INCREMENTAL',
  plainSearch: 'ARCHIVE_SEARCH_PLAIN',
  buildFuture: 'ARCHIVE_BUILD_FUTURE',
  now: 'ARCHIVE_NOW',
} as const;

/** Overrides of `archive.config.mjs` settings; numbers stay text until the settings schema reads them. */
export interface SettingOverrides {
  site?: string;
  base?: string;
  locale?: string;
  timeZone?: string;
  releasesDir?: string;
  pageSize?: string;
  searchPartSize?: string;
  /** MiB. */
  searchFeedMemory?: string;
  /** Comma-separated, e.g. `fr,en`. */
  languages?: string;
  /** `all`, `og` or `site`. */
  shareCards?: string;
}

/** What the environment switches, decoded. */
export interface ArchiveEnv {
  /** `ARCHIVE_SITE`, `ARCHIVE_BASE`, … : overrides of the settings file. */
  overrides: SettingOverrides;
  /** `ARCHIVE_OUT_DIR`: Astro's `outDir` (default `dist`), relative to the project root. */
  outDir: string | undefined;
  /** `ARCHIVE_CACHE_DIR`: Astro's `cacheDir` (default `node_modules/.astro`). */
  cacheDir: string | undefined;
  /** `ARCHIVE_STOCK_BUILD=1`: Astro's plain `glob()` loader, for the benchmark's stock comparison. */
  stockBuild: boolean;
  /** `ARCHIVE_SEARCH_INDEX=off`: no search index at all. */
  searchIndex: boolean;
  /**
   * `ARCHIVE_SEARCH_INDEX=after`: `astro build` prepares the index while it renders but leaves
   * the index step to its caller (set by `npm run build`, which runs it in a fresh process).
   */
  searchIndexLater: boolean;
  /** `ARCHIVE_INCREMENTAL=off`: render every page instead of copying unchanged ones. */
  incremental: boolean;
  /** `ARCHIVE_SEARCH_PLAIN=1`: plain Pagefind without Arabic normalisation, only to compare. */
  plainSearch: boolean;
  /**
   * `ARCHIVE_BUILD_FUTURE=1`: scheduled releases (dated after {@link ArchiveEnv.now}) are built
   * too, for a preview; without it they stay out of every output until their time (Hugo's
   * `buildFuture = false`).
   */
  buildFuture: boolean;
  /**
   * `ARCHIVE_NOW` (ISO 8601 instant, e.g. `2025-07-01T09:00:00Z`): the instant the build takes as
   * "now" for scheduled releases; default: the moment the switches were first read. Tests pin it;
   * an operator may set it to preview the site as it will be at that moment.
   */
  now: Date;
}

/**
 * Decodes the archive's environment switches.
 * @param env - the environment (defaults to `process.env`).
 */
export function readEnv(env: Env = process.env): ArchiveEnv {
  const overrides: SettingOverrides = {};
  for (const key of [
    'site',
    'base',
    'locale',
    'timeZone',
    'releasesDir',
    'pageSize',
    'searchPartSize',
    'searchFeedMemory',
    'languages',
    'shareCards',
  ] as const) {
    const value = env[ENV[key]];
    if (value !== undefined && value !== '') overrides[key] = value;
  }
  return {
    overrides,
    outDir: env[ENV.outDir] || undefined,
    cacheDir: env[ENV.cacheDir] || undefined,
    stockBuild: env[ENV.stockBuild] === '1',
    searchIndex: env[ENV.searchIndex] !== 'off',
    searchIndexLater: env[ENV.searchIndex] === 'after',
    incremental: env[ENV.incremental] !== 'off',
    plainSearch: env[ENV.plainSearch] === '1',
    buildFuture: env[ENV.buildFuture] === '1',
    now: readInstant(env[ENV.now]),
  };
}

/**
 * Reads `ARCHIVE_NOW`.
 * @throws Error naming the variable when it is set but not an ISO 8601 instant.
 */
function readInstant(value: string | undefined): Date {
  if (value === undefined || value === '') return new Date();
  const instant = new Date(value);
  if (!/^\d{4}-\d\d-\d\dT/.test(value) || Number.isNaN(instant.getTime()))
    throw new Error(
      `${ENV.now}="${value}" is not an ISO 8601 instant: write it like 2025-07-01T09:00:00Z (UTC) or 2025-07-01T10:00:00+01:00`,
    );
  return instant;
}

/** The switches of this process. */
export const archiveEnv: ArchiveEnv = readEnv();

/**
 * Pins this process's "now" for the rest of a build: the checks (run when Astro loads its
 * config) and the pages (rendered later from a bundled copy of this module, which reads the
 * environment again) must agree on which releases are due. Called once by the checks integration.
 * @returns the pinned instant.
 */
export function pinBuildInstant(): Date {
  process.env[ENV.now] ??= archiveEnv.now.toISOString();
  return archiveEnv.now;
}
