import type { Said } from './types.ts';
import type { CheckValues } from './check-types.ts';

/**
 * The English texts of the body, image-file and file-name checks. Their wording is what tests and
 * scripts match, as in en.ts.
 */

const ESCAPE_FIX =
  'to show the character itself write a backslash before it: \\{ \\} \\< \\> (npm run import does this for you)';
const rename = (name: string) =>
  name ? `rename it to "${name}"` : 'rename it with letters, digits and - only';
const WINDOWS = 'colleagues on Windows could not check the archive out';

/** The English check texts, spread into en.ts's `texts`. */
export const checkTexts: { [K in keyof CheckValues]: (v: CheckValues[K]) => Said } = {
  'mdx.esm': ({ value }) => ({
    message: `a paragraph starting with "import" or "export" is read as code: ${JSON.stringify(value)}`,
    fix: 'reword the start of the paragraph, or write \\import',
  }),
  'mdx.expression': ({ value }) => ({
    message: `{${value}} is read as code (an MDX expression), not shown as text`,
    fix: ESCAPE_FIX,
  }),
  'mdx.attribute-expression': ({ name, value }) => ({
    message: `the attribute ${name}={${value}} holds code (an MDX expression); nothing in a release may run`,
    fix: `write a plain value in quotes, e.g. ${name}="…", or remove the attribute`,
  }),
  'mdx.spread': ({ name, value }) => ({
    message: `<${name} {${value}}> spreads code into the element's attributes; nothing in a release may run`,
    fix: 'remove the {…} from the tag',
  }),
  'mdx.component': ({ name }) => ({
    message: `<${name}> is not an element the archive offers: releases hold text, Markdown and a few HTML elements, no components`,
    fix: `remove <${name}> and </${name}> and keep the text, or write \\<${name}> to show it as text`,
  }),
  'mdx.dangerous-element': ({ name }) => ({
    message: `<${name}> is not allowed in a release: it would run, load, embed or restyle something in readers' browsers, so it is removed with everything inside it`,
    fix: `remove the <${name}> element; to show the tag as text write \\<${name}>`,
  }),
  'mdx.event-handler': ({ name, value }) => ({
    message: `the attribute ${name}="${value}" is an event handler, which would run script in readers' browsers`,
    fix: 'remove the attribute',
  }),
  'mdx.unsafe-url': ({ name, value }) => ({
    message: `the address ${name}="${value}" is not a web, mail or phone link (only https:, http:, mailto:, tel: and relative addresses are published): it could run script when clicked`,
    fix: 'link to a web page (https://…), or remove the link',
  }),
  'mdx.image-source': ({ value, types }) => ({
    message: `the image "${value}" is not a file of this release: a body image is an image file (${types.join(', ')}) in the release's folder, written as a relative path`,
    fix: 'copy the image into the release folder and write  ![what the image shows](./photo.jpg)',
  }),
  'mdx.html-image': () => ({
    message: 'an image written as HTML (<img>) is not resized or converted and would show broken',
    fix: 'write it as  ![what the image shows](./photo.jpg)',
  }),
  'mdx.unwrapped-element': ({ name }) => ({
    message: `<${name}> is not an element the archive publishes: the tag is left out and its text kept`,
    fix: `remove <${name}> and </${name}>`,
  }),
  'mdx.removed-attribute': ({ name, value }) => ({
    message: `the attribute ${name}="${value}" is not published and is left out (the archive's own style decides how releases look)`,
    fix: 'remove the attribute',
  }),
  'mdx.unreadable': ({ reason }) => ({
    message: `the text cannot be read as MDX: ${reason}`,
    fix: ESCAPE_FIX,
  }),
  'image-file.symlink': ({ name }) => ({
    message: `the image "${name}" is a symbolic link, not an image file: the build would read whatever it points to. Copy the image itself into the release folder`,
  }),
  'image-file.not-file': ({ name }) => ({ message: `the image "${name}" is not a file` }),
  'image-file.outside': ({ name }) => ({
    message: `the image "${name}" is reached through a linked folder outside the release's folder: copy the image itself into the release folder`,
  }),
  'image-file.bytes': ({ name, mb, max }) => ({
    message: `the image "${name}" is ${mb} MB; the limit is ${max} MB. Export it again at most 4,000 px wide (JPEG quality 85 is plenty)`,
  }),
  'image-file.unreadable': ({ name }) => ({
    message: `the image "${name}" is not an image the site can read (its content is not JPEG, PNG, WebP, AVIF, GIF or TIFF, whatever its name says). Export it again as .jpg or .png`,
  }),
  'image-file.format': ({ name, format }) => ({
    message: `the image "${name}" is a ${format || 'unknown'} file, not an image type the site publishes: export it as .jpg or .png`,
  }),
  'image-file.pixels': ({ name, width, height, mp, max }) => ({
    message: `the image "${name}" is ${width} × ${height} pixels (${mp} megapixels); the limit is ${max} megapixels. Export it again at most 4,000 px wide`,
  }),
  'image-file.damaged': ({ name, detail }) => ({
    message: `the image "${name}" cannot be decoded to the end${detail ? ` (${detail})` : ''}: the file is damaged or incomplete. Copy or export it again`,
  }),
  'image-file.error': ({ name, reason }) => ({
    message: `the image "${name}" cannot be read (${reason})`,
  }),
  'file-name.character': ({ name, char, kind, rename: to }) => ({
    message: `the name "${name}" contains ${
      kind === 'address'
        ? `"${char}", which ends a web address: the build cannot read what is inside`
        : kind === 'windows'
          ? `"${char}", which Windows does not allow in file names: ${WINDOWS}`
          : `an invisible control character (${char})`
    }`,
    fix: rename(to),
  }),
  'file-name.trailing': ({ name, rename: to }) => ({
    message: `the name "${name}" ends with a space or a dot, which Windows drops: ${WINDOWS}`,
    fix: rename(to),
  }),
  symlink: () => ({
    message:
      'is a symbolic link: the build would read whatever it points to, possibly outside the archive (a script, a private file)',
    fix: 'replace the link with the file itself (copy the file into the release folder)',
  }),
};
