import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { say, type Saying } from '../messages/index.ts';
import { systemErrorText } from '../messages/system.ts';
import { join, resolve } from 'node:path';
import { readTagRegistry, TAG_REGISTRY_FILE } from '../archive/tag-registry.ts';
import type { TagRegistryEntry } from '../archive/tags.ts';
import { displayPath, listReleaseFiles } from '../release/files.ts';
import { entryId } from '../release/identity.ts';
import { duplicateAliases } from './aliases.ts';
import { duplicateUrls } from './duplicates.ts';
import { decodeFile, encodingName, fixEncoding, fixRefusal } from './encoding.ts';
import { fileNameProblems, hiddenFileNotes } from './file-names.ts';
import { ImageCheckCache, imageFileProblem } from './images.ts';
import { checkReleaseFile, type ImageUse } from './release-file.ts';
import type { CheckedRelease } from './release.ts';
import { tagVariants } from './tag-variants.ts';
import type { CheckOptions, CheckResult, Diagnostic, ScheduledRelease } from './types.ts';
import { releaseHistory } from './git-history.ts';
import { aliasTargetProblems } from './alias-targets.ts';
import { attachmentContentProblems } from './attachment-metadata.ts';
import { checkTranslations } from './translations.ts';
import { pastAddresses, permalinkGuard } from './permalink-guard.ts';
import { readRetired, RetiredError, RETIRED_FILE, type RetiredAddress } from './retired.ts';

export type { CheckOptions, CheckResult, Diagnostic, ScheduledRelease, Severity } from './types.ts';
export { formatDiagnostic, formatReport, formatScheduled } from './format.ts';

/** Images decoded at once (sharp decodes on libuv's thread pool, four threads by default). */
const IMAGE_CONCURRENCY = 4;

/**
 * Checks every release of an archive without building it: file names and links, encoding,
 * control characters, frontmatter YAML, fields (the site's own schema), bodies (the build's own
 * sanitiser, in inspecting mode), image files (read and decoded), dates, duplicate URLs, tag
 * variants and files the build would skip. Used by `npm run check` and by the build integration.
 * One file that cannot be read never hides the others' reports.
 * @param options - releases folder, archive time zone, optional "now" and build cache folder.
 * @returns diagnostics, counts and the files skipped by design; never throws for bad releases.
 */
export async function checkArchive(options: CheckOptions): Promise<CheckResult> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const dir = options.releasesDir;
  const show = (file: string) => displayPath(file, options.displayRoot);
  const diagnostics: Diagnostic[] = [];
  const listing = listReleaseFiles(dir);
  const files = listing.releases;
  const translationFiles = listing.translations;
  if (!existsSync(dir)) {
    diagnostics.push({
      severity: 'error',
      rule: 'releases-dir',
      file: show(dir),
      line: 1,
      ...say('releases.no-folder', {}),
    });
  } else if (files.length === 0) {
    diagnostics.push({
      severity: 'warning',
      rule: 'releases-dir',
      file: show(dir),
      line: 1,
      ...say('releases.none', {}),
    });
  }
  diagnostics.push(...fileNameProblems(listing, dir, show));
  let registry: TagRegistryEntry[] = [];
  try {
    registry = readTagRegistry(dir);
  } catch (error) {
    diagnostics.push({
      severity: 'error',
      rule: 'tag-registry',
      file: show(join(dir, TAG_REGISTRY_FILE)),
      line: 1,
      message: (error as Error).message.replace(/^[^:]*: /, ''),
    });
  }
  const linked = (rel: string) => listing.links.some((l) => rel === l || rel.startsWith(`${l}/`));
  const checked: CheckedRelease[] = [];
  const images: ImageUse[] = [];
  const scheduled: ScheduledRelease[] = [];
  /** Files named in `attachments:` (absolute): a .docx there is an attachment, not a stray release. */
  const attached = new Set<string>();
  for (const rel of files) {
    if (linked(rel)) continue; // reported as a link; never read
    const path = join(dir, rel);
    const file = show(path);
    try {
      const result = checkReleaseFile(rel, path, file, options.timeZone, now);
      diagnostics.push(...result.diagnostics);
      images.push(...result.images);
      for (const path of result.attachments) attached.add(path);
      if (result.scheduled) scheduled.push(result.scheduled);
      checked.push(result.release);
    } catch (error) {
      diagnostics.push({
        severity: 'error',
        rule: 'internal',
        file,
        line: 1,
        ...(systemErrorText(error, path, 'read') ??
          say('file.internal', { reason: (error as Error).message })),
      });
      checked.push({ file, id: entryId(rel), draft: false, tags: [], lineOf: () => 1 });
    }
  }
  for (const rel of listing.skipped) {
    if (attached.has(resolve(dir, rel))) continue; // a release's .docx attachment
    diagnostics.push({
      severity: 'error',
      rule: 'skipped-file',
      file: show(join(dir, rel)),
      line: 1,
      ...say('file.not-release', {
        importable: rel.toLowerCase().endsWith('.docx') || rel.endsWith('.txt'),
        path: join(dir, rel),
      }),
    });
  }
  diagnostics.push(...(await imageFileProblems(images, options.cacheDir)));
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
  const notes: Saying[] = [];
  if (options.history !== false && files.length > 0)
    diagnostics.push(...guardPermalinks(options, checked, show, now, notes));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return {
    diagnostics,
    releases: files.length,
    drafts: checked.filter((r) => r.draft).length,
    draftFiles: checked.filter((r) => r.draft).map((r) => r.file),
    skipped: hiddenFileNotes(listing, dir, show),
    scheduled: scheduled.sort((a, b) => a.instant.getTime() - b.instant.getTime()),
    notes,
    entries: checked,
    errors,
    warnings: diagnostics.length - errors,
    durationMs: performance.now() - started,
  };
}

