import { countryNameEnglish } from '../arabic/countries.ts';
import { pluralRules } from '../arabic/intl-cache.ts';
import { archiveTexts } from './en-archive.ts';
import { settingsTexts } from './en-settings.ts';
import { checkTexts } from './en-checks.ts';
import { fileTexts } from './en-file.ts';
import { imageTexts } from './en-image.ts';
import { publishTexts, usage, wordpress } from './en-publish.ts';
import type { Catalogue, Texts, YamlHint } from './types.ts';

/**
 * The English messages of the publishing tools (`--lang en`, or `LANG=en…`). Their wording is
 * what tests and scripts match, so a change here is a change of interface.
 */

/** `1 release`, `2 releases`: CLDR's English plural rule through `Intl.PluralRules('en')`. */
function count(n: number, one: string, other = `${one}s`): string {
  return `${n} ${pluralRules('en').select(n) === 'one' ? one : other}`;
}

/** `GB (United Kingdom)`. */
const named = (code: string) => `${code} (${countryNameEnglish(code)})`;

const YAML_HINTS: Record<YamlHint, string> = {
  duplicate: 'a field is written twice: keep one',
  indent: 'check the indentation (spaces, not tabs) and that lists use "- " or [a, b]',
  colon:
    'a value contains ": " or starts with a special character: put the whole value in double quotes, e.g. title: "…: …"',
  quote: 'put text that contains ":", "#", quotes or brackets in double quotes, e.g. title: "…"',
};

const DATE_EXAMPLE = '2025-06-18';

