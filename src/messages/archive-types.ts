/**
 * The values of the archive-wide checks' texts (src/checks/duplicates.ts, aliases.ts,
 * alias-targets.ts, permalink-guard.ts, retired.ts, tag-variants.ts, translations.ts, and the
 * report's notes), merged into `TextValues` (types.ts).
 */

/** When a published address stopped answering: a commit (short id) or the working tree. */
export interface Change {
  /** `working tree`, or the commit id. */
  change: string;
  /** The change's calendar day, `YYYY-MM-DD` (UTC). */
  day: string;
}

/** The values of each archive-wide check text, by key. */
export interface ArchiveValues {
  'duplicate.entry': { id: string; others: readonly string[] };
  /** `published`: both are published (an error), else a draft will collide once published. */
  'duplicate.url': { slug: string; others: readonly string[]; published: boolean };
  'alias.claimed': { alias: string; others: readonly string[] };
  'alias.own-address': { alias: string };
  'alias.other-release': { alias: string; owner: string };
  'alias.outside-base': { alias: string; base: string };
  'alias.site-page': { alias: string; home: boolean };
  'permalink.moved': Change & { path: string; old: string; slug: string };
  'permalink.removed': Change & { path: string; retired: string };
  'retired.not-list': Record<string, never>;
  'retired.address': { item: number };
  'retired.reason': { item: number; address: string };
  'tag.variant': { spelling: string; preferred: string; sameTag: boolean; registry: boolean };
  'translation.undeclared': { lang: string; languages: readonly string[] };
  'translation.no-original': { original: string };
  'translation.no-frontmatter': Record<string, never>;
  'translation.not-here': { fields: readonly string[] };
  'translation.from-original': { fields: readonly string[] };
  'skipped.hidden': Record<string, never>;
  'note.no-git': Record<string, never>;
  'note.shallow': Record<string, never>;
}
