/**
 * The files a release may carry besides its images (`attachments:` in the frontmatter): the PDF of
 * the signed release, a Word or Excel annex, a photo in full resolution, a recorded statement.
 * Pure: the shape of an attachment path; `src/checks/attachment-files.ts` checks the file itself.
 */

/** What an attachment is, for readers and feeds. */
export interface AttachmentType {
  /** IANA media type (RFC 6838 registry), e.g. `application/pdf`; what a feed `enclosure` carries. */
  mime: string;
  /** Kind of document, for a label next to the link. */
  kind: 'pdf' | 'word' | 'excel' | 'image' | 'audio';
}

/**
 * Allowed attachment types by lower-case extension. Office documents are the Open XML formats only
 * (ISO/IEC 29500: .docx, .xlsx); the old binary .doc/.xls and anything a browser would run or render
 * as a page (.html, .svg, .js) are refused, since attachments are served as they are.
 */
export const ATTACHMENT_TYPES: Readonly<Record<string, AttachmentType>> = {
  '.pdf': { mime: 'application/pdf', kind: 'pdf' },
  '.docx': {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    kind: 'word',
  },
  '.xlsx': {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    kind: 'excel',
  },
  '.jpg': { mime: 'image/jpeg', kind: 'image' },
  '.jpeg': { mime: 'image/jpeg', kind: 'image' },
  '.png': { mime: 'image/png', kind: 'image' },
  '.webp': { mime: 'image/webp', kind: 'image' },
  '.avif': { mime: 'image/avif', kind: 'image' },
  '.gif': { mime: 'image/gif', kind: 'image' },
  '.mp3': { mime: 'audio/mpeg', kind: 'audio' },
  '.m4a': { mime: 'audio/mp4', kind: 'audio' },
  '.ogg': { mime: 'audio/ogg', kind: 'audio' },
  '.oga': { mime: 'audio/ogg', kind: 'audio' },
  '.opus': { mime: 'audio/ogg', kind: 'audio' },
  '.wav': { mime: 'audio/wav', kind: 'audio' },
};

/** Lower-case extension of a file name, with the dot (`''` when there is none). */
export function extensionOf(name: string): string {
  const m = /\.[^./\\]+$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

/** The type of an attachment file name, or `undefined` when the type is not allowed. */
export function attachmentType(name: string): AttachmentType | undefined {
  return ATTACHMENT_TYPES[extensionOf(name)];
}

/**
 * What is wrong with the shape of an attachment path, if anything: it must be a file inside the
 * release's folder written `./name.ext` (sub-folders allowed), of an allowed type.
 * @param src - the path as written in the frontmatter.
 * @returns a message for the publisher (starting with the value), or `undefined` when the shape is right.
 */
export function attachmentPathProblem(src: string): string | undefined {
  const value = src.trim();
  const name = value.split('/').pop() ?? value;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value))
    return `"${value}" is a web address: save the file in the release's folder and write  src: ./${name || 'file.pdf'}`;
  if (value.startsWith('/') || value.includes('\\'))
    return `"${value}" is not a path inside the release's folder: put the file next to index.mdx and write  src: ./${name}`;
  if (!value.startsWith('./'))
    return `"${value}" must start with ./ (the release's folder): write  src: ./${value}`;
  if (value.split('/').includes('..'))
    return `"${value}" leaves the release's folder (..): copy the file next to index.mdx and write  src: ./${name}`;
  if (!attachmentType(value))
    return `"${value}" is not a type the archive publishes as an attachment (${Object.keys(ATTACHMENT_TYPES).join(', ')}): save it as PDF`;
  return undefined;
}