const texts: Texts = {
  ...publishTexts,
  ...checkTexts,
  ...archiveTexts,
  ...settingsTexts,
  ...fileTexts,
  'releases.no-folder': () => ({
    message: 'the releases folder does not exist, so the site would have no releases',
    fix: 'check releasesDir in archive.config.mjs (or the ARCHIVE_RELEASES_DIR variable), or pass  --dir <folder>',
  }),
  'releases.none': () => ({
    message: 'the releases folder holds no release (.mdx or .md file)',
    fix: 'add one with  npm run new -- --title "…"',
  }),
  'frontmatter.missing': () => ({
    message: 'the file does not start with a frontmatter block between two --- lines',
    fix: 'start the file with ---, the fields (title:, date:, dateline:, issuer:…), then --- and the text',
  }),
  'frontmatter.empty': () => ({
    message: 'the frontmatter is empty or not a list of "field: value" lines',
    fix: 'start the file with ---, then title:, date:, dateline:, issuer: on their own lines, then ---',
  }),
  'frontmatter.too-long': ({ kb, maxKb }) => ({
    message: `the frontmatter is ${kb} kB long; a release's fields fit in ${maxKb} kB`,
    fix: 'keep only the release fields (title:, date:, …) between the --- lines; put the text below the closing ---',
  }),
  'frontmatter.too-deep': ({ max }) => ({
    message: `the frontmatter nests lists or maps more than ${max} levels deep; a release's fields need two`,
    fix: 'write each field on its own line, e.g. tags: [a, b]',
  }),
  'yaml.invalid': ({ reason, hint }) => ({
    message: `the frontmatter is not valid YAML: ${reason}`,
    fix: YAML_HINTS[hint],
  }),
  'yaml.inner-quotes': ({ field, fixed }) => ({
    message: `the frontmatter is not valid YAML: the text of ${field} holds double quotes inside double quotes, so YAML ends it at the second "`,
    fix: `write it in single quotes outside, keeping the double quotes inside:  ${fixed}`,
  }),
  'yaml.aliases': ({ count: n, first }) => ({
    message: `the frontmatter uses ${n === 1 ? 'a YAML alias' : `${n} YAML aliases`} (*${first}), which repeat other values; releases do not need them and the archive does not expand them`,
    fix: 'write each value out in full instead of *name',
  }),
  'yaml.unreadable': ({ reason }) => ({
    message: `the frontmatter cannot be read: ${reason}`,
    fix: YAML_HINTS.quote,
  }),
  'field.unknown': ({ suggestion, fields }) => ({
    message: `is not a release field${suggestion ? `: did you mean "${suggestion}"?` : ''}`,
    fix: suggestion
      ? `rename it to  ${suggestion}:`
      : `remove it; the fields are: ${fields.join(', ')}`,
  }),
  'field.missing': ({ field, example }) => ({ message: `is missing: add  ${field}: ${example}` }),
  'field.not-text': ({ field, example }) => ({
    message: `must be text, e.g. ${field}: ${example}`,
  }),
  'field.empty': ({ field, example }) => ({
    message: `is empty: write it, e.g. ${field}: ${example}`,
  }),
  'field.boolean': () => ({ message: 'must be true or false' }),
  'date.missing': ({ field }) => ({
    message: `is missing: add  ${field}: ${DATE_EXAMPLE}  (YYYY-MM-DD, optionally followed by a time: ${DATE_EXAMPLE} 10:30)`,
  }),
  'date.type': ({ field }) => ({
    message: `must be a date written as YYYY-MM-DD, e.g. ${DATE_EXAMPLE}. Write  ${field}: ${DATE_EXAMPLE}`,
  }),
  'date.format': ({ field, value }) => ({
    message: `"${value}" is not written as YYYY-MM-DD (e.g. ${DATE_EXAMPLE}), optionally followed by a time HH:MM. Write  ${field}: ${DATE_EXAMPLE}`,
  }),
  'date.not-real': ({ field, value, month, days }) => ({
    message: `"${value}" is not a real calendar date (${month} has ${days || 'no'} days). Write  ${field}: ${DATE_EXAMPLE}`,
  }),
  'date.time': ({ field, value }) => ({
    message: `"${value}" has an impossible time of day. Write  ${field}: ${DATE_EXAMPLE} 10:30`,
  }),
  'date.too-early': ({ field, day, earliest }) => ({
    message: `${day} is before ${earliest}: no release in this archive is that old, so the year is probably mistyped. Write  ${field}: ${DATE_EXAMPLE}`,
  }),
  'date.two-readings': ({ field, value, dayFirst, monthFirst }) => ({
    message: `"${value}" is not written as YYYY-MM-DD, and it can be read two ways: day first (${dayFirst}) or month first (${monthFirst})`,
    fix: `write the one printed on the release:  ${field}: ${dayFirst}  or  ${field}: ${monthFirst}`,
  }),
  'date.one-reading': ({ field, value, day }) => ({
    message: `"${value}" is not written as YYYY-MM-DD`,
    fix: `write  ${field}: ${day}`,
  }),
  'date.offset': ({ field, value, local, zone }) => ({
    message: `"${value}" is an instant with a UTC offset; the archive's dates are wall-clock dates in its time zone (${zone})`,
    fix: `write the same instant in ${zone}:  ${field}: ${local}`,
  }),
  'date.future': ({ day, today, zone, until }) => ({
    message: `${day} is more than a year after today (${today} in ${zone}): the year is probably mistyped, and the release would stay off the site until ${until}`,
    fix: `write the date printed on the release, e.g.  date: ${today}; to hold a release back without a date, use  draft: true`,
  }),
  'date.weekday': ({ named: weekday, day, actual }) => ({
    message: `the text says «${weekday}» but ${day} is a ${actual}`,
    fix: `check the date: a release issued «${weekday}» needs a date that falls on that weekday`,
  }),
  'date.before-release': ({ field, day, release }) => ({
    message: `${day} is before the release date ${release}`,
    fix:
      field === 'updated'
        ? 'updated is the date of the correction, on or after the release date'
        : field === 'withdrawn.date'
          ? 'the withdrawal is dated on or after the release date'
          : 'a correction is dated on or after the release date',
  }),
  'updated.missing': () => ({
    message: 'is missing: a correction needs the date it was made, e.g. updated: 2025-06-19',
  }),
  'country.type': () => ({ message: 'must be a two-letter ISO 3166-1 code such as GA' }),
  'countries.not-list': () => ({
    message: 'must be a list of country codes, e.g. countries: [GB, GA]',
  }),
  'country.unknown': ({ value, codes }) => ({
    message: `"${value}" is not an ISO 3166-1 alpha-2 country code.${codes.length ? ` Did you mean ${codes.map(named).join(', ')}?` : ''} Codes are listed at https://www.iso.org/obp/ui/#search/code/`,
  }),
  'country.alpha3': ({ value, code }) => ({
    message: `"${value}" is a three-letter (alpha-3) code; the archive writes countries with two letters (ISO 3166-1 alpha-2)`,
    fix: `write  ${code}  (${countryNameEnglish(code)})`,
  }),
  'country.name': ({ value, code }) => ({
    message: `"${value}" is a country's name; the archive writes countries as ISO 3166-1 alpha-2 codes`,
    fix: `write  ${code}  (${countryNameEnglish(code)})`,
  }),
  'countries.text': ({ value, codes, unknown }) => ({
    message: `must be a list of country codes, not the text "${value}"${unknown.length ? `; not recognised: ${unknown.join(', ')}` : ''}`,
    fix: codes.length
      ? `write  countries: [${codes.join(', ')}]  (${codes.map(countryNameEnglish).join(', ')})`
      : 'write  countries: [GB, GA]  with ISO 3166-1 alpha-2 codes',
  }),
  'tag.type': () => ({ message: 'each tag must be text' }),
  'tags.not-list': () => ({
    message: 'must be a list, e.g. tags: [التعاون الأمني, مكافحة الإرهاب]',
  }),
  'tag.arabic-comma': ({ value, tags }) => ({
    message: `tag "${value}" contains the Arabic comma «،»: YAML separates list items with a Latin comma, so write  tags: [${tags.join(', ')}]  or one tag per line`,
  }),
  'tag.no-letters': ({ value }) => ({
    message: `tag "${value}" has no letters or digits: remove it or write a word`,
  }),
  'tag.too-long': ({ start, bytes, max }) => ({
    message: `tag "${start}…" is too long to be a web address: its page would be a folder name of ${bytes} bytes, and file systems allow ${max} (about 120 Arabic letters). Shorten it to a few words`,
  }),
  'slug.not-slug': () => ({
    message: 'must already be a slug (letters, digits and -), e.g. slug: rabat-security-talks',
  }),
  'slug.too-long': ({ max }) => ({
    message: `is too long to be a web address: file systems allow ${max} bytes per folder name (about 120 Arabic letters); keep the slug to a few words`,
  }),
  ...imageTexts,
  'body.empty': () => ({
    message: 'the release has no text after the frontmatter',
    fix: 'write the text below the closing ---, one empty line between paragraphs, or set  draft: true  until it is ready',
  }),
  'body.placeholder': ({ placeholder }) => ({
    message: `the text is still the placeholder "${placeholder}"`,
    fix: 'replace it with the text of the release, or set  draft: true  until it is ready',
  }),
  'site.example': ({ site }) => ({
    message: `site is still the example address ${site}: canonical URLs, feeds, the sitemap and share links would point there`,
    fix: "write the archive's own address in  site:  (e.g. 'https://press.example.gov'), or set ARCHIVE_SITE when building",
  }),
};

