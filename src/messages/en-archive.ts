import type { Said } from './types.ts';
import type { ArchiveValues, Change } from './archive-types.ts';

/**
 * The English texts of the archive-wide checks (duplicates, aliases, the permalink guard,
 * retired addresses, tag variants, translations, the report's notes). Their wording is what
 * tests and scripts match, as in en.ts.
 */

const REMOVE_ALIAS = 'remove it from aliases';
const RETIRED_EXAMPLE = '- address: /releases/old-slug/\n  reason: "…"';
const when = ({ change, day }: Change) =>
  `${change === 'working tree' ? 'in the working tree' : `at commit ${change}`}, ${day}`;

/** The English archive-wide texts, spread into en.ts's `texts`. */
export const archiveTexts: { [K in keyof ArchiveValues]: (v: ArchiveValues[K]) => Said } = {
  'duplicate.entry': ({ id, others }) => ({
    message: `two files are the same release "${id}": ${others.join(', ')}; the build would keep only one`,
    fix: 'keep one of them: a release is either <name>.mdx or <name>/index.mdx',
  }),
  'duplicate.url': ({ slug, others, published }) => ({
    message: `${published ? 'ends' : 'will end, once published,'} at the same URL /releases/${slug}/ as ${others.join(', ')}`,
    fix: 'rename this folder (or file) before it is published, or give it a different  slug:  in its frontmatter; never change the URL of a published release',
  }),
  'alias.claimed': ({ alias, others }) => ({
    message: `the old address ${alias} is also claimed by ${others.join(', ')}: an old link can lead to one release only`,
    fix: 'keep it on the release the old site published at that address and remove it from the other',
  }),
  'alias.own-address': ({ alias }) => ({
    message: `${alias} is this release's own address: it needs no alias`,
    fix: REMOVE_ALIAS,
  }),
  'alias.other-release': ({ alias, owner }) => ({
    message: `${alias} is the address of another release, ${owner}: a redirect would hide it`,
    fix: REMOVE_ALIAS,
  }),
  'alias.outside-base': ({ alias, base }) => ({
    message: `${alias} is outside the site's base path ${base}: no page of the archive can answer it`,
    fix: `it works only through the _redirects rules, if the host reads them at its root; or write it under ${base}`,
  }),
  'alias.site-page': ({ alias, home }) => ({
    message: `${alias} is a page of the archive itself${home ? ' (the home page)' : ''}: a redirect would replace it`,
    fix: REMOVE_ALIAS,
  }),
  'permalink.moved': ({ path, old, slug, ...change }) => ({
    message: `this release was published at ${path} (as ${old}) and moved ${when(change)}${slug ? ` to /releases/${slug}/` : ''}: links to the old address would break`,
    fix: `add  aliases: [${path}]  so that the old address redirects here, or give the folder its old name back`,
  }),
  'permalink.removed': ({ path, retired, ...change }) => ({
    message: `the release published at ${path} was removed ${when(change)}: links to it would break`,
    fix: `restore the file (to take it down but keep its page, add  withdrawn: { date: YYYY-MM-DD, reason: "…" }); to let the address go on purpose, list it in ${retired} with a reason`,
  }),
  'retired.not-list': () => ({
    message: `must be a YAML list of retired addresses, e.g.\n${RETIRED_EXAMPLE}`,
  }),
  'retired.address': ({ item }) => ({
    message: `item ${item} needs an "address:" starting with /, e.g.\n${RETIRED_EXAMPLE}`,
  }),
  'retired.reason': ({ item, address }) => ({
    message: `item ${item} (${address}) needs a "reason:": say why the address is let go`,
  }),
  'tag.variant': ({ spelling, preferred, sameTag, registry }) => ({
    message: sameTag
      ? `"${spelling}" is a variant spelling of the existing tag "${preferred}" (same tag page, shown as "${preferred}")`
      : `"${spelling}" looks like a variant spelling of the existing tag "${preferred}", but would get a separate tag page`,
    fix: `write  ${preferred}  as the other releases do${registry ? ' (or add the spelling to tags.yaml)' : ''}`,
  }),
  'translation.undeclared': ({ lang, languages }) => ({
    message: `is a translation into "${lang}", a language the site does not declare (${languages.length ? languages.join(', ') : 'none'})`,
    fix: `add '${lang}' to languages in archive.config.mjs (the archive has interface dictionaries for fr and en), or rename the file`,
  }),
  'translation.no-original': ({ original }) => ({
    message: `is a translation without its original: ${original} does not exist`,
    fix: 'put the translation in the folder of the release it translates, named after it (index.mdx → index.fr.mdx)',
  }),
  'translation.no-frontmatter': () => ({
    message: 'the file does not start with a frontmatter block between two --- lines',
    fix: "start the file with ---, then title: in the translation's language, then --- and the text",
  }),
  'translation.not-here': ({ fields }) => ({
    message: 'is not a field a translation can set here',
    fix: `remove it; a translation sets only ${fields.join(', ')} (and image alt and caption)`,
  }),
  'translation.from-original': ({ fields }) => ({
    message: 'comes from the original release, not from its translation',
    fix: `remove it; a translation sets only ${fields.join(', ')} (and image alt and caption)`,
  }),
  'skipped.hidden': () => ({
    message: 'a folder or file name starting with "_" or "." is never published',
  }),
  'note.no-git': () => ({
    message:
      'permalink guard skipped: the releases folder is not in a git repository, so renamed folders are not checked',
  }),
  'note.shallow': () => ({
    message:
      'permalink guard: the git history is shallow (a CI checkout with a depth): renamed folders before it are not checked; fetch the whole history (actions/checkout: fetch-depth: 0)',
  }),
};
