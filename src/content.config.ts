import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { config } from './lib/config.ts';
import { releaseSchema } from './lib/schema.ts';

/**
 * The `releases` collection: one `.mdx` (or `.md`) file per release under `releases/`, images next
 * to it. Field-by-field documentation: `src/lib/schema.ts` (JSDoc per field) and the README.
 * The entry id is the file path without extension and without a trailing `/index`.
 */
const releases = defineCollection({
  loader: glob({
    base: config.releasesDir,
    pattern: ['**/*.{md,mdx}', '!**/_*', '!**/README.md'],
    generateId: ({ entry }) => entry.normalize('NFC').replace(/\.(md|mdx)$/, '').replace(/\/index$/, ''),
  }),
  schema: ({ image }) => releaseSchema(image),
});

export const collections = { releases };
