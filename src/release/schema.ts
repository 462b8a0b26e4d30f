import { z } from 'astro/zod';
import { aliasProblem } from './aliases.ts';
import { altTextProblem } from './alt-text.ts';
import { attachmentPathProblem } from './attachments.ts';
import { collapseWhitespace, toNfc } from '../arabic/text.ts';
import { isCountryCode, suggestCountryCodes } from '../arabic/countries.ts';
import { isoDay, parseCalendarDate } from '../arabic/dates.ts';
import { slugify } from '../arabic/slug.ts';
import { tagSlug } from '../archive/tags.ts';
import { EARLIEST_YEAR, MAX_SEGMENT_BYTES, utf8Bytes } from './limits.ts';

/**
 * The release frontmatter schema. Astro's content collection uses it (`src/content.config.ts`),
 * and so does `npm run check`, with a different image validator. Every message names the field
 * with its Arabic label and says how to fix it.
 */

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
        issue.input === undefined
          ? `is missing: add  ${field}: ${example}`
          : `must be text, e.g. ${field}: ${example}`,
    })
    .transform((value) => collapseWhitespace(toNfc(value)))
    .refine((value) => value !== '', { error: `is empty: write it, e.g. ${field}: ${example}` });

/** A calendar date `YYYY-MM-DD` with optional time, see `parseCalendarDate`. */
const calendarDate = (field: string) =>
  z.unknown().transform((value, ctx) => {
    if (value === undefined || value === null || value === '') {
      ctx.addIssue({
        code: 'custom',
        message: `is missing: add  ${field}: 2025-06-18  (YYYY-MM-DD, optionally followed by a time: 2025-06-18 10:30)`,
      });
      return z.NEVER;
    }
    const parsed = parseCalendarDate(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: `${parsed.error}. Write  ${field}: 2025-06-18` });
      return z.NEVER;
    }
    if (parsed.date.year < EARLIEST_YEAR) {
      ctx.addIssue({
        code: 'custom',
        message: `${isoDay(parsed.date)} is before ${EARLIEST_YEAR}: no release in this archive is that old, so the year is probably mistyped. Write  ${field}: 2025-06-18`,
      });
      return z.NEVER;
    }
    return parsed.date;
  });

const countryCode = z
  .string({ error: 'must be a two-letter ISO 3166-1 code such as GA' })
  .transform((value, ctx) => {
    const code = value.trim().toUpperCase();
    if (!isCountryCode(code)) {
      const suggestions = suggestCountryCodes(value);
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not an ISO 3166-1 alpha-2 country code.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''} Codes are listed at https://www.iso.org/obp/ui/#search/code/`,
      });
      return z.NEVER;
    }
    return code;
  });

const tag = z.string({ error: 'each tag must be text' }).transform((value, ctx) => {
  const clean = collapseWhitespace(toNfc(value));
  if (/[،؛]/.test(clean)) {
    ctx.addIssue({
      code: 'custom',
      message: `tag "${value}" contains the Arabic comma «،»: YAML separates list items with a Latin comma, so write  tags: [${clean.split(/\s*[،؛]\s*/).join(', ')}]  or one tag per line`,
    });
    return z.NEVER;
  }
  let slug: string;
  try {
    slug = tagSlug(clean);
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: `tag "${value}" has no letters or digits: remove it or write a word`,
    });
    return z.NEVER;
  }
  if (utf8Bytes(slug) > MAX_SEGMENT_BYTES) {
    ctx.addIssue({
      code: 'custom',
      message: `tag "${clean.slice(0, 40)}…" is too long to be a web address: its page would be a folder name of ${utf8Bytes(slug)} bytes, and file systems allow ${MAX_SEGMENT_BYTES} (about 120 Arabic letters). Shorten it to a few words`,
    });
    return z.NEVER;
  }
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
      .array(countryCode, { error: 'must be a list of country codes, e.g. countries: [GB, GA]' })
      .default([]),
    /** Subject tags in Arabic; spellings that differ only by tashkeel, tatweel or hamza are one tag. */
    tags: z
      .array(tag, { error: 'must be a list, e.g. tags: [التعاون الأمني, مكافحة الإرهاب]' })
      .default([]),
    /** Optional one-paragraph summary; defaults to the first paragraph of the body. */
    summary: text('summary', '"…"').optional(),
    /** `true` keeps the release out of the built site. */
    draft: z.boolean({ error: 'must be true or false' }).default(false),
    /** `true` marks a fictional sample release; shown with a banner. */
    sample: z.boolean({ error: 'must be true or false' }).default(false),
    /** Date of the last correction; the page shows "updated on". */
    updated: calendarDate('updated').optional(),
    /** Short note saying what was corrected. */
    correction: text('correction', '"…"').optional(),
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
        {
          error: 'must already be a slug (letters, digits and -), e.g. slug: rabat-security-talks',
        },
      )
      .refine((value) => utf8Bytes(value) <= MAX_SEGMENT_BYTES, {
        error: `is too long to be a web address: file systems allow ${MAX_SEGMENT_BYTES} bytes per folder name (about 120 Arabic letters); keep the slug to a few words`,
      })
      .optional(),
    /** Old addresses of the release (paths such as `/2023/05/12/old/` or `/?p=123`) that redirect to it. */
    aliases: z
      .array(alias, { error: 'must be a list of paths, e.g. aliases: [/2023/05/12/old-address/]' })
      .default([]),
    /** Files offered for download with the release (PDF, DOCX, XLSX, images, audio), each `{ src: ./file, title }`. */
    attachments: z
      .array(
        z
          .object(
            { src: attachmentSrc, title: text('attachments.title', '"نص البلاغ بصيغة PDF"') },
            { error: 'each attachment is { src: ./file.pdf, title: "…" }' },
          )
          .strict(),
        { error: 'must be a list, e.g. attachments: [{ src: ./release.pdf, title: "نص البلاغ" }]' },
      )
      .default([]),
    /** Parts of `image` (see {@link imageField}): required alt text, optional caption and credit. */
    imageAlt: z
      .string({ error: 'is missing: describe what the image shows, e.g. alt: "…"' })
      .transform((value, ctx) => {
        const problem = altTextProblem(value);
        if (problem) {
          ctx.addIssue({
            code: 'custom',
            message: `${problem}: describe what the image shows for readers who cannot see it`,
          });
          return z.NEVER;
        }
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
      { error: 'must be an object with src and alt, e.g. image: { src: ./photo.jpg, alt: "…" }' },
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
      hijriDate,
      reference,
      slug,
      aliases,
      attachments,
    })
    .strict()
    .superRefine((data, ctx) => {
      if (data.correction && !data.updated) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          message: 'is missing: a correction needs the date it was made, e.g. updated: 2025-06-19',
        });
      }
    });
}
