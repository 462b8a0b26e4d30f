import raw from '../../archive.config.mjs';
import { archiveEnv, readEnv } from './env.ts';
import { settingsSchema, type ArchiveConfig } from './schema.ts';
import { messageLanguage, render, textOfIssue } from '../messages/index.ts';

export { normaliseBase, type ArchiveConfig } from './schema.ts';

/** Bad settings in `archive.config.mjs` (or its environment overrides); the message lists them. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/**
 * Reads the archive settings: `archive.config.mjs` with the environment overrides of `env.ts`
 * (`ARCHIVE_SITE`, `ARCHIVE_BASE`, `ARCHIVE_LOCALE`, `ARCHIVE_TIME_ZONE`, `ARCHIVE_RELEASES_DIR`,
 * `ARCHIVE_PAGE_SIZE`, `ARCHIVE_SEARCH_PART_SIZE`), validated by the settings schema.
 * @param env - the environment (defaults to this process's switches); its `LC_ALL`/`LANG` also
 *   choose the messages' language (`messageLanguage`: Arabic unless the locale is English).
 * @param settings - the settings file's object (defaults to `archive.config.mjs`).
 * @throws SettingsError `archive.config.mjs: <setting>: <problem and fix>` for every bad setting,
 *   one per line, in that language (src/messages/ar-settings.ts, en-settings.ts).
 */
export function loadConfig(
  env?: Record<string, string | undefined>,
  settings: unknown = raw,
): ArchiveConfig {
  const { overrides } = env === undefined ? archiveEnv : readEnv(env);
  const parsed = settingsSchema.safeParse({ ...(settings as object), ...overrides });
  if (!parsed.success) {
    const lang = messageLanguage(undefined, env ?? process.env);
    throw new SettingsError(
      parsed.error.issues
        .map((issue) => {
          const { message, fix } = render(
            textOfIssue(issue) ?? { key: 'settings.invalid', values: { reason: issue.message } },
            lang,
          );
          const where = issue.path.join('.') || '(file)';
          return `archive.config.mjs: ${where}: ${message}${fix ? ` (${fix})` : ''}`;
        })
        .join('\n'),
    );
  }
  return parsed.data;
}

/**
 * The archive settings for this process. Every command (`npm run build`, `check`, `new`,
 * `import`) and `astro.config.mjs` import them before any of their own code runs, so a bad setting
 * is reported here: its lines alone on stderr and exit code 1, instead of a loader's stack trace
 * burying them.
 */
export const config: ArchiveConfig = (() => {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
})();

/**
 * The clock this build publishes by (`src/release/publication.ts`): its "now" (`ARCHIVE_NOW`,
 * else when the switches were read), the archive time zone and the preview switch
 * `ARCHIVE_BUILD_FUTURE`.
 */
export const clock = {
  now: archiveEnv.now,
  timeZone: config.timeZone,
  buildFuture: archiveEnv.buildFuture,
} as const;
