import type { Said } from './types.ts';
import type { PublishValues, WordPressWords } from './publish-types.ts';

/**
 * The English texts of the publishing commands (refusals, the WordPress migration). Their wording
 * is what tests and scripts match, as in en.ts.
 */

const UPLOADS =
  "--uploads is required: give a copy of the site's wp-content/uploads folder (images and PDFs are copied from it), e.g. --uploads ~/backup/wp-content/uploads";

/** The English publishing texts, spread into en.ts's `texts`. */
export const publishTexts: { [K in keyof PublishValues]: (v: PublishValues[K]) => Said } = {
  'cli.argument': ({ detail }) => ({ message: detail }),
  'publish.one-file': () => ({ message: 'give exactly one file to import' }),
  'publish.countries': ({ value, codes }) => ({
    message: `--countries: "${value}" is not an ISO 3166-1 alpha-2 country code.${codes.length ? ` Did you mean ${codes.join(', ')}?` : ''}`,
  }),
  'publish.date-required': () => ({
    message:
      '--date is required: give the date printed on the release, e.g. --date 2025-06-18 (the importer never guesses a date)',
  }),
  'publish.date-invalid': ({ reason }) => ({ message: `--date ${reason}` }),
  'publish.no-slug': ({ slug, title }) => ({
    message: `cannot make a URL from ${slug ? `--slug "${slug}"` : `the title "${title}"`}: give --slug with letters or digits`,
  }),
  'publish.exists': ({ path }) => ({
    message: `${path} already exists: nothing was written. Choose another title or give --slug other-name`,
  }),
  'publish.url-taken': ({ path, slug }) => ({
    message: `the release ${path} already has the URL /releases/${slug}/: nothing was written. Give --slug other-name`,
  }),
  'publish.title-required': () => ({
    message: '--title is required, e.g. --title "حموشي يبحث مع سفراء … تعزيز التعاون الأمني"',
  }),
  'publish.dateline-required': () => ({
    message:
      '--dateline is required in an empty archive (the city the release is issued from), e.g. --dateline الرباط',
  }),
  'import.unreadable': ({ input, reason }) => ({ message: `cannot read ${input}: ${reason}` }),
  'import.no-title': () => ({
    message:
      'the text has no title line (its first line is a paragraph): give one with --title "…"',
  }),
  'import.no-dateline': () => ({
    message:
      'no dateline found in the opening (such as «اليوم الأربعاء بالرباط»): give it with --dateline الرباط',
  }),
  'translation.no-title': () => ({
    message: 'the first line is not a short title: pass --title "…"',
  }),
  'translation.lang': ({ languages }) => ({
    message: `--lang must be a language the site declares (languages in archive.config.mjs: ${languages.join(', ') || 'none yet'}), e.g. --lang fr`,
  }),
  'translation.of': ({ value }) => ({
    message: `--translation-of: no release with the slug or path "${value}"; write the folder name, e.g. --translation-of rabat-security-talks`,
  }),
  'translation.exists': ({ path }) => ({
    message: `${path} exists already: edit it instead (nothing was overwritten)`,
  }),
  'translation.title-required': () => ({
    message: "--title is required: the headline in the translation's language",
  }),
  'wp.uploads-required': () => ({ message: UPLOADS }),
  'wp.uploads-missing': ({ uploads }) => ({
    message: `--uploads ${uploads}: no such folder. ${UPLOADS}`,
  }),
  'wp.time-zone': ({ zone }) => ({
    message: `--wp-time-zone ${zone} is not an IANA time zone: write the zone of WordPress's Settings → General, e.g. Africa/Casablanca`,
  }),
  'wp.slug-cut': ({ slug }) => ({
    message: `the WordPress slug was cut at 200 bytes; the release's slug is ${slug}`,
  }),
  'wp.dateline-removed': ({ phrase }) => ({
    message: `«${phrase}» removed from the first paragraph: it is the dateline`,
  }),
  'wp.no-dateline': () => ({
    message: 'no dateline in the text: add  dateline:  (or import with --dateline)',
  }),
  'wp.no-alt': () => ({
    message: 'the featured image has no alt text in WordPress: write  image.alt',
  }),
  'wp.password': () => ({
    message: 'the post was password-protected on WordPress: imported as a draft',
  }),
  'wp.caption': () => ({ message: '[caption] converted to an image followed by its caption' }),
  'wp.gallery': ({ images, missing }) => ({
    message: `[gallery] converted to ${images} image(s)${missing > 0 ? `; ${missing} id(s) not in the export` : ''}`,
  }),
  'wp.embed': ({ url }) => ({ message: `[embed] ${url} converted to a link` }),
  'wp.media': ({ tag, url }) => ({ message: `[${tag}] ${url} converted to a link to the file` }),
  'wp.shortcode': ({ shortcode }) => ({
    message: `${shortcode} removed (a shortcode of a plugin): add its content by hand if needed`,
  }),
  'wp.element': ({ tag, src }) => ({
    message: src
      ? `<${tag}> ${src} replaced by a link to it`
      : `<${tag}> without an address removed`,
  }),
  'wp.element-removed': ({ tag, count }) => ({ message: `<${tag}> removed (${count}×)` }),
  'wp.foreign-image': ({ src }) => ({ message: `image from another site left out: ${src}` }),
  'wp.slug-taken': ({ slug, written }) => ({
    message: `/releases/${slug}/ is another release's address: written as ${written}`,
  }),
  'wp.linked': ({ path }) => ({
    message: `the text links to ${path} at its old address; the file is in attachments (point the link at the new page once attachments are published)`,
  }),
  'wp.image-no-alt': ({ local }) => ({
    message: `the image ${local} in the text has no alt text: describe it in ![…](${local})`,
  }),
  'wp.already': ({ path }) => ({ message: `already imported: ${path}` }),
  'wp.trash': () => ({ message: 'in the WordPress bin (trash)' }),
  'wp.auto-draft': () => ({ message: 'an automatic draft WordPress created, never written' }),
  'wp.untitled': () => ({ message: 'the post has no title' }),
  'wp.no-date': ({ value }) => ({ message: `no usable date (${value || 'none'})` }),
  'wp.taken': ({ slug, other }) => ({
    message: `the address /releases/${slug}/ and /releases/${other}/ are taken by other releases`,
  }),
};

