import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { INVISIBLES } from '../../arabic/text.ts';

/**
 * Reads a release written outside the archive into paragraphs: plain text (one paragraph per
 * line, as press agencies send it) or a Word document (`.docx`, read with `mammoth`).
 * Paragraph text is kept as written, apart from Unicode NFC and the line break around it.
 */

/** An image embedded in a Word document. */
export interface EmbeddedImage {
  /** File extension without dot, from the image's MIME type, e.g. `jpeg` → `jpg`. */
  extension: string;
  bytes: Uint8Array;
  /** The alt text stored in the document, if any. */
  altText?: string;
}

/** A source document as paragraphs and images. */
export interface SourceDocument {
  paragraphs: string[];
  images: EmbeddedImage[];
}

/**
 * Splits plain text into paragraphs: one per non-empty line. A BOM, CR characters and
 * white space at the ends of a line are dropped; the text of a line is otherwise unchanged (NFC).
 * @param text - UTF-8 decoded file content.
 */
export function textToParagraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .split(/\r\n|\r|\n|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line.replace(INVISIBLES, '') !== '');
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/tiff': 'tiff',
  'image/svg+xml': 'svg',
};

/**
 * Reads a `.docx` file: paragraphs from `mammoth.extractRawText`, images from `mammoth.convertToHtml`.
 * @param path - the document.
 * @throws Error when the file is not a Word document.
 */
export async function readDocx(path: string): Promise<SourceDocument> {
  const buffer = await readFile(path);
  const raw = await mammoth.extractRawText({ buffer });
  const images: EmbeddedImage[] = [];
  await mammoth.convertToHtml(
    { buffer },
    {
      convertImage: mammoth.images.imgElement(async (image) => {
        const extension = EXTENSIONS[image.contentType];
        if (extension) {
          const img: EmbeddedImage = { extension, bytes: await image.readAsBuffer() };
          const altText = (image as { altText?: string }).altText;
          if (altText) img.altText = altText.normalize('NFC');
          images.push(img);
        }
        return { src: '' };
      }),
    },
  );
  return { paragraphs: textToParagraphs(raw.value), images };
}

/**
 * Reads a source file by extension: `.txt` (UTF-8) or `.docx`.
 * @throws Error naming the file when the type is not supported or the text is not UTF-8.
 */
export async function readSource(path: string): Promise<SourceDocument> {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') return readDocx(path);
  if (ext === '.txt' || ext === '.text' || ext === '') {
    const bytes = await readFile(path);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1256').decode(bytes);
    }
    return { paragraphs: textToParagraphs(text), images: [] };
  }
  throw new Error(
    `${path}: cannot import ${ext} files; save it as .docx (Word) or .txt (plain text, UTF-8)`,
  );
}
