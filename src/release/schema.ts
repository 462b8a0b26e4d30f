import { z } from 'astro/zod';
import { aliasProblem } from './aliases.ts';
import { altTextKind } from './alt-text.ts';
import { dateInputText } from './date-input.ts';
import { attachmentPathProblem } from './attachments.ts';
import { collapseWhitespace, toNfc } from '../arabic/text.ts';
import { countryCodeOf, isCountryCode, suggestCountryCodes } from '../arabic/countries.ts';
import { daysInMonth, isoDay, parseCalendarDate } from '../arabic/dates.ts';
import { slugify } from '../arabic/slug.ts';
import { tagSlug } from '../archive/tags.ts';
import { EARLIEST_YEAR, MAX_SEGMENT_BYTES, utf8Bytes } from './limits.ts';
import { issueParams, zodMessage, type TextKey, type TextValues } from '../messages/index.ts';

/**
 * The release frontmatter schema. Astro's content collection uses it (`src/content.config.ts`),
 * and so does `npm run check`, with a different image validator. Every message names the field
 * with its Arabic label and says how to fix it. Messages come from the tools' catalogue
 * (src/messages/): English here, rendered in the reader's language by the checks' report.
 */

/** Adds a custom issue whose message is a catalogue text (with the publisher's values). */
function addText<K extends TextKey>(
  ctx: { addIssue(issue: { code: 'custom'; message: string; params: object }): void },
  key: K,
  values: TextValues[K],
): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', ...issueParams(key, values) });
  return z.NEVER;
}

/** Arabic labels of the frontmatter fields, used in error messages and the publishing guide. */
export const FIELD_LABELS: Record<string, string> = {
  title: 'العنوان',
  date: 'التاريخ',
  dateline: 'مكان الإصدار',
  issuer: 'الجهة المصدرة',
  countries: 'الدول',
  tags: 'الوسوم',
  summary: 'الملخص',
  image: 'الصورة',
  'image.src': 'ملف الصورة',
  'image.alt': 'النص البديل للصورة',
  'image.caption': 'تعليق الصورة',
  draft: 'مسودة',
  sample: 'بلاغ تجريبي',
  updated: 'تاريخ التحديث',
  correction: 'ملاحظة التصحيح',
  corrections: 'سجل التصحيحات',
  'corrections.date': 'تاريخ التصحيح',
  'corrections.note': 'نص التصحيح',
  withdrawn: 'سحب البلاغ',
  'withdrawn.date': 'تاريخ السحب',
  'withdrawn.reason': 'سبب السحب',
  hijriDate: 'التاريخ الهجري',
  reference: 'المرجع',
  slug: 'الرابط المختصر',
  aliases: 'العناوين القديمة',
  attachments: 'المرفقات',
  'attachments.src': 'ملف المرفق',
  'attachments.title': 'عنوان المرفق',
};

/** Trimmed NFC text with collapsed white space, required and non-empty. */
const text = (field: string, example: string) =>
  z
    .string({
      error: (issue) =>
        zodMessage(issue.input === undefined ? 'field.missing' : 'field.not-text', {
          field,
          example,
        }),
    })
    .transform((value) => collapseWhitespace(toNfc(value)))
    .refine((value) => value !== '', { error: zodMessage('field.empty', { field, example }) });

/** A calendar date `YYYY-MM-DD` with optional time, see `parseCalendarDate`. */
const calendarDate = (field: string) =>
  z.unknown().transform((value, ctx) => {
    if (value === undefined || value === null || value === '')
      return addText(ctx, 'date.missing', { field });
    const parsed = parseCalendarDate(value);
    if (!parsed.ok) {
      if (typeof value !== 'string') return addText(ctx, 'date.type', { field });
      // The same digits parseCalendarDate reads (Arabic-Indic and Persian ones as Latin).
      const text = value
        .trim()
        .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
      const own = dateInputText(field, text);
      if (own) {
        ctx.addIssue({ code: 'custom', ...issueParams(own.key, own.values as never) });
        return z.NEVER;
      }
      if (parsed.reason === 'time') return addText(ctx, 'date.time', { field, value: text });
      const [, y, mo] = /^(\d{4})-(\d{2})-\d{2}/.exec(text) ?? [];
      if (parsed.reason !== 'day' || !y || !mo)
        return addText(ctx, 'date.format', { field, value: text });
      const month = Number(mo);
      return addText(ctx, 'date.not-real', {
        field,
        value: text,
        month: `${y}-${mo}`,
        days: month >= 1 && month <= 12 ? daysInMonth(Number(y), month) : 0,
      });
    }
    if (parsed.date.year < EARLIEST_YEAR)
      return addText(ctx, 'date.too-early', {
        field,
        day: isoDay(parsed.date),
        earliest: EARLIEST_YEAR,
      });
    return parsed.date;
  });

