import { paths } from '../archive/permalinks.ts';
import { addressKey } from './permalink-guard.ts';
import { say } from '../messages/index.ts';
import type { CheckedRelease } from './release.ts';
import type { Diagnostic } from './types.ts';

/**
 * Old addresses (`aliases:`) that the build could not turn into redirects: one that is a page of
 * the archive itself (a release's permalink, the home page, a section such as `/tags/`), which a
 * redirect would replace, and one outside the base path, which no file in `dist/` can answer.
 * (Two releases claiming one alias: `aliases.ts`.)
 */

/** First path segments (under the base path) of the archive's own pages and files. */
export const SITE_SECTIONS = [
  'tags',
  'countries',
  'archive',
  'search',
  'page',
  'pagefind',
  '_astro',
  'rss.xml',
  'feed.json',
  'robots.txt',
  '404.html',
  'favicon.svg',
  'og-default.png',
  '_redirects',
  '_headers',
];

/**
 * @param releases - the checked release files.
 * @param base - the site's base path.
 * @returns an `alias-target` error for an alias that is a page of the archive, a warning for one
 *   outside the base path.
 */
export function aliasTargetProblems(
  releases: readonly CheckedRelease[],
  base: string,
): Diagnostic[] {
  const permalinks = new Map<string, CheckedRelease>();
  for (const r of releases)
    if (r.slug !== undefined && !r.draft)
      permalinks.set(addressKey(paths.release(base, r.slug)), r);
  const out: Diagnostic[] = [];
  for (const release of releases) {
    (release.data?.aliases ?? []).forEach((alias, index) => {
      const at = {
        file: release.file,
        line: release.lineOf(['aliases', index]),
        field: `aliases[${index}]`,
      };
      const key = addressKey(alias.split('?')[0]!);
      const owner = alias.includes('?') ? undefined : permalinks.get(key);
      const rest = key.startsWith(base)
        ? key.slice(base.length)
        : `${key}/` === base
          ? ''
          : undefined;
      if (owner) {
        out.push({
          severity: 'error',
          rule: 'alias-target',
          ...at,
          ...(owner === release
            ? say('alias.own-address', { alias })
            : say('alias.other-release', { alias, owner: owner.file })),
        });
      } else if (rest === undefined) {
        out.push({
          severity: 'warning',
          rule: 'alias-target',
          ...at,
          ...say('alias.outside-base', { alias, base }),
        });
      } else if (
        !alias.includes('?') &&
        (rest === '' || SITE_SECTIONS.includes(rest.split('/')[0]!))
      ) {
        out.push({
          severity: 'error',
          rule: 'alias-target',
          ...at,
          ...say('alias.site-page', { alias, home: rest === '' }),
        });
      }
    });
  }
  return out;
}
