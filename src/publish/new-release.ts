import type { ReleaseData } from '../archive/model.ts';
import { isoDay } from '../arabic/dates.ts';
import { BODY_PLACEHOLDER } from '../checks/release-rules.ts';
import { renderFrontmatter } from './yaml-write.ts';

/** Everything `npm run new` writes into a release: the required frontmatter fields. */
export type NewRelease = Pick<
  ReleaseData,
  'title' | 'date' | 'dateline' | 'issuer' | 'countries' | 'tags'
>;

/**
 * The text of a new release: complete frontmatter, `draft: true` and a placeholder paragraph,
 * so that it passes `npm run check` and stays off the site until the text is written.
 * @returns MDX text (UTF-8, LF line endings, NFC).
 */
export function newReleaseText(release: NewRelease): string {
  const frontmatter = renderFrontmatter(
    [
      { key: 'title', value: release.title },
      { key: 'date', value: isoDay(release.date), comment: 'YYYY-MM-DD' },
      { key: 'dateline', value: release.dateline },
      { key: 'issuer', value: release.issuer },
      { key: 'countries', value: release.countries, comment: 'ISO codes, e.g. [GB, GA]' },
      { key: 'tags', value: release.tags, block: true },
      { key: 'draft', value: true, comment: 'delete this line when the text is ready to publish' },
    ],
    [
      '# image:                    # optional: remove the # of these three lines',
      '#   src: ./photo.jpg        # the photo, saved next to this file',
      '#   alt: ""                 # what the photo shows, for readers who cannot see it',
    ],
  );
  return `${frontmatter}\n${BODY_PLACEHOLDER}\n`.normalize('NFC');
}
