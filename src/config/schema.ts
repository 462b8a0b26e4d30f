import { z } from 'astro/zod';

/**
 * The schema of `archive.config.mjs`, the office's site settings. Its TypeScript type is inferred
 * ({@link ArchiveConfig}); a bad setting stops the build with the setting's name and a fix
 * (`loadConfig` in settings.ts).
 */

/**
 * Normalises a base path to the form `/segment/` (or `/`).
 * @param base - a path such as `press`, `/press`, `/press/`.
 * @returns the path with exactly one leading and one trailing slash.
 */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The placeholder `site` that `archive.config.mjs` ships with; `npm run check` warns while it is set. */
export const EXAMPLE_SITE = 'https://archive.example.org';

const wholeNumber = (name: string, hint: string) =>
  z.coerce
    .number({ error: `${name} must be a whole number of at least 1${hint}.` })
    .int({ error: `${name} must be a whole number of at least 1${hint}.` })
    .min(1, { error: `${name} must be a whole number of at least 1${hint}.` });

/** `archive.config.mjs`, field by field. */
export const settingsSchema = z.object({
  /** Archive name shown in the header, feeds and metadata. */
  title: z.string().min(1),
  /** One-sentence description for feeds and search engines. */
  description: z.string(),
  /** Name of the office that publishes the archive (schema.org `publisher`). */
  publisher: z.string().min(1),
  /** Absolute URL the archive is served from, without the base path; trailing slashes are removed. */
  site: z
    .url({ error: 'site must be an absolute URL such as "https://press.example.gov".' })
    .transform((site) => site.replace(/\/+$/, '')),
  /** Base path when the archive lives under a sub-path (`/press/`); always `/…/` after parsing. */
  base: z.string().default('/').transform(normaliseBase),
  /** BCP 47 locale of every date and number on the site: `ar-MA` (Latin digits), `ar-EG` (Arabic-Indic digits). */
  locale: z
    .string()
    .refine((locale) => Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0, {
      error: (issue) =>
        `locale "${String(issue.input)}" is not supported (examples: "ar-MA", "ar-EG", "ar-SA").`,
    }),
  /** IANA time zone in which release dates are calendar dates. */
  timeZone: z.string().refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    {
      error: (issue) =>
        `timeZone "${String(issue.input)}" is not an IANA time zone known to this Node.js (example: "Africa/Casablanca").`,
    },
  ),
  /** Folder holding the releases, relative to the project root. */
  releasesDir: z.string().min(1).default('releases'),
  /** Releases per page on the home, tag, country and archive pages. */
  pageSize: wholeNumber('pageSize', '').default(10),
  /** Most release pages in one part of the search index (docs/search.md, "Parts"). */
  searchPartSize: wholeNumber(
    'searchPartSize',
    ' (pages per search index part, default 5000)',
  ).default(5_000),
  /**
   * Languages of translations besides Arabic (the original), ISO 639-1: `fr`, `en`. A release's
   * `index.fr.mdx` is served at `/fr/releases/<slug>/`; a translation in another language is an error.
   */
  languages: z
    .preprocess(
      (value) =>
        typeof value === 'string'
          ? value
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : value,
      z.array(
        z.enum(['fr', 'en'], {
          error: (issue) =>
            `languages: "${String(issue.input)}" has no interface dictionary (src/i18n/); the archive speaks ar, fr and en.`,
        }),
      ),
    )
    .default([]),
  /** Official country names replacing the CLDR Arabic names, keyed by upper-case ISO 3166-1 alpha-2 code. */
  countryNames: z
    .record(
      z.string().regex(/^[A-Z]{2}$/, {
        error: 'countryNames keys are upper-case ISO 3166-1 alpha-2 codes such as "PS".',
      }),
      z.string().min(1),
    )
    .default({}),
});

/** The site settings as written in `archive.config.mjs` (optional fields may be left out). */
export type ArchiveConfigInput = z.input<typeof settingsSchema>;
/** The validated site settings. */
export type ArchiveConfig = z.output<typeof settingsSchema>;
