import type { ReleaseData } from '../archive/model.ts';

/** What the cross-release rules need to know about one checked release file. */
export interface CheckedRelease {
  /** Path shown in messages. */
  file: string;
  /** Path relative to the releases folder. */
  path?: string | undefined;
  /** Languages of its published translations (`index.fr.mdx`), once the translations are checked. */
  languages?: string[] | undefined;
  /** The release's folder (absolute or as given), where its images and attachments are. */
  dir?: string | undefined;
  /** Content collection entry id (see `entryId`). */
  id: string;
  /** Permalink slug, when it could be computed. */
  slug?: string;
  /** Validated frontmatter; `undefined` when the frontmatter has errors. */
  data?: ReleaseData<string>;
  /** Raw `draft` flag even when other fields are invalid. */
  draft: boolean;
  /** Raw tags as written (strings only), even when other fields are invalid. */
  tags: string[];
  /** Raw old addresses (`aliases:`, strings only), for the permalink guard. */
  aliases?: string[] | undefined;
  /** Title as written (NFC, white space collapsed), to recognise a moved release. */
  title?: string | undefined;
  /** Fingerprint of the body (`bodyHash` in permalink-guard.ts), to recognise a moved release. */
  bodyHash?: string | undefined;
  /** File line of a frontmatter field path. */
  lineOf(path: readonly PropertyKey[]): number;
}
