import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { releasesLoader } from './release/loader.ts';
import { archiveEnv } from './config/env.ts';
import { clock, config } from './config/settings.ts';
import type { ReleaseData } from './archive/model.ts';
import { hasPage, publicationState } from './release/publication.ts';
import {
  entryId,
  RELEASE_PATTERNS,
  TRANSLATION_PATTERNS,
  translationId,
} from './release/identity.ts';
import { releaseSchema, translationSchema } from './release/schema.ts';
import { translationPublished } from './release/translation-state.ts';

/**
 * The `releases` collection: one `.mdx` (or `.md`) file per release under `releases/`, images next
 * to it. Field-by-field documentation: `src/release/schema.ts` (JSDoc per field) and the README.
 * Which files are releases and their entry id: `src/release/identity.ts`.
 * `releasesLoader` is `glob()` that renders component-free `.mdx` through the Markdown pipeline
 * (BENCHMARKS.md); `ARCHIVE_STOCK_BUILD=1` switches back to plain `glob()` for the benchmark's
 * stock comparison. Drafts and scheduled releases are left out of the collection, so nothing of
 * theirs (images included) is built (`src/release/publication.ts`).
 */
const globOptions = {
  base: config.releasesDir,
  pattern: RELEASE_PATTERNS,
  generateId: ({ entry }: { entry: string }) => entryId(entry),
};

const releases = defineCollection({
  loader: archiveEnv.stockBuild
    ? glob(globOptions)
    : releasesLoader(globOptions, (data) =>
        hasPage(publicationState(data as unknown as ReleaseData, clock)),
      ),
  schema: ({ image }) => releaseSchema(image),
});

/**
 * The `translations` collection: `index.fr.mdx` / `index.en.mdx` next to a release (entry id
 * `<lang>/<original id>`). Only what changes with the language is here (`translationSchema`);
 * the archive model merges it with the original (`src/archive/languages.ts`). A translation of a
 * release without a page (draft, scheduled) is not stored.
 */
const translations = defineCollection({
  loader: releasesLoader(
    {
      base: config.releasesDir,
      pattern: TRANSLATION_PATTERNS,
      generateId: ({ entry }: { entry: string }) => translationId(entry.normalize('NFC')),
    },
    (data, filePath) =>
      translationPublished(
        process.cwd(),
        config.releasesDir,
        filePath,
        data['draft'] === true,
        clock,
      ),
  ),
  schema: translationSchema(),
});

export const collections = { releases, translations };
