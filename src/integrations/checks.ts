import type { AstroIntegration } from 'astro';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogue, messageLanguage } from '../messages/index.ts';
import { checkArchiveFully, formatDiagnostic, formatScheduled } from '../checks/index.ts';
import { inLanguage } from '../checks/format.ts';
import { publishedReleases, type PublishedRelease } from '../checks/published.ts';
import { archiveEnv, pinBuildInstant } from '../config/env.ts';
import { clock, config } from '../config/settings.ts';
import { paths } from '../archive/permalinks.ts';
import { site, siteIn } from '../archive/site.ts';

/** The releases with a page in this build, as the checks saw them (set by `astro:config:setup`). */
let published: PublishedRelease[] = [];
/** The same, by slug. */
let bySlug = new Map<string, PublishedRelease>();
/** Absolute URLs of the pages that must stay out of the sitemap (withdrawn releases). */
const unlisted = new Set<string>();

/**
 * The releases that get a page in this build (for the integrations that run outside the pages'
 * bundle: redirects). Valid once the checks have run.
 */
export function buildReleases(): readonly PublishedRelease[] {
  return published;
}

/**
 * The sitemap's filter (`@astrojs/sitemap` in astro.config.mjs): false for the not-found page and
 * for withdrawn releases, whose pages say `noindex`. Valid once the checks have run.
 * @param page - absolute, percent-encoded URL of a built page.
 */
export function inSitemap(page: string): boolean {
  return !page.endsWith('/404/') && !unlisted.has(page);
}

/**
 * The sitemap's `serialize` (`@astrojs/sitemap`): a release page with translations lists every
 * language version, itself included, as `xhtml:link rel="alternate" hreflang` (Google's sitemap
 * form of hreflang). Other pages pass unchanged. (The sitemap's own `i18n` option compares every
 * URL with every other: quadratic in the archive's size.)
 * @param item - one sitemap entry (absolute, percent-encoded URL).
 */
export function withAlternates<T extends { url: string; links?: { url: string; lang: string }[] }>(
  item: T,
): T {
  const prefix = site.url(config.base);
  if (!item.url.startsWith(prefix)) return item;
  const m = /^(?:([a-z]{2})\/)?releases\/([^/]+)\/$/.exec(item.url.slice(prefix.length));
  if (!m) return item;
  const slug = decodeURIComponent(m[2]!);
  const release = bySlug.get(slug);
  if (!release || release.languages.length === 0) return item;
  const links = ['ar', ...release.languages].map((lang) => ({
    lang,
    url: site.url(paths.release(siteIn(lang).base, slug)),
  }));
  return { ...item, links };
}

/**
 * Runs the release checks of `npm run check` at the start of every `astro build`
 * (`astro:config:setup`), before the content collection is loaded: warnings are logged, and any
 * error stops the build with the same `file:line` messages, so no release is ever dropped
 * silently. Drafts, files skipped by design and scheduled releases left out of the site are
 * listed. In `astro dev` errors are logged only, except symbolic links. It also pins the build's
 * "now" (`pinBuildInstant`), so the pages publish exactly the releases the checks saw as due.
 */
export default function checksIntegration(): AstroIntegration {
  return {
    name: 'archive-checks',
    hooks: {
      'astro:config:setup': async ({ command, config: astroConfig, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(astroConfig.root);
        const releasesDir = isAbsolute(config.releasesDir)
          ? config.releasesDir
          : join(root, config.releasesDir);
        const result = await checkArchiveFully({
          releasesDir,
          timeZone: config.timeZone,
          displayRoot: root,
          cacheDir: fileURLToPath(astroConfig.cacheDir),
          base: config.base,
          languages: config.languages,
          now: pinBuildInstant(),
        });
        const lang = messageLanguage(undefined, process.env);
        const words = catalogue(lang);
        for (const d of result.diagnostics) {
          if (d.severity === 'warning') logger.warn(formatDiagnostic(d, lang));
        }
        for (const d of result.diagnostics) {
          if (d.severity === 'error') logger.error(formatDiagnostic(d, lang));
        }
        const summary = words.build.summary({
          releases: result.releases,
          drafts: result.drafts,
          errors: result.errors,
          warnings: result.warnings,
          ms: Math.round(result.durationMs),
        });
        // In `astro dev` errors are only logged (the sanitiser still stands between a release
        // and the page), except a symbolic link: Vite would follow it to whatever it points at.
        const stopping =
          command === 'build'
            ? result.errors
            : result.diagnostics.filter((d) => d.rule === 'symlink').length;
        if (stopping > 0) {
          // Exit rather than throw: Astro reports a hook's error as "An unhandled error occurred
          // while running the astro:config:setup hook" with a stack trace, after the messages
          // that already say file, line, field and fix. Nothing is built or written yet.
          logger.error(words.build.stopped(command === 'build' ? 'build' : 'dev', stopping));
          process.exit(1);
        }
        published = publishedReleases(result.entries, clock);
        bySlug = new Map(published.map((r) => [r.slug, r]));
        for (const release of published)
          if (release.state === 'withdrawn')
            for (const lang of ['ar', ...release.languages])
              unlisted.add(site.url(paths.release(siteIn(lang).base, release.slug)));
        for (const note of result.notes) logger.warn(inLanguage(note, lang));
        for (const file of result.draftFiles) logger.info(words.build.draft(file));
        for (const { file, reason, text } of result.skipped)
          logger.info(words.build.skipped(file, inLanguage({ message: reason, text }, lang)));
        for (const release of result.scheduled)
          logger.info(formatScheduled(release, archiveEnv.buildFuture, lang));
        logger.info(summary);
      },
    },
  };
}
