import { catalogue, render, type Lang, type Saying } from '../../messages/index.ts';
import type { MigrationSummary } from './migrate.ts';

/**
 * The summary a WordPress migration prints, in the reader's language (the words are the
 * catalogue's `wordpress` section, src/messages/; notes and reasons are catalogue texts).
 */

/** The summary of a migration, one line per fact, details indented. */
export function summaryLines(
  summary: MigrationSummary,
  source: { site: string; version: string },
  lang: Lang,
): string[] {
  const words = catalogue(lang).wordpress;
  const shown = (said: Saying) => render(said.text, lang).message;
  const lines = [
    words.read(source.site, source.version, summary.posts),
    words.written({
      posts: summary.posts,
      written: summary.written.length,
      drafts: summary.written.filter((w) => w.draft).length,
      copied: summary.copied,
    }),
  ];
  for (const w of summary.written) {
    lines.push(`  ${catalogue(lang).where(w.file)}${w.draft ? words.draft : ''}`);
    for (const note of w.notes) lines.push(`      ${shown(note)}`);
  }
  lines.push(words.skipped(summary.skipped.length));
  for (const s of summary.skipped) lines.push(words.skippedPost(s.id, s.title, shown(s.reason)));
  lines.push(words.missing(summary.missing.length));
  for (const m of summary.missing) lines.push(words.missingFile(m.path, m.file));
  if (summary.refused.length) {
    lines.push(words.refused(summary.refused.length));
    for (const r of summary.refused) lines.push(words.refusedFile(r.path, r.file));
  }
  lines.push(words.others([...summary.otherTypes].map(([type, n]) => `${type} ${n}`)));
  if (summary.written.length) lines.push(words.oldAddresses);
  return lines;
}
