import { readFile } from 'node:fs/promises';
import { PDFDocument, PDFName } from 'pdf-lib';

/**
 * What a PDF attachment tells anyone who downloads it about how it was made: the document
 * information dictionary (ISO 32000-1 §14.3.3: Author, Creator, Producer; a Title or Subject that
 * is a file path) and an XMP metadata stream (§14.3.2). Read with `pdf-lib`'s parser, never by
 * running anything in the file. The check turns findings into a warning: the office decides.
 */

/** One revealing metadata field. */
export interface PdfFinding {
  /** Field name as in ISO 32000-1 (`Author`, `Creator`, `Producer`, `Title`, `XMP`). */
  field: string;
  /** The value as read (empty for the XMP stream). */
  value: string;
}

/** A Windows or Unix file path inside a Title or Subject: `C:\Users\…`, `/home/…`, `\\server\…`. */
const FILE_PATH = /^[a-z]:\\|^\\\\|^\/(home|users|mnt|media|tmp)\//i;

/**
 * @param path - the PDF file.
 * @returns the revealing fields, `[]` for a clean file.
 * @throws Error with the parser's message when the file is not a readable PDF.
 */
export async function pdfMetadata(path: string): Promise<PdfFinding[]> {
  const doc = await PDFDocument.load(await readFile(path), {
    ignoreEncryption: true,
    updateMetadata: false,
    throwOnInvalidObject: false,
  });
  // pdf-lib reads a truncated file without a document catalog (ISO 32000-1 §7.7.2) leniently.
  if (!doc.catalog || doc.getPageCount() === 0)
    throw new Error('it has no document catalog or no page');
  const findings: PdfFinding[] = [];
  const add = (field: string, value: string | undefined) => {
    const clean = value?.trim();
    if (clean) findings.push({ field, value: clean });
  };
  add('Author', doc.getAuthor());
  add('Creator', doc.getCreator());
  add('Producer', doc.getProducer());
  for (const [field, value] of [
    ['Title', doc.getTitle()],
    ['Subject', doc.getSubject()],
  ] as const)
    if (value && FILE_PATH.test(value.trim())) add(field, value);
  if (doc.catalog.has(PDFName.of('Metadata'))) findings.push({ field: 'XMP', value: '' });
  return findings;
}
