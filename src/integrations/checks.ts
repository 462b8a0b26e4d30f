import type { AstroIntegration } from 'astro';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArchive, formatDiagnostic } from '../checks/index.ts';
import { config } from '../config/settings.ts';

/**
 * Runs the release checks of `npm run check` at the start of every `astro build`
 * (`astro:config:setup`), before the content collection is loaded: warnings are logged, and any
 * error stops the build with the same `file:line` messages, so no release is ever dropped
 * silently. Drafts and files skipped by design are listed. In `astro dev` errors are logged only,
 * except symbolic links.
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
        const result = await checkArchive({
          releasesDir,
          timeZone: config.timeZone,
          displayRoot: root,
          cacheDir: fileURLToPath(astroConfig.cacheDir),
        });
        for (const d of result.diagnostics) {
          if (d.severity === 'warning') logger.warn(formatDiagnostic(d));
        }
        for (const d of result.diagnostics) {
          if (d.severity === 'error') logger.error(formatDiagnostic(d));
        }
        const summary = `${result.releases} releases checked in ${Math.round(result.durationMs)} ms: ${result.errors} error(s), ${result.warnings} warning(s); ${result.drafts} draft(s) left out of the site.`;
        // In `astro dev` errors are only logged (the sanitiser still stands between a release
        // and the page), except a symbolic link: Vite would follow it to whatever it points at.
        const stopping =
          command === 'build'
            ? result.errors
            : result.diagnostics.filter((d) => d.rule === 'symlink').length;
        if (stopping > 0) {
          const error = new Error(
            `The ${command === 'build' ? 'build' : 'dev server'} stopped: ${stopping} release error(s), listed above (file:line, field, fix). Fix them and run  npm run check  again.`,
          );
          error.stack = error.message; // the messages above say where; a stack trace of this file would only distract
          throw error;
        }
        for (const file of result.draftFiles) logger.info(`draft, not published: ${file}`);
        for (const { file, reason } of result.skipped) logger.info(`skipped: ${file} (${reason})`);
        logger.info(summary);
      },
    },
  };
}
