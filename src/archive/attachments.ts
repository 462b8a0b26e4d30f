import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { config } from '../config/settings.ts';
import { attachmentType, extensionOf } from '../release/attachments.ts';
import type { FeedAttachment } from './feeds.ts';
import { absoluteUrl, encodeSegment, paths } from './permalinks.ts';

/**
 * Build glue: a release's attachments (`attachments:`) as pages and feeds show them. Each file is
 * published next to its release's page, `/releases/<slug>/<file>` (`src/pages/releases/[slug]/
 * [...file].ts` copies it), so its address is as permanent as the release's; translations link to
 * the same file. Sizes are read from the file (bytes).
 */

/** One attachment with what readers and feeds need. */
export interface ReleaseAttachment extends FeedAttachment {
  /** Path inside the release folder, without `./` (`signed.pdf`, `annexes/a.xlsx`). */
  name: string;
  /** Encoded path of the published file (with the base path). */
  path: string;
  /** Absolute path of the source file. */
  source: string;
  /** Upper-case extension for the label (`PDF`, `DOCX`). */
  label: string;
}

/** What the attachments of a release depend on. */
interface WithAttachments {
  slug: string;
  entry: { filePath?: string | undefined };
  data: { attachments?: readonly { src: string; title: string }[] | undefined };
}

/**
 * @param release - a published release (or a translation: same folder, same files).
 * @returns its attachments in frontmatter order.
 * @throws Error naming the file when it cannot be read (the checks report that first).
 */
export function releaseAttachments(release: WithAttachments): ReleaseAttachment[] {
  const list = release.data.attachments ?? [];
  if (list.length === 0 || !release.entry.filePath) return [];
  const dir = dirname(resolve(release.entry.filePath));
  return list.map((a) => {
    const name = a.src.replace(/^\.\//, '');
    const source = resolve(dir, name);
    const path = `${paths.release(config.base, release.slug)}${name.split('/').map(encodeSegment).join('/')}`;
    return {
      name,
      path,
      source,
      url: absoluteUrl(config.site, path),
      mime: attachmentType(name)?.mime ?? 'application/octet-stream',
      bytes: statSync(source).size,
      title: a.title,
      label: extensionOf(name).slice(1).toUpperCase(),
    };
  });
}