const countryCode = z.string({ error: zodMessage('country.type', {}) }).transform((value, ctx) => {
  const code = value.trim().toUpperCase();
  if (!isCountryCode(code)) {
    const meant = countryCodeOf(value);
    if (meant?.how === 'alpha3') return addText(ctx, 'country.alpha3', { value, code: meant.code });
    if (meant?.how === 'name') return addText(ctx, 'country.name', { value, code: meant.code });
    return addText(ctx, 'country.unknown', {
      value,
      // A frequent spelling (UK) means one country: suggest only that one.
      codes: meant ? [meant.code] : suggestCountryCodes(value),
    });
  }
  return code;
});

/**
 * `countries:` written as text (`فرنسا، بلجيكا`, `France, Belgium`) rather than a list: each
 * part is looked up as a name or code, and the list to write is suggested — never accepted.
 */
function countriesText(value: string, ctx: Parameters<typeof addText>[0]): typeof z.NEVER {
  const parts = value
    .split(/\s*[,،؛;]\s*|\s+و(?=\S)/)
    .map((p) => p.trim())
    .filter(Boolean);
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of parts) {
    const upper = part.toUpperCase();
    const code = isCountryCode(upper) ? upper : countryCodeOf(part)?.code;
    if (code) {
      if (!codes.includes(code)) codes.push(code);
    } else unknown.push(part);
  }
  return addText(ctx, 'countries.text', { value, codes, unknown });
}

const tag = z.string({ error: zodMessage('tag.type', {}) }).transform((value, ctx) => {
  const clean = collapseWhitespace(toNfc(value));
  if (/[،؛]/.test(clean))
    return addText(ctx, 'tag.arabic-comma', { value, tags: clean.split(/\s*[،؛]\s*/) });
  let slug: string;
  try {
    slug = tagSlug(clean);
  } catch {
    return addText(ctx, 'tag.no-letters', { value });
  }
  if (utf8Bytes(slug) > MAX_SEGMENT_BYTES)
    return addText(ctx, 'tag.too-long', {
      start: clean.slice(0, 40),
      bytes: utf8Bytes(slug),
      max: MAX_SEGMENT_BYTES,
    });
  return clean;
});

/** NFC text, trimmed, refused with the message of `problemOf` when it returns one. */
const checkedString = (error: string, problemOf: (value: string) => string | undefined) =>
  z.string({ error }).transform((value, ctx) => {
    const problem = problemOf(toNfc(value));
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return toNfc(value).trim();
  });

const alias = checkedString(
  'each old address must be text, e.g. /2023/05/12/old-address/',
  aliasProblem,
);

const attachmentSrc = checkedString(
  'is missing: name the file next to the release, e.g. src: ./release.pdf',
  attachmentPathProblem,
);

/**
 * The fields that do not depend on the image validator, built once: Astro calls the collection's
 * schema function once per entry (to give `image()` the entry's path), and building these zod
 * schemas costs ~40 times more than using them (0.2–0.4 ms per entry; BENCHMARKS.md).
 */
let sharedFields: ReturnType<typeof buildSharedFields> | undefined;
function buildSharedFields() {
  return {
    /** Headline of the release. */
    title: text('title', '"عنوان البلاغ"'),
    /** Calendar date of issue in the archive time zone, `YYYY-MM-DD`, optionally `YYYY-MM-DD HH:MM`. */
    date: calendarDate('date'),
    /** City the release was issued from, e.g. الرباط. */
    dateline: text('dateline', 'الرباط'),
    /** Issuing body, e.g. a directorate or ministry. */
    issuer: text('issuer', '"المديرية العامة"'),
    /** Countries the release is about: ISO 3166-1 alpha-2 codes (upper or lower case). */
    countries: z
      .preprocess(
        (value, ctx) => (typeof value === 'string' ? countriesText(value, ctx) : value),
        z.array(countryCode, { error: zodMessage('countries.not-list', {}) }),
      )
      .default([]),
    /** Subject tags in Arabic; spellings that differ only by tashkeel, tatweel or hamza are one tag. */
    tags: z.array(tag, { error: zodMessage('tags.not-list', {}) }).default([]),
    /** Optional one-paragraph summary; defaults to the first paragraph of the body. */
    summary: text('summary', '"…"').optional(),
    /** `true` keeps the release out of the built site. */
    draft: z.boolean({ error: zodMessage('field.boolean', {}) }).default(false),
    /** `true` marks a fictional sample release; shown with a banner. */
    sample: z.boolean({ error: zodMessage('field.boolean', {}) }).default(false),
    /** Date of the last correction; the page shows "updated on". */
    updated: calendarDate('updated').optional(),
    /** Short note saying what was corrected. */
    correction: text('correction', '"…"').optional(),
    /** Corrections made after publication, each `{ date, note }`; shown as the release's history, newest first. */
    corrections: z
      .array(
        z
          .object(
            {
              date: calendarDate('corrections.date'),
              note: text('corrections.note', '"صُحّح اسم المدينة"'),
            },
            { error: zodMessage('corrections.item', {}) },
          )
          .strict(),
        { error: zodMessage('corrections.not-list', {}) },
      )
      .default([]),
    /** Withdrawal `{ date, reason }`: the page stays with a notice and `noindex`; listings, feeds and search drop it. */
    withdrawn: z
      .object(
        {
          date: calendarDate('withdrawn.date'),
          reason: text('withdrawn.reason', '"سُحب لخطأ في المعلومات"'),
        },
        { error: zodMessage('withdrawn.not-object', {}) },
      )
      .strict()
      .optional(),
    /** Official Hijri date when it differs from the Umm al-Qura computation, written as it should be shown. */
    hijriDate: text('hijriDate', '"22 ذو الحجة 1446 هـ"').optional(),
    /** Office reference number of the release. */
    reference: text('reference', '"بلاغ رقم 12/2025"').optional(),
    /** Permalink slug; defaults to the file or folder name. Never change it after publishing. */
    slug: text('slug', 'rabat-security-talks')
      .refine(
        (value) => {
          try {
            return slugify(value) === value;
          } catch {
            return false;
          }
        },
        { error: zodMessage('slug.not-slug', {}) },
      )
      .refine((value) => utf8Bytes(value) <= MAX_SEGMENT_BYTES, {
        error: zodMessage('slug.too-long', { max: MAX_SEGMENT_BYTES }),
      })
      .optional(),
    /** Old addresses of the release (paths such as `/2023/05/12/old/` or `/?p=123`) that redirect to it. */
    aliases: z.array(alias, { error: zodMessage('aliases.not-list', {}) }).default([]),
    /** Files offered for download with the release (PDF, DOCX, XLSX, images, audio), each `{ src: ./file, title }`. */
    attachments: z
      .array(
        z
          .object(
            { src: attachmentSrc, title: text('attachments.title', '"نص البلاغ بصيغة PDF"') },
            { error: zodMessage('attachments.item', {}) },
          )
          .strict(),
        { error: zodMessage('attachments.not-list', {}) },
      )
      .default([]),
    /** Parts of `image` (see {@link imageField}): required alt text, optional caption and credit. */
    imageAlt: z.string({ error: zodMessage('alt.missing', {}) }).transform((value, ctx) => {
      const kind = altTextKind(value);
      if (kind === 'empty') return addText(ctx, 'alt.empty', {});
      if (kind === 'placeholder') return addText(ctx, 'alt.placeholder', { alt: value });
      if (kind === 'file-name') return addText(ctx, 'alt.file-name', { alt: value });
      return collapseWhitespace(toNfc(value));
    }),
    imageCaption: text('image.caption', '"…"').optional(),
    imageCredit: text('image.credit', '"…"').optional(),
  };
}

