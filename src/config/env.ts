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
  outDir: 'ARCHIVE_OUT_DIR',
  cacheDir: 'ARCHIVE_CACHE_DIR',
  stockBuild: 'ARCHIVE_STOCK_BUILD',
  searchIndex: 'ARCHIVE_SEARCH_INDEX',
  incremental: 'ARCHIVE_INCREMENTAL',
  plainSearch: 'ARCHIVE_SEARCH_PLAIN',
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
  };
}

/** The switches of this process. */
export const archiveEnv: ArchiveEnv = readEnv();
