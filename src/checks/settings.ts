import { existsSync, readFileSync } from 'node:fs';
import { EXAMPLE_SITE } from '../config/schema.ts';
import { say } from '../messages/index.ts';
import type { Diagnostic } from './types.ts';

/**
 * Settings a publisher would not notice until too late: while `site` is still the example address
 * that the archive ships with, every canonical URL, feed link and sitemap entry points at it.
 */

/**
 * @param site - the `site` in force (after `ARCHIVE_SITE`), without a trailing slash.
 * @param configFile - path of `archive.config.mjs`, for the line of `site:` in the message.
 * @returns a `site` warning, or nothing when the archive has its own address.
 */
export function settingsWarnings(site: string, configFile: string): Diagnostic[] {
  if (site.replace(/\/+$/, '') !== EXAMPLE_SITE) return [];
  const lines = existsSync(configFile) ? readFileSync(configFile, 'utf8').split('\n') : [];
  const line = lines.findIndex((l) => /^\s*site\s*:/.test(l)) + 1 || 1;
  return [
    {
      severity: 'warning',
      rule: 'example-site',
      file: configFile,
      line,
      ...say('site.example', { site: EXAMPLE_SITE }),
    },
  ];
}
