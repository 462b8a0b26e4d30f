import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readTagRegistry, TAG_REGISTRY_FILE } from '../archive/tag-registry.ts';
import type { TagRegistryEntry } from '../archive/tags.ts';
import { duplicateAliases } from './aliases.ts';
import { attachmentFileProblems } from './attachment-files.ts';
import { duplicateUrls } from './duplicates.ts';
import { decodeFile, encodingProblems, fixEncoding } from './encoding.ts';
import { validateFields } from './fields.ts';
import { displayPath, listReleaseFiles } from '../release/files.ts';
import { entryId, releaseSlug } from '../release/identity.ts';
import { parseFrontmatter, splitRelease } from './frontmatter.ts';
import { mdxBodyProblems } from './mdx-body.ts';
import type { CheckedRelease } from './release.ts';
import { releaseRules } from './release-rules.ts';
import { tagVariants } from './tag-variants.ts';
import type { CheckOptions, CheckResult, Diagnostic, ScheduledRelease } from './types.ts';
import { toIsoWithOffset } from '../arabic/dates.ts';
import { isScheduled, publicationInstant } from '../release/publication.ts';
import { collapseWhitespace, toNfc } from '../arabic/text.ts';
import { releaseHistory } from './git-history.ts';
import { aliasTargetProblems } from './alias-targets.ts';
import { attachmentContentProblems } from './attachment-metadata.ts';
import { checkTranslations } from './translations.ts';
import { bodyHash, pastAddresses, permalinkGuard } from './permalink-guard.ts';
import { readRetired, RETIRED_FILE, type RetiredAddress } from './retired.ts';

export type { CheckOptions, CheckResult, Diagnostic, ScheduledRelease, Severity } from './types.ts';
export { formatDiagnostic, formatReport, formatScheduled } from './format.ts';

/**
 * Checks every release of an archive without building it: encoding, frontmatter YAML, fields
 * (the site's own schema), image files, alt text, dates, duplicate URLs, tag variants and
 * files the build would skip. Used by `npm run check` and by the build integration.
 * @param options - releases folder, archive time zone, optional "now".
 * @returns diagnostics and counts; never throws for bad releases.
 */
export function checkArchive(options: CheckOptions): CheckResult {
  const started = performance.now();
  const now = options.now ?? new Date();
  const show = (file: string) => displayPath(file, options.displayRoot);
  const diagnostics: Diagnostic[] = [];
  const {
    releases: files,
    translations: translationFiles,
    skipped,
  } = listReleaseFiles(options.releasesDir);
  if (!existsSync(options.releasesDir)) {
    diagnostics.push({
      severity: 'error',
      rule: 'releases-dir',
      file: show(options.releasesDir),
      line: 1,
      message: 'the releases folder does not exist, so the site would have no releases',
      fix: 'check releasesDir in archive.config.mjs (or the ARCHIVE_RELEASES_DIR variable), or pass  --dir <folder>',
    });
  } else if (files.length === 0) {
    diagnostics.push({
      severity: 'warning',
      rule: 'releases-dir',
      file: show(options.releasesDir),
      line: 1,
      message: 'the releases folder holds no release (.mdx or .md file)',
      fix: 'add one with  npm run new -- --title "…"',
    });
  }
  let registry: TagRegistryEntry[] = [];
  try {
    registry = readTagRegistry(options.releasesDir);
  } catch (error) {
    diagnostics.push({
      severity: 'error',
      rule: 'tag-registry',
      file: show(join(options.releasesDir, TAG_REGISTRY_FILE)),
      line: 1,
      message: (error as Error).message.replace(/^[^:]*: /, ''),
    });
  }
  const checked: CheckedRelease[] = [];
  const scheduled: ScheduledRelease[] = [];
  /** Files named in `attachments:` (absolute): a .docx there is an attachment, not a stray release. */
  const attached = new Set<string>();
  for (const rel of files) {
    const path = join(options.releasesDir, rel);
    const file = show(path);
    const decoded = decodeFile(readFileSync(path));
    diagnostics.push(...encodingProblems(file, decoded));
    const id = entryId(rel);
    const split = splitRelease(decoded.text);
    if (!split) {
      diagnostics.push({
        severity: 'error',
        rule: 'frontmatter',
        file,
        line: 1,
        message: 'the file does not start with a frontmatter block between two --- lines',
        fix: 'start the file with ---, the fields (title:, date:, dateline:, issuer:…), then --- and the text',
      });
      checked.push({ file, id, draft: false, tags: [], lineOf: () => 1 });
      continue;
    }
    if (rel.endsWith('.mdx'))
      diagnostics.push(...mdxBodyProblems(file, split.body, split.bodyLine));
    const fm = parseFrontmatter(file, split);
    diagnostics.push(...fm.errors);
    const raw = (fm.data && typeof fm.data === 'object' ? fm.data : {}) as Record<string, unknown>;
    const strings = (value: unknown) =>
      Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
    if (Array.isArray(raw['attachments']))
      for (const a of raw['attachments'] as { src?: unknown }[])
        if (typeof a?.src === 'string') attached.add(resolve(dirname(path), a.src));
    const release: CheckedRelease = {
      file,
      path: rel,
      dir: dirname(path),
      id,
      lineOf: fm.lineOf,
      draft: raw['draft'] === true,
      tags: strings(raw['tags']),
      aliases: strings(raw['aliases']),
      title: typeof raw['title'] === 'string' ? collapseWhitespace(toNfc(raw['title'])) : undefined,
      bodyHash: bodyHash(split.body),
    };
    const slugField = typeof raw['slug'] === 'string' ? raw['slug'] : undefined;
    try {
      release.slug = releaseSlug(id, slugField);
    } catch {
      // no usable slug: the schema reports a bad `slug:`; a bad file name is reported below
      if (slugField === undefined) {
        diagnostics.push({
          severity: 'error',
          rule: 'slug',
          file,
          line: 1,
          message: `the name "${id.split('/').pop()}" has no letters or digits to make a URL from`,
          fix: 'rename the folder or file after the title',
        });
      }
    }
    if (fm.errors.length === 0) {
      const result = validateFields(file, dirname(path), fm.data, fm.lineOf);
      diagnostics.push(...result.diagnostics);
      if (result.data) {
        release.data = result.data;
        if (!release.data.draft && isScheduled(release.data, now, options.timeZone))
          scheduled.push({
            file,
            at: toIsoWithOffset(release.data.date, options.timeZone),
            instant: publicationInstant(release.data, options.timeZone),
          });
        diagnostics.push(
          ...releaseRules(release, split.body, split.bodyLine, options.timeZone, now),
          ...attachmentFileProblems(release, dirname(path)),
        );
      }
    }
    checked.push(release);
  }
  for (const rel of skipped) {
    if (attached.has(resolve(options.releasesDir, rel))) continue; // a release's .docx attachment
    diagnostics.push({
      severity: 'error',
      rule: 'skipped-file',
      file: show(join(options.releasesDir, rel)),
      line: 1,
      message:
        'this file looks like a release but the build does not read it (only .mdx and .md files are releases)',
      fix:
        rel.toLowerCase().endsWith('.docx') || rel.endsWith('.txt')
          ? `turn it into a release with  npm run import -- "${join(options.releasesDir, rel)}" --date YYYY-MM-DD, then delete it`
          : 'rename it to index.mdx (lower-case extension), or move it out of the releases folder',
    });
  }
  diagnostics.push(
    ...duplicateUrls(checked),
    ...duplicateAliases(checked),
    ...tagVariants(checked, registry),
  );
  diagnostics.push(...aliasTargetProblems(checked, options.base ?? '/'));
  const translated = checkTranslations(
    options.releasesDir,
    translationFiles,
    files,
    options.languages ?? [],
    show,
  );
  diagnostics.push(...translated.diagnostics);
  const byPath = new Map(checked.map((r) => [r.path, r]));
  for (const t of translated.translations) {
    if (t.draft) continue;
    const release = byPath.get(t.original);
    if (release) (release.languages ??= []).push(t.lang);
  }
  const notes: string[] = [];
  if (options.history !== false && files.length > 0)
    diagnostics.push(...guardPermalinks(options, checked, show, now, notes));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return {
    diagnostics,
    releases: files.length,
    drafts: checked.filter((r) => r.draft).length,
    draftFiles: checked.filter((r) => r.draft).map((r) => r.file),
    scheduled: scheduled.sort((a, b) => a.instant.getTime() - b.instant.getTime()),
    notes,
    entries: checked,
    errors,
    warnings: diagnostics.length - errors,
    durationMs: performance.now() - started,
  };
}