/** Reads and decodes every image file the releases use, each file once. */
async function imageFileProblems(uses: ImageUse[], cacheDir?: string): Promise<Diagnostic[]> {
  const cache = new ImageCheckCache(cacheDir);
  const first = new Map<string, ImageUse>();
  for (const use of uses) if (!first.has(use.path)) first.set(use.path, use);
  const queue = [...first.values()];
  const out: Diagnostic[] = [];
  const worker = async () => {
    for (let use = queue.shift(); use; use = queue.shift()) {
      let problem: Saying | undefined;
      try {
        problem = await imageFileProblem(use.path, use.releaseDir, cache);
      } catch (error) {
        problem = say('image-file.error', {
          name: use.path.split(/[\\/]/).pop() ?? use.path,
          reason: (error as Error).message,
        });
      }
      if (problem) {
        out.push({
          severity: 'error',
          rule: 'image',
          file: use.file,
          line: use.line,
          ...(use.field ? { field: use.field } : {}),
          ...problem,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: IMAGE_CONCURRENCY }, worker));
  cache.save();
  return out;
}

/** What `npm run check -- --fix` did. */
export interface FixReport {
  /** Files rewritten, with the encoding they were read in. */
  fixed: { path: string; from: string }[];
  /** Files with an encoding problem that were left alone, each with why (naming the file). */
  refused: Saying[];
}

/**
 * {@link checkArchive} plus the checks that read files asynchronously (attachment contents: PDF
 * metadata). `npm run check` and the build run this one.
 * @param options - as for `checkArchive`.
 */
export async function checkArchiveFully(options: CheckOptions): Promise<CheckResult> {
  const started = performance.now();
  const result = await checkArchive(options);
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
  notes: Saying[],
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
        ...(error instanceof RetiredError && error.text
          ? { message: error.message.replace(/^[^:]*: /, ''), text: error.text }
          : { message: (error as Error).message.replace(/^[^:]*: /, '') }),
      },
    ];
  }
  const history = releaseHistory(options.releasesDir, now);
  if (!history.available) {
    notes.push(say('note.no-git', {}));
    return [];
  }
  if (history.shallow) notes.push(say('note.shallow', {}));
  return permalinkGuard(pastAddresses(history.versions, options.timeZone), {
    releases: checked,
    retired,
    base: options.base ?? '/',
    show: (path) => show(join(options.releasesDir, path)),
  });
}

/**
 * Rewrites release files with encoding problems (BOM, CRLF, NFD, UTF-16, Windows-1256) as clean
 * UTF-8, losslessly; files whose encoding is not certain are left alone and listed.
 * @param releasesDir - the releases folder.
 */
export function fixEncodings(releasesDir: string): FixReport {
  const report: FixReport = { fixed: [], refused: [] };
  const { releases, translations, links } = listReleaseFiles(releasesDir);
  for (const rel of [...releases, ...translations]) {
    if (links.some((l) => rel === l || rel.startsWith(`${l}/`))) continue;
    const path = join(releasesDir, rel);
    const decoded = decodeFile(readFileSync(path));
    const text = fixEncoding(decoded);
    if (text === undefined) report.refused.push(fixRefusal(path, decoded));
    else if (decoded.encoding !== 'utf-8' || text !== decoded.text) {
      writeFileSync(path, text, 'utf8');
      report.fixed.push({ path, from: encodingName(decoded) });
    }
  }
  return report;
}
