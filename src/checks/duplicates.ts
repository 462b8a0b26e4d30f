import { say } from '../messages/index.ts';
import type { CheckedRelease } from './release.ts';
import type { Diagnostic } from './types.ts';

/**
 * Finds releases that would end at the same URL: same slug (folder/file name or `slug:`), or the
 * same entry id (`x.mdx` next to `x/index.mdx`), which makes Astro keep only one of them.
 * @returns an error on every file involved, naming the others; a warning when only drafts collide with a release.
 */
export function duplicateUrls(releases: readonly CheckedRelease[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byId = group(releases, (r) => r.id);
  for (const [id, same] of byId) {
    if (same.length < 2) continue;
    for (const r of same) {
      out.push({
        severity: 'error',
        rule: 'duplicate-url',
        file: r.file,
        line: 1,
        ...say('duplicate.entry', { id, others: others(same, r) }),
      });
    }
  }
  const bySlug = group(
    releases.filter((r) => r.slug !== undefined && (byId.get(r.id)?.length ?? 0) < 2),
    (r) => r.slug!,
  );
  for (const [slug, same] of bySlug) {
    if (same.length < 2) continue;
    const published = same.filter((r) => !r.draft);
    for (const r of same) {
      const error = published.length >= 2 && !r.draft;
      const diagnostic: Diagnostic = {
        severity: error ? 'error' : 'warning',
        rule: 'duplicate-url',
        file: r.file,
        line: 1,
        ...say('duplicate.url', { slug, others: others(same, r), published: error }),
      };
      if (r.data?.slug) Object.assign(diagnostic, { line: r.lineOf(['slug']), field: 'slug' });
      out.push(diagnostic);
    }
  }
  return out;
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function others(same: readonly CheckedRelease[], self: CheckedRelease): string[] {
  return same.filter((r) => r !== self).map((r) => r.file);
}
