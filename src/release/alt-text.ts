import { termKey } from '../arabic/fold.ts';

/**
 * Alt texts that describe nothing: what CMS exports, cameras and hurried editors leave behind.
 * Compared by {@link termKey}, so tashkeel, hamza forms and case do not matter.
 */
const PLACEHOLDERS = [
  'image description',
  'image',
  'images',
  'photo',
  'picture',
  'img',
  'alt',
  'alt text',
  'placeholder',
  'description',
  'untitled',
  'todo',
  'tbd',
  'caption',
  'صورة',
  'صوره',
  'الصورة',
  'صور',
  'وصف الصورة',
  'وصف',
  'بدون وصف',
  'بلا وصف',
  'لا يوجد',
  'صورة توضيحية',
].map(termKey);

/**
 * Why an alt text is unusable, or `undefined` when it is fine.
 * WCAG 2.2 SC 1.1.1: alternative text must serve the purpose of the image.
 * @param alt - the frontmatter `image.alt` value.
 * @returns an English reason, for error messages.
 */
export function altTextProblem(alt: string): string | undefined {
  const kind = altTextKind(alt);
  if (kind === 'empty') return 'is empty';
  if (kind === 'placeholder') return `"${alt}" is a placeholder, not a description`;
  if (kind === 'file-name') return `"${alt}" is a file name, not a description`;
  return undefined;
}

/**
 * The kind of an unusable alt text (for the message catalogue, src/messages/), or `undefined`.
 * @param alt - the frontmatter `image.alt` value.
 */
export function altTextKind(alt: string): 'empty' | 'placeholder' | 'file-name' | undefined {
  const key = termKey(alt);
  if (key === '') return 'empty';
  if (PLACEHOLDERS.includes(key)) return 'placeholder';
  if (
    /^[\w-]+\.(jpe?g|png|webp|avif|gif|heic|tiff?)$/i.test(key) ||
    /^(img|dsc|pxl)[_-]?\d+$/i.test(key)
  ) {
    return 'file-name';
  }
  return undefined;
}