/** The `image` field around a given image-path validator (`src`); the other parts are shared. */
const imageField = <I extends z.ZodType>(
  image: () => I,
  shared: ReturnType<typeof buildSharedFields>,
) =>
  z
    .object(
      {
        src: image(),
        alt: shared.imageAlt,
        caption: shared.imageCaption,
        credit: shared.imageCredit,
      },
      { error: zodMessage('image.not-object', {}) },
    )
    .optional();

/**
 * Builds the frontmatter schema.
 * @param image - validator for image paths: Astro's `image()` in the build, a file-exists check in `npm run check`.
 */
export function releaseSchema<I extends z.ZodType>(image: () => I) {
  const {
    title,
    date,
    dateline,
    issuer,
    countries,
    tags,
    summary,
    draft,
    sample,
    updated,
    correction,
    corrections,
    withdrawn,
    hijriDate,
    reference,
    slug,
    aliases,
    attachments,
  } = (sharedFields ??= buildSharedFields());
  return z
    .object({
      title,
      date,
      dateline,
      issuer,
      countries,
      tags,
      summary,
      /** Lead image next to the release file, with required alt text and optional caption and credit. */
      image: imageField(image, sharedFields),
      draft,
      sample,
      updated,
      correction,
      corrections,
      withdrawn,
      hijriDate,
      reference,
      slug,
      aliases,
      attachments,
    })
    .strict()
    .superRefine((data, ctx) => {
      if (data.correction && !data.updated) {
        ctx.addIssue({ code: 'custom', path: ['updated'], ...issueParams('updated.missing', {}) });
      }
    });
}

/**
 * The frontmatter schema of a translation (`index.fr.mdx` next to `index.mdx`): what changes with
 * the language. Everything else (date, countries, tags, images, reference, …) comes from the
 * original, so writing it here is an error.
 */
export function translationSchema() {
  const shared = (sharedFields ??= buildSharedFields());
  return z
    .object({
      /** Headline in the translation's language. */
      title: shared.title,
      /** Summary in the translation's language; defaults to its first paragraph. */
      summary: shared.summary,
      /** The dateline as the language writes it (Rabat, Casablanca); defaults to the original's. */
      dateline: text('dateline', 'Rabat').optional(),
      /** The lead image's alt text and caption in the translation's language (the file is the original's). */
      image: z
        .object(
          { alt: shared.imageAlt.optional(), caption: shared.imageCaption },
          { error: zodMessage('translation.image', {}) },
        )
        .strict()
        .optional(),
      /** `true` keeps the translation off the site while the original is published. */
      draft: shared.draft,
    })
    .strict();
}

/** The fields a translation may set (the others come from the original). */
export const TRANSLATION_FIELDS = ['title', 'summary', 'dateline', 'image', 'draft'];