/** The English catalogue. */
export const en: Catalogue = {
  lang: 'en',
  severity: { error: 'error', warning: 'warning' },
  fix: 'fix',
  field: (name, label) => `${name}${label ? ` «${label}»` : ''}`,
  where: (location) => location,
  skipped: (file, reason) => `${file}  skipped  ${reason}`,
  scheduled: (file, at, preview) =>
    `scheduled: ${file}  publishes ${at}${preview ? '  (built now for a preview: ARCHIVE_BUILD_FUTURE=1)' : ''}`,
  note: (text) => `note: ${text}`,
  summary: ({ releases, drafts, errors, warnings, ms }) =>
    `${count(releases, 'release')} checked (${count(drafts, 'draft')}) in ${ms} ms: ${count(errors, 'error')}, ${count(warnings, 'warning')}.`,
  fixThenCheck:
    'Fix the errors above, then run  npm run check  again. The site is not built while a release has an error.',
  fixed: (path, from) =>
    `fixed: ${path} (read as ${from}; now UTF-8 without BOM, LF line endings, Unicode NFC)`,
  build: {
    summary: ({ releases, drafts, errors, warnings, ms }) =>
      `${releases} releases checked in ${ms} ms: ${errors} error(s), ${warnings} warning(s); ${drafts} draft(s) left out of the site.`,
    stopped: (command, n) =>
      `The ${command === 'build' ? 'build' : 'dev server'} stopped: ${n} release error(s), listed above (file:line, field, fix). Fix them and run  npm run check  again.`,
    draft: (file) => `draft, not published: ${file}`,
    skipped: (file, reason) => `skipped: ${file} (${reason})`,
  },
  import: {
    paragraphs: (n, input) => `${count(n, 'paragraph')} imported from ${input}`,
    translation: (n, input, lang) =>
      `${n} paragraphs imported from ${input} as the ${lang} translation`,
    dateline: (city, phrase) => `dateline: ${city}${phrase ? ` (from «${phrase}»)` : ''}`,
    removedDateline: (phrase) =>
      `removed «${phrase}» from the start of the first paragraph: the page shows the dateline`,
    countries: (list) =>
      `countries suggested, check them: ${list.length ? list.join('; ') : 'none found'}`,
    homeCountry: (country, locale) =>
      `not suggested: ${country}, the archive's own country (locale ${locale}); add it if the release is about it`,
    tags: (list) =>
      `tags suggested from the archive's tags that the text mentions, check them: ${list.length ? list.join('; ') : 'none found'}`,
    alsoTags: (list) => `the text also mentions the archive's tags: ${list.join('; ')}`,
    imageSlot: (phrases) =>
      `image slot to fill: the text ended with «${phrases.join('», «')}»; see the commented "image:" lines in the frontmatter`,
    imageSaved: (path, altFromWord) =>
      `image saved: ${path}; ${altFromWord ? 'its alt text was taken from the Word document: check it' : 'write its alt text in the frontmatter'}`,
    published: 'published on the next build (--publish): no draft line was written',
    draft:
      'written as a draft (draft: true): review it, then delete that line to publish (or import with --publish)',
  },
  new: {
    date: (day, zone) => `date: ${day} (today in ${zone}); pass --date to change it`,
    dateline: (city) =>
      `dateline: ${city} (as in the latest release); pass --dateline to change it`,
    issuer: (issuer) => `issuer: ${issuer}; pass --issuer to change it`,
    future: (day) => `warning: ${day} is in the future`,
    placeholder:
      'Write the text in place of the placeholder, then delete the line "draft: true" to publish.',
    translationPlaceholder:
      'Write the translation in place of the placeholder, then delete the line "draft: true" to publish it.',
  },
  wordpress,
  usage,
  texts,
};
