import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config } from '../config/settings.ts';
import { paths } from '../archive/permalinks.ts';
import { site } from '../archive/site.ts';
import { dictionary } from '../i18n/index.ts';
import { redirectFile, redirectPage, redirectsFile, type Redirect } from '../archive/redirects.ts';
import { buildReleases } from './checks.ts';

/** What the redirect page says, in the release page's language (src/i18n/). */
function redirectText(lang: string): { title: string; lead: string; link: string } {
  const { movedTitle, movedLead, movedLink } = dictionary(lang).workflow;
  return { title: movedTitle, lead: movedLead, link: movedLink };
}

/**
 * Writes the redirects of old addresses (`aliases:`) after `astro build` (`astro:build:done`):
 * an HTML page at each old path and a `_redirects` file (src/archive/redirects.ts), for the
 * releases that have a page in this build (`buildReleases()` from the checks). Wiring only.
 * @throws Error naming the alias and the release when its page would replace a file of the site.
 */
export default function redirectsIntegration(): AstroIntegration {
  return {
    name: 'archive-redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const redirects: Redirect[] = buildReleases().flatMap((release) =>
          release.aliases.map((from) => {
            const to = paths.release(config.base, release.slug);
            return { from, to, canonical: site.url(to), lang: 'ar', file: release.file };
          }),
        );
        if (redirects.length === 0) return;
        for (const redirect of redirects) {
          const file = redirectFile(redirect.from, config.base);
          if (file === undefined) continue;
          const target = join(out, ...file.split('/'));
          if (existsSync(target))
            throw new Error(
              `${redirect.file}: the old address ${redirect.from} is a page of the archive (${file.split('/').join(sep)}): an alias cannot replace it. Remove it from aliases.`,
            );
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, redirectPage(redirect, redirectText(redirect.lang)));
        }
        const redirectsPath = join(out, '_redirects');
        const existing = existsSync(redirectsPath) ? readFileSync(redirectsPath, 'utf8') : '';
        writeFileSync(redirectsPath, redirectsFile(redirects, existing));
        logger.info(`${redirects.length} old address(es) redirect to their releases (_redirects).`);
      },
    },
  };
}
