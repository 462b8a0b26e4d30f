import type { Text } from '../messages/index.ts';
import type { CheckedRelease } from './release.ts';

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
  /**
   * The same text by key (src/messages/), rendered in the reader's language when printed;
   * without it the English `message` and `fix` are printed (texts not yet in the catalogue).
   */
  text?: Text;
}

/** Settings of one check run. */
export interface CheckOptions {
  /** Folder holding the releases (absolute, or relative to the working directory). */
  releasesDir: string;
  /** IANA time zone of the archive, for "today" (future-date warning). */
  timeZone: string;
  /** The instant taken as "now" (tests pin it; the build passes its own); default: the current time. */
  now?: Date;
  /** Prefix shown before file paths (default: paths relative to the working directory). */
  displayRoot?: string;
  /** Build cache folder: image files already decoded without error are not decoded again. */
  cacheDir?: string;
  /** Base path of the site (`/` or `/press/`), for the permalink guard; default `/`. */
  base?: string;
  /** Languages of translations the site declares (`languages` in archive.config.mjs); default none. */
  languages?: readonly string[];
  /** `false` skips the permalink guard (no git history is read); default `true`. */
  history?: boolean;
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
  skipped: { file: string; reason: string; text?: Text }[];
  /** Scheduled releases (dated after "now"), soonest first, with their publication instant. */
  scheduled: ScheduledRelease[];
  /** What the checks could not do, for a human to know (e.g. git history too short). */
  notes: { message: string; text?: Text }[];
  /** Every release file checked, with its validated frontmatter when it has no error. */
  entries: CheckedRelease[];
  errors: number;
  warnings: number;
  /** Wall-clock time of the run in milliseconds. */
  durationMs: number;
}

/** A release that waits for its publication time (an embargo). */
export interface ScheduledRelease {
  /** Path shown in messages. */
  file: string;
  /** Publication instant, ISO 8601 with the archive time zone's offset (`2025-07-01T09:00:00+01:00`). */
  at: string;
  /** The same instant, for sorting and "in how long". */
  instant: Date;
}
