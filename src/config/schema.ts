import { z } from 'astro/zod';
import { AA, BACKGROUND, contrast, parseHex } from '../theme/contrast.ts';
import { SOCIAL_NETWORKS } from '../i18n/messages.ts';

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

/** A `#rrggbb` colour that reads at WCAG AA (4.5:1) as text on the given page background. */
const brandColour = (name: string, background: string, hint: string) =>
  z
    .string()
    .refine((c) => parseHex(c) !== undefined, {
      error: `identity.${name} must be a colour written #rrggbb, e.g. "#0b5cab".`,
    })
    .refine((c) => parseHex(c) === undefined || contrast(c, background) >= AA, {
      error: (issue) =>
        `identity.${name} "${String(issue.input)}" is too ${hint} to read on ${background} (contrast ${contrast(String(issue.input), background).toFixed(1)}:1, at least ${AA}:1 needed): choose a ${hint === 'light' ? 'darker' : 'lighter'} shade.`,
    });

/** The office's identity: what its header, footer, share cards and metadata show. */
export const identitySchema = z.object({
  /** The office's name in Latin letters (French or English), shown under the Arabic name and on share cards; optional. */
  nameLatin: z.string().min(1).optional(),
  /** The body the office belongs to (a ministry, a directorate), shown above its name; optional. */
  parent: z.string().min(1).optional(),
  /** Emblem or logo: an SVG or PNG file in the repository, relative to the project root, square or wide. */
  logo: z.string().regex(/\.(svg|png)$/i, {
    error: 'identity.logo must be an .svg or .png file in the repository.',
  }),
  /** Brand colour (#rrggbb): header, links, buttons, share cards; must read on white (4.5:1). */
  color: brandColour('color', BACKGROUND.light, 'light'),
  /** The brand colour's dark-mode counterpart (#rrggbb); must read on the dark background (4.5:1). */
  colorDark: brandColour('colorDark', BACKGROUND.dark, 'dark'),
  /** The office's own website, if it has one besides this archive (JSON-LD `publisher.url`, footer). */
  website: z.url({ error: 'identity.website must be an absolute URL.' }).optional(),
  /** Press contact shown to journalists in every page's footer. */
  contact: z
    .object({
      /** Name of the unit journalists reach, e.g. «خلية التواصل». */
      office: z.string().min(1).optional(),
      /** Telephone number as dialled from abroad, e.g. "+212 5 37 00 00 00". */
      phone: z
        .string()
        .regex(/^\+?[0-9 ().-]{6,}$/, {
          error: 'identity.contact.phone must be a telephone number, e.g. "+212 5 37 00 00 00".',
        })
        .optional(),
      /** E-mail address of the press office. */
      email: z.email({ error: 'identity.contact.email must be an e-mail address.' }).optional(),
      /** Postal address, one line. */
      address: z.string().min(1).optional(),
    })
    .default({}),
  /** Official social accounts: network (x, facebook, instagram, youtube, telegram, whatsapp, linkedin, tiktok, mastodon, website) and URL. */
  social: z
    .array(
      z.object({
        network: z.enum(SOCIAL_NETWORKS, {
          error: `identity.social[].network must be one of ${SOCIAL_NETWORKS.join(', ')}.`,
        }),
        url: z.url({ error: 'identity.social[].url must be an absolute URL.' }),
      }),
    )
    .default([]),
});

/** `archive.config.mjs`, field by field. */
export const settingsSchema = z.object({
  /** Archive name shown in the header, feeds and metadata. */
  title: z.string().min(1),
  /** One-sentence description for feeds and search engines. */
  description: z.string(),
  /** Name of the office that publishes the archive, in Arabic: header, footer, share cards, schema.org `publisher`. */
  publisher: z.string().min(1),
  /** The office's identity: emblem, colours, press contact, social accounts ({@link identitySchema}). */
  identity: identitySchema,
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
    ' (pages per search index part, default 2500)',
  ).default(2_500),
  /**
   * Memory in MiB (the build's whole process tree) up to which the search feed builds a part of
   * the search index while Astro renders; a part that would take the tree past it is built after
   * Astro exits instead (`npm run build`), so a large archive trades some build time for a lower
   * peak (docs/search.md, "Build").
   */
  searchFeedMemory: wholeNumber(
    'searchFeedMemory',
    ' (MiB of memory up to which search parts are built while pages render, default 3072)',
  ).default(3_072),
  /**
   * Share cards drawn per release: `all` (1200×630 for OpenGraph and X, plus 16:9, 4:3 and 1:1 for
   * JSON-LD; about 125 kB and 0.06 s of CPU per release, once), `og` (the 1200×630 card only) or
   * `site` (no card per release: release pages share the site's card).
   */
  shareCards: z.enum(['all', 'og', 'site']).default('all'),
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
