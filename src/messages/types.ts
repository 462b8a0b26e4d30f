import type { Severity } from '../checks/types.ts';
import type { ArchiveValues } from './archive-types.ts';
import type { CheckValues } from './check-types.ts';
import type { FileValues } from './file-types.ts';
import type { PublishValues, WordPressWords } from './publish-types.ts';
import type { SettingsValues } from './settings-types.ts';

/**
 * The typed key set of the publishing tools' messages (`npm run check`, `new`, `import` and the
 * build's checks). `ar.ts` and `en.ts` implement {@link Catalogue}, so a key missing from either
 * is a type error; tests/unit/messages/ checks that none is empty. The interface's words for
 * readers live apart, in src/i18n/.
 */

/** Languages of the publishing tools: Arabic (the default) and English (`--lang en`). */
export type Lang = 'ar' | 'en';

/** A value put into a message: text, a number (formatted and counted by the catalogue), a list. */
export type Value = string | number | readonly string[];

/** What is wrong and, when the message does not already say it, how to fix it. */
export interface Said {
  message: string;
  fix?: string;
}

/** Why a YAML block failed, for the fix line (from `yaml`'s error codes). */
export type YamlHint = 'duplicate' | 'indent' | 'colon' | 'quote';

/**
 * The values of every diagnostic text, by key. A key names what the publisher did, not the
 * rule that caught it (rule ids stay in `Diagnostic.rule`).
 */
export interface TextValues
  extends PublishValues, CheckValues, ArchiveValues, FileValues, SettingsValues {
  'releases.no-folder': Record<string, never>;
  'releases.none': Record<string, never>;
  'frontmatter.missing': Record<string, never>;
  'frontmatter.empty': Record<string, never>;
  'frontmatter.too-long': { kb: number; maxKb: number };
  'frontmatter.too-deep': { max: number };
  'yaml.invalid': { reason: string; hint: YamlHint };
  'yaml.inner-quotes': { field: string; fixed: string };
  'yaml.aliases': { count: number; first: string };
  'yaml.unreadable': { reason: string };
  'field.unknown': { suggestion: string; fields: readonly string[] };
  'field.missing': { field: string; example: string };
  'field.not-text': { field: string; example: string };
  'field.empty': { field: string; example: string };
  'field.boolean': Record<string, never>;
  'date.missing': { field: string };
  'date.type': { field: string };
  'date.format': { field: string; value: string };
  'date.not-real': { field: string; value: string; month: string; days: number };
  'date.time': { field: string; value: string };
  'date.too-early': { field: string; day: string; earliest: number };
  'date.two-readings': { field: string; value: string; dayFirst: string; monthFirst: string };
  'date.one-reading': { field: string; value: string; day: string };
  'date.offset': { field: string; value: string; local: string; zone: string };
  'date.future': { day: string; today: string; zone: string; until: string };
  'date.weekday': { named: string; day: string; actual: string };
  'date.before-release': { field: string; day: string; release: string };
  'updated.missing': Record<string, never>;
  'country.type': Record<string, never>;
  'countries.not-list': Record<string, never>;
  'country.unknown': { value: string; codes: readonly string[] };
  'country.alpha3': { value: string; code: string };
  'country.name': { value: string; code: string };
  'countries.text': { value: string; codes: readonly string[]; unknown: readonly string[] };
  'tag.type': Record<string, never>;
  'tags.not-list': Record<string, never>;
  'tag.arabic-comma': { value: string; tags: readonly string[] };
  'tag.no-letters': { value: string };
  'tag.too-long': { start: string; bytes: number; max: number };
  'slug.not-slug': Record<string, never>;
  'slug.too-long': { max: number };
  'image.not-object': Record<string, never>;
  'image.src-missing': Record<string, never>;
  'image.data-url': { start: string };
  'image.web-address': { src: string };
  'image.absolute': { src: string; name: string };
  'image.query': { src: string };
  'image.outside': { src: string; name: string };
  'image.svg': { src: string };
  'image.type': { src: string; types: readonly string[] };
  'image.no-file': { src: string; dir: string };
  'image.no-file-case': { src: string; dir: string; found: string };
  'image.no-file-others': { src: string; dir: string; files: readonly string[] };
  'alt.missing': Record<string, never>;
  'alt.empty': Record<string, never>;
  'alt.placeholder': { alt: string };
  'alt.file-name': { alt: string };
  'body.empty': Record<string, never>;
  'body.placeholder': { placeholder: string };
  'site.example': { site: string };
}

/** A key of {@link TextValues}. */
export type TextKey = keyof TextValues;

/** A diagnostic text by key, rendered in the reader's language when it is printed. */
export type Text = { [K in TextKey]: { key: K; values: TextValues[K] } }[TextKey];

/** Every diagnostic text of one language. */
export type Texts = { [K in TextKey]: (values: TextValues[K]) => Said };

/** The counts of a check run's summary line. */
export interface Counts {
  releases: number;
  drafts: number;
  errors: number;
  warnings: number;
  /** Wall-clock time in milliseconds. */
  ms: number;
}

/** The messages of the publishing tools in one language. */
export interface Catalogue {
  lang: Lang;
  /** The word for a diagnostic's severity, after `file:line`. */
  severity: Record<Severity, string>;
  /** Label of the line that says how to fix it. */
  fix: string;
  /** A field named in a diagnostic, with its Arabic label when it has one. */
  field: (name: string, label: string | undefined) => string;
  /** `file:line` (isolated in Arabic, so the line's direction is the message's). */
  where: (location: string) => string;
  skipped: (file: string, reason: string) => string;
  scheduled: (file: string, at: string, preview: boolean) => string;
  note: (text: string) => string;
  /** The last line of `npm run check`. */
  summary: (counts: Counts) => string;
  /** After the summary when there are errors. */
  fixThenCheck: string;
  /** `npm run check --fix`: a file rewritten as UTF-8. */
  fixed: (path: string, from: string) => string;
  build: {
    summary: (counts: Counts) => string;
    stopped: (command: 'build' | 'dev', count: number) => string;
    draft: (file: string) => string;
    skipped: (file: string, reason: string) => string;
  };
  import: {
    paragraphs: (count: number, input: string) => string;
    /** The import of a translation (`--translation-of`). */
    translation: (count: number, input: string, lang: string) => string;
    dateline: (city: string, phrase: string | undefined) => string;
    removedDateline: (phrase: string) => string;
    countries: (list: readonly string[]) => string;
    homeCountry: (country: string, locale: string) => string;
    tags: (list: readonly string[]) => string;
    alsoTags: (list: readonly string[]) => string;
    imageSlot: (phrases: readonly string[]) => string;
    imageSaved: (path: string, altFromWord: boolean) => string;
    published: string;
    draft: string;
  };
  new: {
    date: (day: string, zone: string) => string;
    dateline: (city: string) => string;
    issuer: (issuer: string) => string;
    future: (day: string) => string;
    placeholder: string;
    translationPlaceholder: string;
  };
  /** The summary of a WordPress migration. */
  wordpress: WordPressWords;
  /** The usage lines printed after a command-line mistake and by `--help`. */
  usage: { check: string; new: string; import: string };
  texts: Texts;
}
