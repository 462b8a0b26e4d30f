import { say, type Saying } from '../../messages/index.ts';
import { copyFileSync, constants, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aliasKey } from '../../release/aliases.ts';
import type { ExistingRelease } from '../existing.ts';
import { htmlText } from './fields.ts';
import { MediaLibrary } from './media.ts';
import { numericAddress, postToRelease, type PostContext } from './post.ts';
import type { WxrExport } from './wxr.ts';

/**
 * A WordPress migration: every `post` item of an export becomes one release folder
 * `<releasesDir>/<year>/<slug>/` (index.mdx and its files). Pages, attachments, menu items and
 * other post types are counted, not imported. Never overwrites: a post already imported (a
 * release has its `?p=<id>` alias) is skipped, so a second run writes nothing new; a folder or
 * slug taken by another release gets the post id appended.
 */

/** What one run did, for the summary. */
export interface MigrationSummary {
  /** `post` items read. */
  posts: number;
  /** Release files written (path of index.mdx), with whether each is a draft. */
  written: { file: string; draft: boolean; notes: Saying[] }[];
  /** Posts not written, with the reason. */
  skipped: { id: string; title: string; reason: Saying }[];
  /** Upload paths referenced by a post but absent from the uploads copy, with the release. */
  missing: { file: string; path: string }[];
  /** Linked or attached uploads of a type the archive does not publish. */
  refused: { file: string; path: string }[];
  /** Items that are not posts, by `wp:post_type`. */
  otherTypes: Map<string, number>;
  /** Files copied next to releases. */
  copied: number;
}

/** Statuses that never were content: the bin and WordPress's own autosaves. */
const NOT_CONTENT: Record<string, Saying> = {
  trash: say('wp.trash', {}),
  'auto-draft': say('wp.auto-draft', {}),
};

/**
 * @param wxr - the parsed export.
 * @param context - settings (the media library is built here; pass the rest).
 * @param releasesDir - the releases folder.
 * @param existing - the releases already there (for aliases, slugs and tags).
 */
export function migrate(
  wxr: WxrExport,
  context: Omit<PostContext, 'library' | 'siteUrl'>,
  releasesDir: string,
  existing: readonly ExistingRelease[],
): MigrationSummary {
  const summary: MigrationSummary = {
    posts: 0,
    written: [],
    skipped: [],
    missing: [],
    refused: [],
    otherTypes: new Map(),
    copied: 0,
  };
  const full: PostContext = {
    ...context,
    library: new MediaLibrary(wxr.items),
    siteUrl: wxr.siteUrl,
  };
  const imported = new Map<string, string>();
  for (const r of existing) for (const a of r.aliases) imported.set(aliasKey(a), r.path);
  const slugs = new Set(existing.map((r) => r.slug));
  for (const item of wxr.items) {
    if (item.type !== 'post') {
      summary.otherTypes.set(item.type || '(none)', (summary.otherTypes.get(item.type) ?? 0) + 1);
      continue;
    }
    summary.posts++;
    const skip = (reason: Saying) =>
      summary.skipped.push({ id: item.id, title: htmlText(item.title), reason });
    const already = imported.get(aliasKey(numericAddress(wxr.siteUrl, item.id)));
    if (already) {
      skip(say('wp.already', { path: join(releasesDir, already) }));
      continue;
    }
    if (NOT_CONTENT[item.status]) {
      skip(NOT_CONTENT[item.status]!);
      continue;
    }
    const release = postToRelease(item, full);
    if ('skip' in release) {
      skip(release.skip);
      continue;
    }
    const year = String(release.date.year);
    let slug = release.slug;
    const taken = (s: string) =>
      slugs.has(s) ||
      existsSync(join(releasesDir, year, s)) ||
      existsSync(join(releasesDir, year, `${s}.mdx`));
    if (taken(slug)) slug = `${slug}-${item.id}`;
    if (taken(slug)) {
      skip(say('wp.taken', { slug: release.slug, other: slug }));
      continue;
    }
    if (slug !== release.slug)
      release.notes.push(say('wp.slug-taken', { slug: release.slug, written: slug }));
    const dir = join(releasesDir, year, slug);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'index.mdx');
    writeFileSync(file, release.text, { encoding: 'utf8', flag: 'wx' });
    for (const copy of release.files.copies) {
      copyFileSync(copy.from, join(dir, copy.name), constants.COPYFILE_EXCL);
      summary.copied++;
    }
    slugs.add(slug);
    for (const a of release.aliases) imported.set(aliasKey(a), join(year, slug, 'index.mdx'));
    summary.written.push({ file, draft: release.draft, notes: release.notes });
    for (const path of release.files.missing) summary.missing.push({ file, path });
    for (const path of release.files.refused) summary.refused.push({ file, path });
    for (const path of release.files.linked) release.notes.push(say('wp.linked', { path }));
    for (const local of release.files.withoutAlt)
      release.notes.push(say('wp.image-no-alt', { local }));
  }
  return summary;
}
