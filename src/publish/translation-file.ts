import { say } from '../messages/index.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { collapseWhitespace, toNfc } from '../arabic/text.ts';
import type { ExistingRelease } from './existing.ts';
import { PublishError } from './release-file.ts';
import { renderFrontmatter } from './yaml-write.ts';

/**
 * Where `npm run new` and `npm run import` write a translation (`--translation-of <slug> --lang
 * fr`): next to the original, named after it (`index.mdx` → `index.fr.mdx`, `x.mdx` → `x.fr.mdx`),
 * with only the fields a translation sets (`translationSchema`).
 */

/**
 * @param releasesDir - the releases folder.
 * @param of - the original's slug or its path relative to the releases folder.
 * @param lang - the translation's language.
 * @param languages - the languages the site declares.
 * @param existing - the releases in the archive.
 * @returns the file to write (absolute or as `releasesDir` is given).
 * @throws PublishError when the language is not declared, the original is unknown or the
 *   translation exists already.
 */
export function translationLocation(
  releasesDir: string,
  of: string,
  lang: string | undefined,
  languages: readonly string[],
  existing: readonly ExistingRelease[],
): string {
  if (!lang || !languages.includes(lang))
    throw new PublishError(say('translation.lang', { languages }));
  const wanted = toNfc(of.trim())
    .replace(/^\/?releases\//, '')
    .replace(/\/$/, '');
  const original = existing.find((r) => r.slug === wanted || r.path === wanted);
  if (!original) throw new PublishError(say('translation.of', { value: of }));
  const file = join(releasesDir, original.path.replace(/\.(mdx?)$/, `.${lang}.$1`));
  if (existsSync(file)) throw new PublishError(say('translation.exists', { path: file }));
  return file;
}

/**
 * The text of a translation file.
 * @param fields - title (required), dateline, and whether it is a draft.
 * @param body - the text (paragraphs separated by an empty line).
 */
export function translationText(
  fields: { title: string; dateline?: string | undefined; draft: boolean },
  body: string,
): string {
  const title = collapseWhitespace(toNfc(fields.title));
  if (!title) throw new PublishError(say('translation.title-required', {}));
  return `${renderFrontmatter([
    { key: 'title', value: title },
    {
      key: 'dateline',
      value: fields.dateline ? collapseWhitespace(toNfc(fields.dateline)) : undefined,
    },
    { key: 'draft', value: fields.draft ? true : undefined },
  ])}\n${body.trim()}\n`;
}