/** The English summary of a WordPress migration. */
export const wordpress: WordPressWords = {
  read: (site, version, posts) =>
    `WordPress export of ${site || '(no address)'} (WXR ${version}): ${posts} post(s) read`,
  written: ({ written, drafts, copied }) =>
    `written: ${written} release(s), ${drafts} of them draft(s) (not published on WordPress either); ${copied} file(s) copied next to them`,
  draft: '  (draft)',
  skipped: (n) => `skipped: ${n} post(s)`,
  skippedPost: (id, title, reason) => `  post ${id} «${title}»: ${reason}`,
  missing: (n) => `missing files (not in the --uploads folder): ${n}`,
  missingFile: (path, file) =>
    `  ${path}  (for ${file}; the text keeps its old address until you copy it)`,
  refused: (n) => `files not attached, of a type the archive does not publish: ${n}`,
  refusedFile: (path, file) => `  ${path}  (for ${file}; save it as PDF and add it to attachments)`,
  others: (types) =>
    `not releases, not imported: ${types.join(', ') || 'none'} (pages, the media library, menus and other post types)`,
  oldAddresses:
    "old addresses: each release lists its WordPress addresses under  aliases:  (its <link> path and ?p=<id>); redirects from them are not built yet, so keep the old site's links in mind until they are",
  check: (errors, warnings) =>
    errors
      ? `check of the releases written: ${errors} error(s), ${warnings} warning(s): fix them (listed above) before building`
      : `check of the releases written: no error, ${warnings} warning(s)`,
};

/** The usage lines of the commands. */
export const usage = {
  check: 'usage: npm run check [-- --fix] [-- --dir releases] [-- --lang ar|en]',
  new: 'usage: npm run new -- --title "عنوان البلاغ" [--date 2025-06-18] [--countries GB,GA] [--tags "وسم، وسم"] [--dateline الرباط] [--issuer "…"] [--slug name] [--messages ar|en]\n       npm run new -- --translation-of <slug> --lang fr --title "Titre" [--dateline Rabat]',
  import: [
    'usage: npm run import -- <release.txt|release.docx> --date 2025-06-18 [--title "…"] [--dateline الرباط] [--issuer "…"] [--countries GB,GA] [--tags "…، …"] [--slug name] [--publish] [--messages ar|en]',
    '       npm run import -- <translation.txt|.docx> --translation-of <slug> --lang fr [--title "…"] [--publish]',
    '       npm run import -- <wordpress-export.xml> --uploads <copy of wp-content/uploads> [--dateline الرباط] [--issuer "…"] [--wp-time-zone Africa/Casablanca]',
  ].join('\n'),
};
