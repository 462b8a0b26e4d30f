import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { parseCalendarDate } from '../arabic/dates.ts';
import { translationFile } from './identity.ts';
import { hasPage, publicationState, type PublicationClock } from './publication.ts';

/**
 * Whether a translation gets a page: it is not a draft and its original has a page in this build
 * (not a draft, not scheduled). The translations collection decides with it before storing an
 * entry, so nothing of a held-back release, images included, is built through its translation.
 * Reads the original's frontmatter (a few fields, YAML only); an unreadable original counts as
 * unpublished (the checks have reported it).
 */

/**
 * @param root - the project root (absolute).
 * @param releasesDir - the releases folder (absolute, or relative to the root).
 * @param filePath - the translation's file, relative to the project root.
 * @param draft - the translation's own `draft`.
 * @param clock - the build's clock.
 */
export function translationPublished(
  root: string,
  releasesDir: string,
  filePath: string | undefined,
  draft: boolean,
  clock: PublicationClock,
): boolean {
  if (draft || filePath === undefined) return false;
  const dir = resolve(root, releasesDir);
  const rel = relative(dir, resolve(root, filePath)).split(sep).join('/');
  const t = translationFile(rel);
  const original = t?.originals.map((o) => join(dir, o)).find((p) => existsSync(p));
  if (!original) return false;
  const text = readFileSync(original, 'utf8');
  const yaml = /^(?:\uFEFF)?\s*---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (yaml === undefined) return false;
  try {
    const data = parse(yaml) as Record<string, unknown>;
    const date = parseCalendarDate(data['date']);
    if (!date.ok) return false;
    return hasPage(
      publicationState(
        { date: date.date, draft: data['draft'] === true, withdrawn: data['withdrawn'] },
        clock,
      ),
    );
  } catch {
    return false;
  }
}
