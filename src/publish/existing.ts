import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { listReleaseFiles } from '../release/files.ts';
import { entryId, releaseSlug } from '../release/identity.ts';
import { splitRelease } from '../checks/frontmatter.ts';

/** What `new` and `import` need to know about the releases already in the archive. */
export interface ExistingRelease {
  /** Path relative to the releases folder. */
  path: string;
  /** Permalink slug (frontmatter `slug` or the file/folder name). */
  slug: string;
  /** `date` as written (string), for finding the latest release. */
  date: string;
  dateline?: string;
  issuer?: string;
  draft: boolean;
  /** Tags as written (strings only). */
  tags: string[];
  /** Old addresses as written (`aliases`), e.g. `/?p=12` of a migrated WordPress post. */
  aliases: string[];
}

/**
 * Reads the frontmatter of every release, leniently: files that do not parse are listed with
 * their slug only (`npm run check` reports them).
 * @param releasesDir - the releases folder.
 */
export function readExisting(releasesDir: string): ExistingRelease[] {
  return listReleaseFiles(releasesDir).releases.map((path) => {
    const id = entryId(path);
    let data: Record<string, unknown> = {};
    try {
      const split = splitRelease(readFileSync(join(releasesDir, path), 'utf8'));
      const parsed: unknown = split ? parse(split.yaml) : undefined;
      if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
    } catch {
      // reported by npm run check
    }
    let slug = id.split('/').pop()!;
    try {
      slug = releaseSlug(id, typeof data['slug'] === 'string' ? data['slug'] : undefined);
    } catch {
      // keep the raw name
    }
    const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
    const release: ExistingRelease = {
      path,
      slug,
      date: String(data['date'] ?? ''),
      draft: data['draft'] === true,
      tags: strings(data['tags']),
      aliases: strings(data['aliases']),
    };
    const dateline = text(data['dateline']);
    const issuer = text(data['issuer']);
    if (dateline) release.dateline = dateline;
    if (issuer) release.issuer = issuer;
    return release;
  });
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];

/** The latest published release (by `date` as written), used for default dateline and issuer. */
export function latestRelease(releases: readonly ExistingRelease[]): ExistingRelease | undefined {
  return releases.filter((r) => !r.draft).sort((a, b) => b.date.localeCompare(a.date))[0];
}
