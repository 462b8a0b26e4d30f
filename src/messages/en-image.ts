import type { Texts } from './types.ts';

/**
 * The English texts of the lead image (`image:` in the frontmatter: its file and its alt text),
 * spread into en.ts's `texts`. Their wording is what tests and scripts match, as in en.ts.
 */

/** The lead image's texts. */
export const imageTexts = {
  'image.not-object': () => ({
    message: 'must be an object with src and alt, e.g. image: { src: ./photo.jpg, alt: "…" }',
  }),
  'image.src-missing': () => ({
    message: 'is missing: name the image file next to the release, e.g. src: ./photo.jpg',
  }),
  'image.data-url': ({ start }) => ({
    message: `"${start}…" is an image written into the text (a data: address): save it as a file in the release's folder and write  src: ./photo.jpg`,
  }),
  'image.web-address': ({ src }) => ({
    message: `"${src}" is a web address: save the image in the release's folder and write  src: ./photo.jpg`,
  }),
  'image.absolute': ({ src, name }) => ({
    message: `"${src}" is an absolute path: put the image next to the release and write  src: ./${name}`,
  }),
  'image.query': ({ src }) => ({
    message: `"${src}" contains "?" or "#", which would make the build read the file as something else than an image: rename the file and write its plain name`,
  }),
  'image.outside': ({ src, name }) => ({
    message: `"${src}" is outside the release's folder: copy the image next to the release and write  src: ./${name}`,
  }),
  'image.svg': ({ src }) => ({
    message: `"${src}" is an SVG drawing, which can hold scripts: export it as .png (or .jpg for a photo)`,
  }),
  'image.type': ({ src, types }) => ({
    message: `"${src}" is not an image type the site can publish (${types.join(', ')}): export it as .jpg or .png`,
  }),
  'image.no-file': ({ src, dir }) => ({
    message: `file "${src}" does not exist next to the release (${dir}): copy the image into the release folder, next to index.mdx`,
  }),
  'image.no-file-case': ({ src, dir, found }) => ({
    message: `file "${src}" does not exist next to the release (${dir}): the folder has "${found}" (letter case differs; the web server treats them as different): write  src: ./${found}`,
  }),
  'image.no-file-others': ({ src, dir, files }) => ({
    message: `file "${src}" does not exist next to the release (${dir}): images in that folder: ${files.join(', ')}. Correct the name, or copy the image there`,
  }),
  'alt.missing': () => ({ message: 'is missing: describe what the image shows, e.g. alt: "…"' }),
  'alt.empty': () => ({
    message: 'is empty: describe what the image shows for readers who cannot see it',
  }),
  'alt.placeholder': ({ alt }) => ({
    message: `"${alt}" is a placeholder, not a description: describe what the image shows for readers who cannot see it`,
  }),
  'alt.file-name': ({ alt }) => ({
    message: `"${alt}" is a file name, not a description: describe what the image shows for readers who cannot see it`,
  }),
} satisfies Partial<Texts>;
