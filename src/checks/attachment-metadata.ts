import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { say } from '../messages/index.ts';
import { pdfMetadata, type PdfFinding } from './pdf-metadata.ts';
import type { CheckedRelease } from './release.ts';
import type { Diagnostic } from './types.ts';

/**
 * The checks of attachment contents, which read files asynchronously (`checkArchiveFully` runs
 * them after the other checks): a PDF whose metadata says who made it and with what (a warning,
 * like a photo's EXIF), and a `.pdf` that is not a readable PDF (an error). Files that are missing,
 * outside the folder or symbolic links are reported by the attachment file check and not read here.
 */

/**
 * @param releases - the checked release files (with their folder and validated data).
 * @returns an `attachment-metadata` warning or an `attachment` error per PDF, on its `src` line.
 */
export async function attachmentContentProblems(
  releases: readonly CheckedRelease[],
): Promise<Diagnostic[]> {
  const jobs = releases.flatMap((release) =>
    (release.data?.attachments ?? []).flatMap((attachment, index) => {
      if (!release.dir || !/\.pdf$/i.test(attachment.src)) return [];
      const path = resolve(release.dir, attachment.src);
      try {
        if (!lstatSync(path).isFile()) return [];
      } catch {
        return [];
      }
      return [{ release, index, src: attachment.src, path }];
    }),
  );
  const out: Diagnostic[] = [];
  for (const job of jobs) {
    const at = {
      file: job.release.file,
      line: job.release.lineOf(['attachments', job.index, 'src']),
      field: `attachments[${job.index}].src`,
    };
    let findings: PdfFinding[];
    try {
      findings = await pdfMetadata(job.path);
    } catch (error) {
      out.push({
        severity: 'error',
        rule: 'attachment',
        ...at,
        ...say('pdf.unreadable', {
          src: job.src,
          reason: (error as Error).message.split('\n')[0]!,
        }),
      });
      continue;
    }
    if (findings.length === 0) continue;
    out.push({
      severity: 'warning',
      rule: 'attachment-metadata',
      ...at,
      ...say('pdf.metadata', {
        src: job.src,
        fields: findings.map((f) => f.field),
        values: findings.map((f) => f.value),
      }),
    });
  }
  return out;
}
