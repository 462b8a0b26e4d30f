import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { isoDay, parseCalendarDate } from '../arabic/dates.ts';
import { collapseWhitespace, toNfc } from '../arabic/text.ts';
import { paths } from '../archive/permalinks.ts';
import { entryId, releaseSlug } from '../release/identity.ts';
import { publicationInstant } from '../release/publication.ts';
import { splitRelease } from './frontmatter.ts';
import type { PastVersion } from './git-history.ts';
import { say } from '../messages/index.ts';
import type { CheckedRelease } from './release.ts';
import { RETIRED_FILE, type RetiredAddress } from './retired.ts';
import type { Diagnostic } from './types.ts';

/**
 * The permalink guard: an address the archive once published must keep leading somewhere. Git is
 * the record of what was published (`git-history.ts`): a release version that was not a draft
 * nor a sample and whose publication time had come when it was removed or renamed was live at
 * its address. Each such address must still be served: by a release's permalink, by an alias
 * (`aliases:` redirects it), or be listed in `retired.yaml` (let go on purpose).
 */

/** An address the archive published, from an earlier version of a release file. */
export interface PastAddress {
  /** Permalink slug it was published under. */
  slug: string;
  /** Its path relative to the releases folder at that version. */
  path: string;
  /** Commit (short id) or `working tree` where it was removed or renamed, and when. */
  change: string;
  time: Date;
  /** Title and body fingerprint, to find where the release went. */
  title?: string | undefined;
  bodyHash: string;
}

/** Fingerprint of a release body (SHA-1 of its trimmed text), to recognise a moved release. */
export function bodyHash(body: string): string {
  return createHash('sha1').update(body.trim()).digest('hex');
}

/**
 * The addresses that earlier versions of release files were published at.
 * @param versions - from `releaseHistory`.
 * @param timeZone - archive time zone, for the publication instant of each version.
 * @returns one entry per slug (the latest evidence), drafts, samples and never-due versions left out.
 */
export function pastAddresses(versions: readonly PastVersion[], timeZone: string): PastAddress[] {
  const bySlug = new Map<string, PastAddress>();
  for (const version of versions) {
    const split = splitRelease(version.text);
    if (!split) continue;
    let data: Record<string, unknown>;
    try {
      const parsed: unknown = parse(split.yaml);
      if (!parsed || typeof parsed !== 'object') continue;
      data = parsed as Record<string, unknown>;
    } catch {
      continue; // an old version that never built published nothing
    }
    if (data['draft'] === true || data['sample'] === true) continue;
    const date = parseCalendarDate(data['date']);
    if (!date.ok || publicationInstant({ date: date.date }, timeZone) > version.time) continue;
    let slug: string;
    try {
      const field = typeof data['slug'] === 'string' ? data['slug'] : undefined;
      slug = releaseSlug(entryId(version.path), field);
    } catch {
      continue;
    }
    const known = bySlug.get(slug);
    if (known && known.time >= version.time) continue;
    bySlug.set(slug, {
      slug,
      path: version.path,
      change: version.change,
      time: version.time,
      title:
        typeof data['title'] === 'string' ? collapseWhitespace(toNfc(data['title'])) : undefined,
      bodyHash: bodyHash(split.body),
    });
  }
  return [...bySlug.values()];
}

/** Identity of a path for comparison: percent-decoded, NFC, one trailing `/` ignored. */
export function addressKey(path: string): string {
  let decoded = path.trim();
  try {
    decoded = decodeURI(decoded);
  } catch {
    // escapes that are not UTF-8 stay as written
  }
  decoded = decoded.normalize('NFC');
  return decoded.length > 1 ? decoded.replace(/\/$/, '') : decoded;
}

/** What the guard needs of the archive today. */
export interface GuardContext {
  /** The current release files. */
  releases: readonly CheckedRelease[];
  retired: readonly RetiredAddress[];
  /** Base path of the site (`/` or `/press/`). */
  base: string;
  /** Display path of a file relative to the releases folder. */
  show: (path: string) => string;
}

/**
 * @returns a `permalink` error for every published address that no longer leads anywhere: on the
 *   release it moved to (found by title or text) when there is one, else on its old file.
 */
export function permalinkGuard(past: readonly PastAddress[], ctx: GuardContext): Diagnostic[] {
  const live = ctx.releases.filter((r) => !r.draft);
  const served = new Set<string>();
  for (const r of live) {
    if (r.slug !== undefined) served.add(addressKey(paths.release(ctx.base, r.slug)));
    for (const alias of r.aliases ?? []) served.add(addressKey(alias));
  }
  for (const entry of ctx.retired) served.add(addressKey(entry.address));
  const out: Diagnostic[] = [];
  for (const address of past) {
    const path = decodeURI(paths.release(ctx.base, address.slug));
    if (served.has(addressKey(path))) continue;
    const when = { change: address.change, day: isoDay(dayOf(address.time)) };
    const home =
      live.find((r) => address.title !== undefined && r.title === address.title) ??
      live.find((r) => r.bodyHash === address.bodyHash);
    if (home) {
      out.push({
        severity: 'error',
        rule: 'permalink',
        file: home.file,
        line: home.lineOf(['aliases']),
        field: 'aliases',
        ...say('permalink.moved', {
          path,
          old: ctx.show(address.path),
          slug: home.slug ?? '',
          ...when,
        }),
      });
    } else {
      out.push({
        severity: 'error',
        rule: 'permalink',
        file: ctx.show(address.path),
        line: 1,
        ...say('permalink.removed', { path, retired: RETIRED_FILE, ...when }),
      });
    }
  }
  return out;
}

/** The UTC calendar day of an instant (for messages). */
function dayOf(time: Date) {
  return { year: time.getUTCFullYear(), month: time.getUTCMonth() + 1, day: time.getUTCDate() };
}
