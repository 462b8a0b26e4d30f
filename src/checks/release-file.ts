import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { toIsoWithOffset } from '../arabic/dates.ts';
import { collapseWhitespace, toNfc } from '../arabic/text.ts';
import { entryId, releaseSlug } from '../release/identity.ts';
import { isScheduled, publicationInstant } from '../release/publication.ts';
import { MAX_RELEASE_FILE_BYTES, MAX_SEGMENT_BYTES, utf8Bytes } from '../release/limits.ts';
import { attachmentFileProblems } from './attachment-files.ts';
import { controlCharacterProblems, controlCharacterValues } from './control-chars.ts';
import { decodeFile, encodingProblems } from './encoding.ts';
import { validateFields } from './fields.ts';
import { parseFrontmatter, splitRelease } from './frontmatter.ts';
import { bodyImageProblems, type ImageUse } from './images.ts';
import { say } from '../messages/index.ts';
import { mdxBodyProblems } from './mdx-body.ts';
import { bodyHash } from './permalink-guard.ts';
import type { CheckedRelease } from './release.ts';
import { releaseRules } from './release-rules.ts';
import type { Diagnostic, ScheduledRelease } from './types.ts';

/**
 * The checks of one release file, in the order a reader of the file would meet the problems:
 * size, encoding, control characters, frontmatter YAML, body (MDX or Markdown, sanitiser
 * findings), slug, fields, date rules (and whether it is scheduled). Image files are only listed here; `checkArchive` decodes
 * them all together.
 */

export type { ImageUse } from './images.ts';

/** What checking one file gives. */
export interface FileCheck {
  diagnostics: Diagnostic[];
  release: CheckedRelease;
  images: ImageUse[];
  /** Absolute paths of the files named in `attachments:` (even when other fields are invalid). */
  attachments: string[];
  /** Set when the release is dated after `now` (an embargo): not published until then. */
  scheduled?: ScheduledRelease;
}

/**
 * @param rel - the file's path relative to the releases folder.
 * @param path - the file's path.
 * @param file - the path shown in messages.
 * @param timeZone - archive time zone, for "today".
 * @param now - the instant taken as "now".
 */
export function checkReleaseFile(
  rel: string,
  path: string,
  file: string,
  timeZone: string,
  now: Date,
): FileCheck {
  const id = entryId(rel);
  const release: CheckedRelease = {
    file,
    path: rel,
    dir: dirname(path),
    id,
    draft: false,
    tags: [],
    lineOf: () => 1,
  };
  const diagnostics: Diagnostic[] = [];
  const images: ImageUse[] = [];
  const attachments: string[] = [];
  let scheduled: ScheduledRelease | undefined;
  const done = (): FileCheck => ({
    diagnostics,
    release,
    images,
    attachments,
    ...(scheduled ? { scheduled } : {}),
  });
  const size = statSync(path).size;
  if (size > MAX_RELEASE_FILE_BYTES) {
    diagnostics.push({
      severity: 'error',
      rule: 'file-size',
      file,
      line: 1,
      ...say('file.too-big', {
        kb: Math.round(size / 1024),
        maxKb: MAX_RELEASE_FILE_BYTES / 1024,
      }),
    });
    return done();
  }
  const decoded = decodeFile(readFileSync(path));
  diagnostics.push(...encodingProblems(file, decoded));
  const split = splitRelease(decoded.text);
  const controls = controlCharacterProblems(file, decoded.text, split);
  diagnostics.push(...controls);
  if (!split) {
    diagnostics.push({
      severity: 'error',
      rule: 'frontmatter',
      file,
      line: 1,
      ...say('frontmatter.missing', {}),
    });
    return done();
  }
  const body = mdxBodyProblems(
    file,
    split.body,
    split.bodyLine,
    rel.endsWith('.mdx') ? 'mdx' : 'md',
  );
  diagnostics.push(...body.diagnostics);
  const fm = parseFrontmatter(file, split);
  diagnostics.push(...fm.errors);
  const raw = (fm.data && typeof fm.data === 'object' ? fm.data : {}) as Record<string, unknown>;
  const dir = dirname(path);
  if (Array.isArray(raw['attachments']))
    for (const a of raw['attachments'] as { src?: unknown }[])
      if (typeof a?.src === 'string') attachments.push(resolve(dir, a.src));
  // YAML writes a control character into a value only through a backslash escape ("\0").
  if (split.yaml.includes('\\') && !controls.some((d) => d.severity === 'error'))
    diagnostics.push(...controlCharacterValues(file, fm.data, fm.lineOf));
  release.lineOf = fm.lineOf;
  release.draft = raw['draft'] === true;
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  release.tags = strings(raw['tags']);
  release.aliases = strings(raw['aliases']);
  if (typeof raw['title'] === 'string') release.title = collapseWhitespace(toNfc(raw['title']));
  release.bodyHash = bodyHash(split.body);
  const slugField = typeof raw['slug'] === 'string' ? raw['slug'] : undefined;
  const name = id.split('/').pop()!;
  try {
    release.slug = releaseSlug(id, slugField);
  } catch {
    // no usable slug: the schema reports a bad `slug:`; a bad file name is reported here
    if (slugField === undefined) {
      diagnostics.push({
        severity: 'error',
        rule: 'slug',
        file,
        line: 1,
        ...say('file.name-no-letters', { name }),
      });
    }
  }
  if (slugField === undefined && release.slug && utf8Bytes(release.slug) > MAX_SEGMENT_BYTES) {
    diagnostics.push({
      severity: 'error',
      rule: 'slug',
      file,
      line: 1,
      ...say('file.name-too-long', {
        start: name.slice(0, 40),
        bytes: utf8Bytes(release.slug),
        max: MAX_SEGMENT_BYTES,
      }),
    });
  }
  if (fm.errors.length === 0) {
    const result = validateFields(file, dir, fm.data, fm.lineOf, timeZone);
    diagnostics.push(...result.diagnostics);
    if (result.data) {
      release.data = result.data;
      if (!result.data.draft && isScheduled(result.data, now, timeZone))
        scheduled = {
          file,
          at: toIsoWithOffset(result.data.date, timeZone),
          instant: publicationInstant(result.data, timeZone),
        };
      diagnostics.push(
        ...releaseRules(release, split.body, split.bodyLine, timeZone, now),
        ...attachmentFileProblems(release, dir),
      );
      if (result.data.image) {
        const line = fm.lineOf(['image', 'src']);
        images.push({
          path: resolve(dir, result.data.image.src),
          releaseDir: dir,
          file,
          line,
          field: 'image.src',
        });
      }
    }
  }
  const paths = bodyImageProblems(file, body.images, dir, split.bodyLine);
  diagnostics.push(...paths.diagnostics);
  images.push(...paths.images);
  return done();
}
