import { SaidError, say } from '../../messages/index.ts';
import { altTextProblem } from '../../release/alt-text.ts';
import { formatWeekday, isoDay, type CalendarDate } from '../../arabic/dates.ts';
import { renderFrontmatter } from '../yaml-write.ts';
import { countriesInText, type CountryMention } from './countries-in-text.ts';
import {
  detectDateline,
  detectWeekday,
  leadingDateline,
  sameWeekday,
  type Dateline,
} from './dateline.ts';
import { imageSlotLines, splitImagePlaceholders } from './image-slot.ts';
import { escapeMdx } from './mdx-escape.ts';
import { tagsMentioned, type TagMention } from './tag-suggestions.ts';

/**
 * Turns the paragraphs of an outside document into the text of an MDX release: frontmatter
 * from the options and from what is detected in the text (dateline, countries, a title line,
 * image placeholders), body paragraphs escaped so that they render exactly as written.
 */

/** What the publisher gave on the command line. */
export interface ImportOptions {
  date: CalendarDate;
  title?: string;
  dateline?: string;
  issuer: string;
  /** Explicit countries; when absent, the detected ones are written. */
  countries?: string[];
  /** Explicit tags (`--tags`); when empty, the archive's tags that the text mentions are written. */
  tags: string[];
  /** The archive's existing tags in their preferred spellings, for suggestions. */
  knownTags?: readonly string[];
  /** `--publish`: write the release without `draft: true`. */
  publish?: boolean;
  /** Codes never suggested: the office's own country (region of the archive locale, e.g. ar-MA → MA). */
  homeCountries: string[];
  overrides?: Record<string, string>;
  /** Image saved next to the release (from a Word document), e.g. `./image-1.jpg`. */
  imageSrc?: string;
  imageAlt?: string;
}

/** The import result, with what was detected for the report printed to the publisher. */
export interface ImportedRelease {
  text: string;
  title: string;
  paragraphs: string[];
  dateline?: Dateline;
  countries: CountryMention[];
  /** Countries mentioned but left out because they are the office's own. */
  homeMentions: CountryMention[];
  placeholders: string[];
  /** The archive's tags that the text mentions (written when no `--tags` were given). */
  suggestedTags: TagMention[];
  /** The leading «city -» removed from the first paragraph, when there was one. */
  removedDateline?: string;
  /** Things the publisher should look at (e.g. the weekday in the text does not match the date). */
  warnings: string[];
}

/** An import that cannot go on without the publisher; the message says which option to add. */
export class ImportError extends SaidError {
  override name = 'ImportError';
}

/** A first paragraph that is a headline: short, no sentence-final punctuation, and text follows. */
function looksLikeTitle(paragraphs: readonly string[]): boolean {
  const first = paragraphs[0] ?? '';
  return paragraphs.length > 1 && first.length <= 150 && !/[.!?؟:…،]$/.test(first);
}

/**
 * @param source - the document's paragraphs (see `readSource`).
 * @param options - command-line options.
 * @throws ImportError when no title or dateline is given or found.
 */
export function importRelease(source: readonly string[], options: ImportOptions): ImportedRelease {
  const { paragraphs: withTitle, placeholders } = splitImagePlaceholders(source);
  let paragraphs = withTitle;
  let title = options.title;
  if (!title) {
    if (!looksLikeTitle(withTitle)) {
      throw new ImportError(say('import.no-title', {}));
    }
    title = withTitle[0]!;
    paragraphs = withTitle.slice(1);
  }
  const detected = detectDateline(paragraphs);
  const dateline = options.dateline ?? detected?.city;
  if (!dateline) throw new ImportError(say('import.no-dateline', {}));
  // «الرباط - …»: the page shows the dateline field, so the leading copy leaves the text.
  const leading = paragraphs[0] ? leadingDateline(paragraphs[0]) : undefined;
  let removedDateline: string | undefined;
  if (leading && leading.city === dateline && leading.rest !== '') {
    paragraphs = [leading.rest, ...paragraphs.slice(1)];
    removedDateline = leading.phrase;
  }
  const warnings: string[] = [];
  const weekday = detectWeekday(paragraphs);
  if (weekday) {
    const actual = formatWeekday(options.date, 'ar');
    if (!sameWeekday(weekday, actual)) {
      warnings.push(
        `the text says «${weekday}» but ${isoDay(options.date)} is a ${actual}: check --date`,
      );
    }
  }
  const all = countriesInText(
    [title, ...paragraphs].join('\n'),
    options.overrides ? { overrides: options.overrides } : {},
  );
  const home = new Set(options.homeCountries);
  const countries = all.filter((m) => !home.has(m.code));
  const homeMentions = all.filter((m) => home.has(m.code));
  const suggestedTags = tagsMentioned([title, ...paragraphs].join('\n'), options.knownTags ?? []);
  const tags = options.tags.length ? options.tags : suggestedTags.map((m) => m.tag);
  const usableAlt =
    options.imageAlt && altTextProblem(options.imageAlt) === undefined
      ? options.imageAlt
      : undefined;
  const imageLines =
    options.imageSrc && usableAlt
      ? [
          'image:',
          `  src: ${options.imageSrc}`,
          `  alt: ${JSON.stringify(usableAlt)}  # from the Word document: check that it describes the image`,
        ]
      : options.imageSrc
        ? imageSlotLines(
            options.imageSrc,
            `the document holds an image${options.imageAlt ? ` (its alt text: «${options.imageAlt}»)` : ''}`,
          )
        : placeholders.length
          ? imageSlotLines(
              undefined,
              `the original text ended with an image caption placeholder («${placeholders.join('», «')}») and the image is missing`,
            )
          : [];
  const frontmatter = renderFrontmatter(
    [
      { key: 'title', value: title },
      { key: 'date', value: isoDay(options.date) },
      {
        key: 'dateline',
        value: dateline,
        ...(detected && !options.dateline ? { comment: `from «${detected.phrase}»` } : {}),
      },
      { key: 'issuer', value: options.issuer },
      {
        key: 'countries',
        value: options.countries ?? countries.map((m) => m.code),
        ...(options.countries ? {} : { comment: 'suggested from the text: check them' }),
      },
      {
        key: 'tags',
        value: tags,
        block: true,
        ...(!options.tags.length && tags.length
          ? { comment: "the archive's tags that the text mentions: check them" }
          : {}),
      },
      options.publish
        ? { key: 'draft', value: undefined }
        : {
            key: 'draft',
            value: true,
            comment:
              'imported: check the text, countries and tags, then delete this line to publish',
          },
    ],
    imageLines,
  );
  const body = paragraphs.map(escapeMdx).join('\n\n');
  const result: ImportedRelease = {
    text: `${frontmatter}\n${body}\n`.normalize('NFC'),
    title,
    paragraphs,
    countries,
    homeMentions,
    placeholders,
    suggestedTags,
    warnings,
  };
  if (detected) result.dateline = detected;
  if (removedDateline) result.removedDateline = removedDateline;
  return result;
}
