import raw from '../../archive.config.mjs';
import { archiveEnv, readEnv } from './env.ts';
import { settingsSchema, type ArchiveConfig } from './schema.ts';

export { normaliseBase, type ArchiveConfig } from './schema.ts';

/**
 * Reads the archive settings: `archive.config.mjs` with the environment overrides of `env.ts`
 * (`ARCHIVE_SITE`, `ARCHIVE_BASE`, `ARCHIVE_LOCALE`, `ARCHIVE_TIME_ZONE`, `ARCHIVE_RELEASES_DIR`,
 * `ARCHIVE_PAGE_SIZE`, `ARCHIVE_SEARCH_PART_SIZE`), validated by the settings schema.
 * @param env - the environment (defaults to this process's switches).
 * @param settings - the settings file's object (defaults to `archive.config.mjs`).
 * @throws Error `archive.config.mjs: <setting>: <problem and fix>` for every bad setting.
 */
export function loadConfig(
  env?: Record<string, string | undefined>,
  settings: unknown = raw,
): ArchiveConfig {
  const { overrides } = env === undefined ? archiveEnv : readEnv(env);
  const parsed = settingsSchema.safeParse({ ...(settings as object), ...overrides });
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues
        .map((issue) => `archive.config.mjs: ${issue.path.join('.') || '(file)'}: ${issue.message}`)
        .join('\n'),
    );
  }
  return parsed.data;
}

/** The archive settings for this process. */
export const config: ArchiveConfig = loadConfig();

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
