import type { MigrationSummary } from './migrate.ts';

/**
 * The texts a WordPress migration prints, in one place (the message catalogue will take them).
 */

/** The summary of a migration, one line per fact, details indented. */
export function summaryLines(
  summary: MigrationSummary,
  source: { site: string; version: string },
): string[] {
  const drafts = summary.written.filter((w) => w.draft).length;
  const lines = [
    `WordPress export of ${source.site || '(no address)'} (WXR ${source.version}): ${summary.posts} post(s) read`,
    `written: ${summary.written.length} release(s), ${drafts} of them draft(s) (not published on WordPress either); ${summary.copied} file(s) copied next to them`,
  ];
  for (const w of summary.written) {
    lines.push(`  ${w.file}${w.draft ? '  (draft)' : ''}`);
    for (const note of w.notes) lines.push(`      ${note}`);
  }
  lines.push(`skipped: ${summary.skipped.length} post(s)`);
  for (const s of summary.skipped) lines.push(`  post ${s.id} «${s.title}»: ${s.reason}`);
  lines.push(`missing files (not in the --uploads folder): ${summary.missing.length}`);
  for (const m of summary.missing)
    lines.push(`  ${m.path}  (for ${m.file}; the text keeps its old address until you copy it)`);
  if (summary.refused.length) {
    lines.push(
      `files not attached, of a type the archive does not publish: ${summary.refused.length}`,
    );
    for (const r of summary.refused)
      lines.push(`  ${r.path}  (for ${r.file}; save it as PDF and add it to attachments)`);
  }
  const others = [...summary.otherTypes].map(([type, n]) => `${type} ${n}`).join(', ');
  lines.push(
    `not releases, not imported: ${others || 'none'} (pages, the media library, menus and other post types)`,
  );
  if (summary.written.length)
    lines.push(
      "old addresses: each release lists its WordPress addresses under  aliases:  (its <link> path and ?p=<id>); redirects from them are not built yet, so keep the old site's links in mind until they are",
    );
  return lines;
}

/** The line after the checks of the releases written. */
export function checkLine(errors: number, warnings: number): string {
  return errors
    ? `check of the releases written: ${errors} error(s), ${warnings} warning(s): fix them (listed above) before building`
    : `check of the releases written: no error, ${warnings} warning(s)`;
}

export const USAGE_UPLOADS =
  "--uploads is required: give a copy of the site's wp-content/uploads folder (images and PDFs are copied from it), e.g. --uploads ~/backup/wp-content/uploads";
