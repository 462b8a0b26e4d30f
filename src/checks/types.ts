/**
 * Shared types of the release checks (`npm run check` and the build integration).
 */

/** `error` stops `npm run check` and the build; `warning` is shown for a human to accept or fix. */
export type Severity = 'error' | 'warning';

/** One finding about one release file. */
export interface Diagnostic {
  severity: Severity;
  /** Stable rule id, e.g. `field`, `yaml`, `duplicate-url`, `encoding`; tests and tools match on it. */
  rule: string;
  /** Path of the release file as given to the checker (absolute or relative to the working directory). */
  file: string;
  /** 1-based line in the file; 1 when the whole file is meant. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  /** Frontmatter field path, e.g. `date`, `image.alt`, `countries[1]`. */
  field?: string;
  /** What is wrong (English; the formatter adds the Arabic field label). */
  message: string;
  /** How to fix it, when the message does not already say so. */
  fix?: string;
}

/** Settings of one check run. */
export interface CheckOptions {
  /** Folder holding the releases (absolute, or relative to the working directory). */
  releasesDir: string;
  /** IANA time zone of the archive, for "today" (future-date warning). */
  timeZone: string;
  /** The instant taken as "now" (tests pin it); default: the current time. */
  now?: Date;
  /** Prefix shown before file paths (default: paths relative to the working directory). */
  displayRoot?: string;
  /** Build cache folder: image files already decoded without error are not decoded again. */
  cacheDir?: string;
}

/** Result of a check run. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Number of release files checked. */
  releases: number;
  /** Number of drafts among them (not published). */
  drafts: number;
  /** Paths (as shown in messages) of the drafts. */
  draftFiles: string[];
  /** Release files left out by design (a name starting with `_` or `.`), and why. */
  skipped: { file: string; reason: string }[];
  errors: number;
  warnings: number;
  /** Wall-clock time of the run in milliseconds. */
  durationMs: number;
}
