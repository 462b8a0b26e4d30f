import { hasPage, publicationState, type PublicationClock } from '../release/publication.ts';
import type { CheckedRelease } from './release.ts';

/**
 * The releases that get a page in a build, from the checks' view of the files (the same rules as
 * the content collection and the archive model: `src/release/publication.ts`). The build's own
 * integrations (sitemap filter, redirects) use it; they run outside the pages' bundle.
 */

/** A release with a page in this build. */
export interface PublishedRelease {
  slug: string;
  /** `listed`, or `withdrawn` (page kept, listed nowhere). */
  state: 'listed' | 'withdrawn';
  /** Old addresses that redirect to it. */
  aliases: string[];
  /** Path shown in messages. */
  file: string;
  /** Content collection entry id. */
  id: string;
  /** Languages of its published translations. */
  languages: string[];
}

/**
 * @param entries - the checked release files (`CheckResult.entries`), all valid.
 * @param clock - the build's clock.
 */
export function publishedReleases(
  entries: readonly CheckedRelease[],
  clock: PublicationClock,
): PublishedRelease[] {
  return entries.flatMap((entry) => {
    if (!entry.data || entry.slug === undefined) return [];
    const state = publicationState(entry.data, clock);
    if (!hasPage(state)) return [];
    return [
      {
        slug: entry.slug,
        state: state as PublishedRelease['state'],
        aliases: entry.data.aliases ?? [],
        file: entry.file,
        id: entry.id,
        languages: entry.languages ?? [],
      },
    ];
  });
}
