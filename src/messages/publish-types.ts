/**
 * The values of the publishing commands' own texts (refusals of `new` and `import`, the
 * WordPress migration's notes and reasons), merged into `TextValues` (types.ts), and the words of
 * the migration's summary. Split from types.ts to keep each file one concern.
 */

/** The values of every refusal, note and reason of `new` and `import`, by key. */
export interface PublishValues {
  /** A command-line mistake `node:util` parseArgs refused; `detail` is its English message. */
  'cli.argument': {
    kind: 'unknown' | 'missing' | 'no-value' | 'positional' | 'other';
    value: string;
    detail: string;
  };
  'publish.one-file': Record<string, never>;
  'publish.countries': { value: string; codes: readonly string[] };
  'publish.date-required': Record<string, never>;
  /**
   * `reason` is the English one (src/arabic/dates.ts); `kind` says which, `month` (`YYYY-MM`)
   * and `days` (0 for no such month) describe an impossible day.
   */
  'publish.date-invalid': {
    reason: string;
    value: string;
    kind: 'type' | 'format' | 'day' | 'time';
    month: string;
    days: number;
  };
  'publish.no-slug': { slug: string; title: string };
  'publish.exists': { path: string };
  'publish.url-taken': { path: string; slug: string };
  'publish.title-required': Record<string, never>;
  'publish.dateline-required': Record<string, never>;
  'import.unreadable': { input: string; reason: string };
  'import.no-title': Record<string, never>;
  'import.no-dateline': Record<string, never>;
  'translation.no-title': Record<string, never>;
  'translation.lang': { languages: readonly string[] };
  'translation.of': { value: string };
  'translation.exists': { path: string };
  'translation.title-required': Record<string, never>;
  'wp.uploads-required': Record<string, never>;
  'wp.uploads-missing': { uploads: string };
  'wp.time-zone': { zone: string };
  'wp.slug-cut': { slug: string };
  'wp.dateline-removed': { phrase: string };
  'wp.no-dateline': Record<string, never>;
  'wp.no-alt': Record<string, never>;
  'wp.password': Record<string, never>;
  'wp.caption': Record<string, never>;
  'wp.gallery': { images: number; missing: number };
  'wp.embed': { url: string };
  'wp.media': { tag: string; url: string };
  'wp.shortcode': { shortcode: string };
  'wp.element': { tag: string; src: string };
  'wp.element-removed': { tag: string; count: number };
  'wp.foreign-image': { src: string };
  'wp.slug-taken': { slug: string; written: string };
  'wp.linked': { path: string };
  'wp.image-no-alt': { local: string };
  'wp.already': { path: string };
  'wp.trash': Record<string, never>;
  'wp.auto-draft': Record<string, never>;
  'wp.untitled': Record<string, never>;
  'wp.no-date': { value: string };
  'wp.taken': { slug: string; other: string };
}

/** What a WordPress migration's summary counts. */
export interface MigrationCounts {
  posts: number;
  written: number;
  drafts: number;
  copied: number;
}

/** The lines of a WordPress migration's summary (src/publish/wordpress/messages.ts). */
export interface WordPressWords {
  read: (site: string, version: string, posts: number) => string;
  written: (counts: MigrationCounts) => string;
  draft: string;
  skipped: (count: number) => string;
  skippedPost: (id: string, title: string, reason: string) => string;
  missing: (count: number) => string;
  missingFile: (path: string, file: string) => string;
  refused: (count: number) => string;
  refusedFile: (path: string, file: string) => string;
  others: (types: readonly string[]) => string;
  oldAddresses: string;
  check: (errors: number, warnings: number) => string;
}