/**
 * {@link checkArchive} plus the checks that read files asynchronously (attachment contents: PDF
 * metadata). `npm run check` and the build run this one.
 * @param options - as for `checkArchive`.
 */
export async function checkArchiveFully(options: CheckOptions): Promise<CheckResult> {
  const started = performance.now();
  const result = checkArchive(options);
  const more = await attachmentContentProblems(result.entries);
  const errors = more.filter((d) => d.severity === 'error').length;
  return {
    ...result,
    diagnostics: [...result.diagnostics, ...more],
    errors: result.errors + errors,
    warnings: result.warnings + more.length - errors,
    durationMs: performance.now() - started,
  };
}

/** The permalink guard over this folder's git history (`permalink-guard.ts`). */
function guardPermalinks(
  options: CheckOptions,
  checked: readonly CheckedRelease[],
  show: (file: string) => string,
  now: Date,
  notes: string[],
): Diagnostic[] {
  let retired: RetiredAddress[] = [];
  try {
    retired = readRetired(options.releasesDir);
  } catch (error) {
    return [
      {
        severity: 'error',
        rule: 'retired',
        file: show(join(options.releasesDir, RETIRED_FILE)),
        line: 1,
        message: (error as Error).message.replace(/^[^:]*: /, ''),
      },
    ];
  }
  const history = releaseHistory(options.releasesDir, now);
  if (!history.available) {
    notes.push(`permalink guard skipped: ${history.reason}, so renamed folders are not checked`);
    return [];
  }
  if (history.shallow)
    notes.push(
      'permalink guard: the git history is shallow (a CI checkout with a depth): renamed folders before it are not checked; fetch the whole history (actions/checkout: fetch-depth: 0)',
    );
  return permalinkGuard(pastAddresses(history.versions, options.timeZone), {
    releases: checked,
    retired,
    base: options.base ?? '/',
    show: (path) => show(join(options.releasesDir, path)),
  });
}

/**
 * Rewrites release files with encoding problems (BOM, CRLF, NFD, Windows-1256) as clean UTF-8.
 * @param releasesDir - the releases folder.
 * @returns paths of the files rewritten.
 */
export function fixEncodings(releasesDir: string): string[] {
  const fixed: string[] = [];
  for (const rel of listReleaseFiles(releasesDir).releases) {
    const path = join(releasesDir, rel);
    const bytes = readFileSync(path);
    const decoded = decodeFile(bytes);
    const text = fixEncoding(decoded);
    if (!decoded.utf8 || text !== decoded.text) {
      writeFileSync(path, text, 'utf8');
      fixed.push(path);
    }
  }
  return fixed;
}
