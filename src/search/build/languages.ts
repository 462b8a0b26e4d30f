import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { createPagefindIndex } from './pagefind-service.ts';
import { languageBundle, PAGEFIND } from '../contract.ts';

/**
 * The search indexes of the translation languages, a thin layer beside the Arabic index
 * (index-site.ts): one plain Pagefind bundle per language, `pagefind-<lang>/`, over that
 * language's release pages (`<lang>/releases/**`), with Pagefind's own stemming for the language
 * (`forceLanguage`; Pagefind 1.6 supports French and English) and none of the Arabic
 * normalisation. The Arabic index lists `releases/` only, so a French word is found in the French
 * version and nowhere else. Small (translations are few): no parts, no build cache.
 */

/**
 * Indexes each language's release pages into its own bundle.
 * @param outDir - the built site (absolute).
 * @param languages - the site's translation languages.
 * @returns pages indexed per language (languages without pages are skipped).
 * @throws Error naming the page when Pagefind rejects it.
 */
export async function buildLanguageIndexes(
  outDir: string,
  languages: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const lang of languages) {
    const bundle = join(outDir, languageBundle(lang));
    await rm(bundle, { recursive: true, force: true });
    const dir = join(outDir, lang, 'releases');
    const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
    const files = entries
      .filter((e) => e.isFile() && e.name === 'index.html')
      .map((e) => join(e.parentPath, e.name))
      .sort();
    if (files.length === 0) continue;
    const { index, errors } = await createPagefindIndex(lang);
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      let pages = 0;
      for (const file of files) {
        const content = await readFile(file, 'utf8');
        if (!content.includes(PAGEFIND.body)) continue; // a withdrawn release
        const sourcePath = relative(outDir, file).split(sep).join('/');
        const added = await index.addHTMLFile({ sourcePath, content });
        if (added.errors.length)
          throw new Error(`search index: ${sourcePath}: ${added.errors.join('; ')}`);
        pages++;
      }
      const written = await index.writeFiles({ outputPath: bundle });
      if (written.errors.length)
        throw new Error(`Pagefind could not write the ${lang} index: ${written.errors.join('; ')}`);
      counts.set(lang, pages);
    } finally {
      await pagefind.close();
    }
  }
  return counts;
}
