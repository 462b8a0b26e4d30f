/**
 * The attachments of published releases, next to their pages: `/releases/<slug>/<file>`
 * (src/archive/attachments.ts). Drafts and scheduled releases are not in the archive, so their
 * files are not published.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../archive/content.ts';
import { releaseAttachments } from '../../../archive/attachments.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return [...archive.releases, ...archive.withdrawn].flatMap((release) =>
    releaseAttachments(release).map((a) => ({
      params: { slug: release.slug, file: a.name },
      props: { source: a.source, mime: a.mime },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync((props as { source: string }).source), {
    headers: { 'Content-Type': (props as { mime: string }).mime },
  });
