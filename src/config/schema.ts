import { z } from 'astro/zod';
import { AA, BACKGROUND, contrast, parseHex } from '../theme/contrast.ts';
import { SOCIAL_NETWORKS } from '../i18n/messages.ts';
import { zodMessage } from '../messages/index.ts';
import type { WholeNumberSetting } from '../messages/settings-types.ts';

/**
 * The schema of `archive.config.mjs`, the office's site settings. Its TypeScript type is inferred
 * ({@link ArchiveConfig}); a bad setting stops the build with the setting's name and a fix
 * (`loadConfig` in settings.ts), in the tools' message language (src/messages/ar-settings.ts,
 * en-settings.ts).
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

const wholeNumber = (name: WholeNumberSetting) => {
  const error = zodMessage('settings.whole-number', { name });
  return z.coerce.number({ error }).int({ error }).min(1, { error });
};

/** A text of at least one character. */
const text = (name: string) => {
  const error = zodMessage('settings.text', { name });
  return z.string({ error }).min(1, { error });
};

/** A `#rrggbb` colour that reads at WCAG AA (4.5:1) as text on the given page background. */
const brandColour = (name: string, background: string, lighter: boolean) => {
  const format = zodMessage('settings.colour-format', { name: `identity.${name}` });
  return z
    .string({ error: format })
    .refine((c) => parseHex(c) !== undefined, { error: format })
    .refine((c) => parseHex(c) === undefined || contrast(c, background) >= AA, {
      error: (issue) =>
        zodMessage('settings.colour-contrast', {
          name: `identity.${name}`,
          value: String(issue.input),
          background,
          ratio: contrast(String(issue.input), background).toFixed(1),
          needed: AA,
          lighter,
        }),
    });
};

const LOGO = zodMessage('settings.logo', {});
const PHONE = zodMessage('settings.phone', {});

/** The office's identity: what its header, footer, share cards and metadata show. */
export const identitySchema = z.object({
  /** The office's name in Latin letters (French or English), shown under the Arabic name and on share cards; optional. */
  nameLatin: text('identity.nameLatin').optional(),
  /** The body the office belongs to (a ministry, a directorate), shown above its name; optional. */
  parent: text('identity.parent').optional(),
  /** Emblem or logo: an SVG or PNG file in the repository, relative to the project root, square or wide. */
  logo: z.string({ error: LOGO }).regex(/\.(svg|png)$/i, { error: LOGO }),
  /** Brand colour (#rrggbb): header, links, buttons, share cards; must read on white (4.5:1). */
  color: brandColour('color', BACKGROUND.light, false),
  /** The brand colour's dark-mode counterpart (#rrggbb); must read on the dark background (4.5:1). */
  colorDark: brandColour('colorDark', BACKGROUND.dark, true),
  /** The office's own website, if it has one besides this archive (JSON-LD `publisher.url`, footer). */
  website: z.url({ error: zodMessage('settings.url', { name: 'identity.website' }) }).optional(),
  /** Press contact shown to journalists in every page's footer. */
  contact: z
    .object({
      /** Name of the unit journalists reach, e.g. «خلية التواصل». */
      office: text('identity.contact.office').optional(),
      /** Telephone number as dialled from abroad, e.g. "+212 5 37 00 00 00". */
      phone: z
        .string({ error: PHONE })
        .regex(/^\+?[0-9 ().-]{6,}$/, { error: PHONE })
        .optional(),
      /** E-mail address of the press office. */
      email: z.email({ error: zodMessage('settings.email', {}) }).optional(),
      /** Postal address, one line. */
      address: text('identity.contact.address').optional(),
    })
    .default({}),
  /** Official social accounts: network (x, facebook, instagram, youtube, telegram, whatsapp, linkedin, tiktok, mastodon, website) and URL. */
  social: z
    .array(
      z.object({
        network: z.enum(SOCIAL_NETWORKS, {
          error: zodMessage('settings.social-network', { networks: SOCIAL_NETWORKS }),
        }),
        url: z.url({ error: zodMessage('settings.url', { name: 'identity.social[].url' }) }),
      }),
    )
    .default([]),
});

/** `archive.config.mjs`, field by field. */
export const settingsSchema = z.object({
  /** Archive name shown in the header, feeds and metadata. */
  title: text('title'),
  /** One-sentence description for feeds and search engines. */
  description: z.string({ error: zodMessage('settings.text', { name: 'description' }) }),
  /** Name of the office that publishes the archive, in Arabic: header, footer, share cards, schema.org `publisher`. */
  publisher: text('publisher'),
  /** The office's identity: emblem, colours, press contact, social accounts ({@link identitySchema}). */
  identity: identitySchema,
  /** Absolute URL the archive is served from, without the base path; trailing slashes are removed. */
  site: z
    .url({ error: zodMessage('settings.site', {}) })
    .transform((site) => site.replace(/\/+$/, '')),
  /** Base path when the archive lives under a sub-path (`/press/`); always `/…/` after parsing. */
  base: z
    .string({ error: zodMessage('settings.text', { name: 'base' }) })
    .default('/')
    .transform(normaliseBase),
  /** BCP 47 locale of every date and number on the site: `ar-MA` (Latin digits), `ar-EG` (Arabic-Indic digits). */
  locale: text('locale').refine(
    (locale) => Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0,
    { error: (issue) => zodMessage('settings.locale', { value: String(issue.input) }) },
  ),
  /** IANA time zone in which release dates are calendar dates. */
  timeZone: text('timeZone').refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    {
      error: (issue) => zodMessage('settings.time-zone', { value: String(issue.input) }),
    },
  ),
  /** Folder holding the releases, relative to the project root. */
  releasesDir: text('releasesDir').default('releases'),
  /** Releases per page on the home, tag, country and archive pages. */
  pageSize: wholeNumber('pageSize').default(10),
  /** Most release pages in one part of the search index (docs/search.md, "Parts"). */
  searchPartSize: wholeNumber('searchPartSize').default(2_500),
  /**
   * Memory in MiB (the build's whole process tree) up to which the search feed builds a part of
   * the search index while Astro renders; a part that would take the tree past it is built after
   * Astro exits instead (`npm run build`), so a large archive trades some build time for a lower
   * peak (docs/search.md, "Build").
   */
  searchFeedMemory: wholeNumber('searchFeedMemory').default(3_072),
  /**
   * Share cards drawn per release: `all` (1200×630 for OpenGraph and X, plus 16:9, 4:3 and 1:1 for
   * JSON-LD; about 125 kB and 0.06 s of CPU per release, once), `og` (the 1200×630 card only) or
   * `site` (no card per release: release pages share the site's card).
   */
  shareCards: z
    .enum(['all', 'og', 'site'], { error: zodMessage('settings.share-cards', {}) })
    .default('all'),
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
          error: (issue) => zodMessage('settings.language', { value: String(issue.input) }),
        }),
      ),
    )
    .default([]),
  /** Official country names replacing the CLDR Arabic names, keyed by upper-case ISO 3166-1 alpha-2 code. */
  countryNames: z
    .record(
      z.string().regex(/^[A-Z]{2}$/, {
        error: zodMessage('settings.country-key', {}),
      }),
      text('countryNames'),
    )
    .default({}),
});

/** The site settings as written in `archive.config.mjs` (optional fields may be left out). */
export type ArchiveConfigInput = z.input<typeof settingsSchema>;
/** The validated site settings. */
export type ArchiveConfig = z.output<typeof settingsSchema>;
