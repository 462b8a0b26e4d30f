import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { releasesLoader } from './release/loader.ts';
import { archiveEnv } from './config/env.ts';
import { clock, config } from './config/settings.ts';
import type { ReleaseData } from './archive/model.ts';
import { hasPage, publicationState } from './release/publication.ts';
import { entryId, RELEASE_PATTERNS } from './release/identity.ts';
import { releaseSchema } from './release/schema.ts';

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

export const collections = { releases };
