import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { translationSchema, TRANSLATION_FIELDS } from '../release/schema.ts';
import { translationFile } from '../release/identity.ts';
import { say } from '../messages/index.ts';
import { controlCharacterProblems } from './control-chars.ts';
import { decodeFile, encodingProblems } from './encoding.ts';
import { schemaDiagnostics } from './fields.ts';
import { parseFrontmatter, splitRelease } from './frontmatter.ts';
import { bodyImageProblems } from './images.ts';
import { mdxBodyProblems } from './mdx-body.ts';
import type { Diagnostic } from './types.ts';

/**
 * Checks the translations of a releases folder (`index.fr.mdx` next to `index.mdx`): encoding,
 * control characters, frontmatter against `translationSchema` (only what changes with the language), MDX body, a
 * language the site declares (`languages` in archive.config.mjs) and an original next to it.
 */

/** A translation that passed its checks. */
export interface CheckedTranslation {
  /** Path relative to the releases folder. */
  path: string;
  lang: string;
  /** Path of its original, relative to the releases folder. */
  original: string;
  draft: boolean;
}

const schema = translationSchema();

/**
 * @param releasesDir - the releases folder.
 * @param paths - translation paths relative to it (`listReleaseFiles().translations`).
 * @param originals - release paths relative to it (`listReleaseFiles().releases`).
 * @param languages - the languages the site declares.
 * @param show - display path of a file.
 */
export function checkTranslations(
  releasesDir: string,
  paths: readonly string[],
  originals: readonly string[],
  languages: readonly string[],
  show: (file: string) => string,
): { diagnostics: Diagnostic[]; translations: CheckedTranslation[] } {
  const diagnostics: Diagnostic[] = [];
  const translations: CheckedTranslation[] = [];
  const known = new Set(originals);
  for (const rel of paths) {
    const t = translationFile(rel)!;
    const file = show(join(releasesDir, rel));
    const decoded = decodeFile(readFileSync(join(releasesDir, rel)));
    const found: Diagnostic[] = [...encodingProblems(file, decoded)];
    if (!languages.includes(t.lang)) {
      found.push({
        severity: 'error',
        rule: 'translation',
        file,
        line: 1,
        ...say('translation.undeclared', { lang: t.lang, languages }),
      });
    }
    const original = t.originals.find((o) => known.has(o));
    if (!original) {
      found.push({
        severity: 'error',
        rule: 'translation',
        file,
        line: 1,
        ...say('translation.no-original', { original: t.original }),
      });
    }
    const split = splitRelease(decoded.text);
    found.push(...controlCharacterProblems(file, decoded.text, split));
    if (!split) {
      found.push({
        severity: 'error',
        rule: 'frontmatter',
        file,
        line: 1,
        ...say('translation.no-frontmatter', {}),
      });
    } else {
      // The same body rules as an original: the build's sanitiser, MDX without code, image paths.
      const body = mdxBodyProblems(
        file,
        split.body,
        split.bodyLine,
        rel.endsWith('.mdx') ? 'mdx' : 'md',
      );
      found.push(...body.diagnostics);
      const releaseDir = dirname(join(releasesDir, rel));
      found.push(...bodyImageProblems(file, body.images, releaseDir, split.bodyLine).diagnostics);
      const fm = parseFrontmatter(file, split);
      found.push(...fm.errors);
      if (fm.errors.length === 0) {
        const result = schema.safeParse(fm.data ?? {});
        if (!result.success)
          found.push(
            ...schemaDiagnostics(file, result.error.issues, fm.lineOf, (field) =>
              say(
                TRANSLATION_FIELDS.includes(field.split('.')[0]!)
                  ? 'translation.not-here'
                  : 'translation.from-original',
                { fields: TRANSLATION_FIELDS },
              ),
            ),
          );
        else if (original && !found.some((d) => d.severity === 'error'))
          translations.push({ path: rel, lang: t.lang, original, draft: result.data.draft });
      }
    }
    diagnostics.push(...found);
  }
  return { diagnostics, translations };
}
