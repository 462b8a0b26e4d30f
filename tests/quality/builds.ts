import { join } from 'node:path';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/paths.ts';

/** The reader fixture: an EXIF-rotated lead image, a 6000 px body image, an Arabic slug, pages of 2. */
export const READER_RELEASES = join(FIXTURES, 'reader');
/** Site URL of the reader builds (the default from archive.config.mjs is not assumed). */
export const READER_SITE = 'https://news.example.test';

/** The reader fixture served from the domain root. */
export const buildReader = (): Promise<BuildResult> =>
  buildSite('reader', {
    releasesDir: READER_RELEASES,
    env: { ARCHIVE_PAGE_SIZE: '2', ARCHIVE_SITE: READER_SITE },
  });

/** The reader fixture served under the base path `/press/`. */
export const buildReaderPress = (): Promise<BuildResult> =>
  buildSite('reader-press', {
    releasesDir: READER_RELEASES,
    env: { ARCHIVE_PAGE_SIZE: '2', ARCHIVE_SITE: READER_SITE, ARCHIVE_BASE: '/press/' },
  });

/** The shipped releases (seed included); the same build the search test uses. */
export const buildShipped = (): Promise<BuildResult> => buildSite('site');

/** The workflows fixture: scheduled, withdrawn and corrected releases (tests/build/workflows.test.ts). */
export const WORKFLOWS_RELEASES = join(FIXTURES, 'workflows');
/** 09:00 in Casablanca on 1 July 2025: the workflows fixture's scheduled release is due. */
export const WORKFLOWS_NOW = '2025-07-01T08:00:00Z';

/** The environment of every workflows build: French and English translations declared. */
export const WORKFLOWS_ENV = { ARCHIVE_SITE: READER_SITE, ARCHIVE_LANGUAGES: 'fr,en' };

/** The workflows fixture built at {@link WORKFLOWS_NOW}. */
export const buildWorkflows = (): Promise<BuildResult> =>
  buildSite('workflows', {
    releasesDir: WORKFLOWS_RELEASES,
    env: { ...WORKFLOWS_ENV, ARCHIVE_NOW: WORKFLOWS_NOW },
  });
