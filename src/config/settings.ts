import raw from '../../archive.config.mjs';

/** Validated archive settings (see `archive.config.mjs` and the README's "Configuration"). */
export interface ArchiveConfig {
  title: string;
  description: string;
  publisher: string;
  /** Absolute origin (and optional path) without the base path, no trailing slash. */
  site: string;
  /** Base path, always starting and ending with `/`. */
  base: string;
  /** BCP 47 locale used for every date and number. */
  locale: string;
  /** IANA time zone in which release dates are calendar dates. */
  timeZone: string;
  releasesDir: string;
  pageSize: number;
  /** Most release pages in one part of the search index (docs/search.md, "Parts"). */
  searchPartSize: number;
  /** Office overrides of CLDR country names, keyed by upper-case ISO 3166-1 alpha-2 code. */
  countryNames: Record<string, string>;
}

/**
 * Normalises a base path to the form `/segment/` (or `/`).
 * @param base - a path such as `press`, `/press`, `/press/`.
 * @returns the path with exactly one leading and one trailing slash.
 */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Reads the archive settings, applying environment overrides used by tests and benchmarks:
 * `ARCHIVE_SITE`, `ARCHIVE_BASE`, `ARCHIVE_LOCALE`, `ARCHIVE_TIME_ZONE`, `ARCHIVE_RELEASES_DIR`,
 * `ARCHIVE_PAGE_SIZE`, `ARCHIVE_SEARCH_PART_SIZE`.
 * @throws Error when the locale or time zone is not supported by this runtime's `Intl`, or when
 *   `pageSize` or `searchPartSize` is not a whole number of at least 1.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): ArchiveConfig {
  const config: ArchiveConfig = {
    title: raw.title,
    description: raw.description,
    publisher: raw.publisher,
    site: (env['ARCHIVE_SITE'] ?? raw.site).replace(/\/+$/, ''),
    base: normaliseBase(env['ARCHIVE_BASE'] ?? raw.base),
    locale: env['ARCHIVE_LOCALE'] ?? raw.locale,
    timeZone: env['ARCHIVE_TIME_ZONE'] ?? raw.timeZone,
    releasesDir: env['ARCHIVE_RELEASES_DIR'] ?? raw.releasesDir,
    pageSize: env['ARCHIVE_PAGE_SIZE'] ? Number(env['ARCHIVE_PAGE_SIZE']) : raw.pageSize,
    searchPartSize: env['ARCHIVE_SEARCH_PART_SIZE'] ? Number(env['ARCHIVE_SEARCH_PART_SIZE']) : (raw.searchPartSize ?? 5_000),
    countryNames: { ...(raw.countryNames as Record<string, string>) },
  };
  try {
    new Intl.DateTimeFormat(config.locale, { timeZone: config.timeZone });
  } catch {
    throw new Error(
      `archive.config.mjs: timeZone "${config.timeZone}" is not an IANA time zone known to this Node.js (example: "Africa/Casablanca").`,
    );
  }
  if (Intl.DateTimeFormat.supportedLocalesOf([config.locale]).length === 0) {
    throw new Error(`archive.config.mjs: locale "${config.locale}" is not supported (examples: "ar-MA", "ar-EG", "ar-SA").`);
  }
  if (!Number.isInteger(config.pageSize) || config.pageSize < 1) {
    throw new Error('archive.config.mjs: pageSize must be a whole number of at least 1.');
  }
  if (!Number.isInteger(config.searchPartSize) || config.searchPartSize < 1) {
    throw new Error('archive.config.mjs: searchPartSize must be a whole number of at least 1 (pages per search index part, default 5000).');
  }
  return config;
}

/** The archive settings for this process. */
export const config: ArchiveConfig = loadConfig();
