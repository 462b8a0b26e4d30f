import { z } from 'astro/zod';
import type { ReleaseData } from '../archive/model.ts';
import { FIELD_LABELS, releaseSchema } from '../release/schema.ts';
import { imagePathText } from './images.ts';
import { issueParams, say, textOfIssue, zodMessage, type Saying } from '../messages/index.ts';
import { localizeDateText } from '../release/date-input.ts';
import type { Diagnostic } from './types.ts';

/**
 * Validates frontmatter with the site's own `releaseSchema`, swapping Astro's `image()` for a
 * validator of the image path (`imagePathProblem`: a relative path to an image file inside the
 * release's folder). The file itself is read and decoded afterwards (`imageFileProblem`).
 */

/** Folder of the release being validated (zod parsing is synchronous, so one schema serves every file). */
let releaseDir = '';

const imageSrc = () =>
  z.string({ error: zodMessage('image.src-missing', {}) }).superRefine((src, ctx) => {
    const text = imagePathText(src, releaseDir);
    if (text) ctx.addIssue({ code: 'custom', ...issueParams(text.key, text.values as never) });
  });

const schema = releaseSchema(imageSrc);

/** Names of the frontmatter fields, for "did you mean" suggestions. */
const FIELDS = Object.keys(FIELD_LABELS).filter((f) => !f.includes('.'));

/** Levenshtein distance (small strings only). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * The field an unknown key was probably meant to be: same letters in another case, a typo
 * (edit distance ≤ 2) or the field's Arabic label (e.g. `العنوان` → `title`).
 * @returns the field name, or `undefined`.
 */
export function suggestField(key: string, prefix = ''): string | undefined {
  const candidates = prefix === 'image.' ? ['src', 'alt', 'caption', 'credit'] : FIELDS;
  const lower = key.trim().toLowerCase();
  const byLabel = Object.entries(FIELD_LABELS).find(
    ([field, label]) => label === key.trim() && field.startsWith(prefix),
  );
  if (byLabel) return byLabel[0].slice(prefix.length);
  const scored = candidates
    .map((f) => [f, distance(lower, f.toLowerCase())] as const)
    .sort((a, b) => a[1] - b[1]);
  const best = scored[0];
  return best && best[1] <= Math.min(2, Math.floor(best[0].length / 2)) ? best[0] : undefined;
}

/** The catalogue text of a zod issue, with the fix line it brings, if any. */
function textAndFix(issue: z.core.$ZodIssue): Partial<Diagnostic> {
  const text = textOfIssue(issue);
  return text ? say(text.key, text.values as never) : {};
}

/** `countries[1]`-style display of a field path. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('');
}

/**
 * Validates a release's frontmatter data.
 * @param file - path shown in messages.
 * @param dir - the release's folder (images are resolved against it).
 * @param data - plain YAML data.
 * @param lineOf - file line of a field path.
 * @param timeZone - the archive's IANA time zone: a date written with a UTC offset is refused
 *   with the same instant in it, to paste.
 * @returns diagnostics, and the validated data when there is no error.
 */
export function validateFields(
  file: string,
  dir: string,
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number,
  timeZone?: string,
): { diagnostics: Diagnostic[]; data?: ReleaseData<string> } {
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    return {
      diagnostics: [
        {
          severity: 'error',
          rule: 'field',
          file,
          line: lineOf([]),
          ...say('frontmatter.empty', {}),
        },
      ],
    };
  }
  releaseDir = dir;
  const result = schema.safeParse(data);
  if (result.success) return { diagnostics: [], data: result.data as ReleaseData<string> };
  const diagnostics = schemaDiagnostics(file, result.error.issues, lineOf);
  if (timeZone)
    for (const d of diagnostics)
      if (d.text?.key === 'date.offset') {
        const text = localizeDateText(d.text, timeZone);
        Object.assign(d, say(text.key, text.values as never));
      }
  return { diagnostics };
}

/**
 * Diagnostics for the issues of a failed schema parse: unknown keys with a "did you mean" (or,
 * with `unknownField`, a message of the caller's), every other issue with its field and message.
 * @param unknownField - message and fix for an unknown key (default: a release's suggestions).
 */
export function schemaDiagnostics(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  lineOf: (path: readonly PropertyKey[]) => number,
  unknownField?: (field: string) => Saying,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const prefix = issue.path.length ? `${fieldName(issue.path)}.` : '';
      for (const key of issue.keys) {
        const suggestion = suggestField(key, prefix);
        const text =
          unknownField?.(`${prefix}${key}`) ??
          say('field.unknown', { suggestion: suggestion ?? '', fields: FIELDS });
        diagnostics.push({
          severity: 'error',
          rule: 'unknown-field',
          file,
          line: lineOf([...issue.path, key]),
          field: `${prefix}${key}`,
          ...text,
        });
      }
      continue;
    }
    diagnostics.push({
      severity: 'error',
      rule: 'field',
      file,
      line: lineOf(issue.path),
      field: fieldName(issue.path),
      message: issue.message,
      ...textAndFix(issue),
    });
  }
  return diagnostics;
}
