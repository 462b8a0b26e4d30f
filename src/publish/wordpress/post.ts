import { say, type Saying } from '../../messages/index.ts';
import { isoDay, type CalendarDate } from '../../arabic/dates.ts';
import { slugify, truncateSlug } from '../../arabic/slug.ts';
import { looseKey } from '../../arabic/fold.ts';
import { cleanTag } from '../../archive/tags.ts';
import { aliasProblem } from '../../release/aliases.ts';
import { countriesInText } from '../import/countries-in-text.ts';
import { detectDateline, leadingDateline } from '../import/dateline.ts';
import { alignTags } from '../release-file.ts';
import { renderFrontmatter, yamlScalar } from '../yaml-write.ts';
import { htmlToMarkdown } from './body.ts';
import { decodePostName, htmlText, releaseDate } from './fields.ts';
import { PostFiles, type MediaLibrary } from './media.ts';
import { expandShortcodes } from './shortcodes.ts';
import type { WxrItem } from './wxr.ts';

/**
 * One WordPress post as one release: frontmatter from the post's fields, its HTML body as
 * Markdown, its files planned for copying next to it. Nothing is written here (migrate.ts does).
 */

/** Settings shared by every post of a migration. */
export interface PostContext {
  library: MediaLibrary;
  uploadsDir: string;
  /** The old blog's address (`wp:base_blog_url`), for its `?p=<id>` address. */
  siteUrl: string;
  siteZone: string;
  archiveZone: string;
  /** `--dateline`, for posts whose text names none. */
  dateline?: string | undefined;
  issuer: string;
  /** The archive's tags by `looseKey`; tags written by this migration are added to it. */
  tags: Map<string, string>;
  homeCountries: readonly string[];
  overrides?: Record<string, string>;
}

/** A post ready to be written. */
export interface PostRelease {
  item: WxrItem;
  title: string;
  date: CalendarDate;
  draft: boolean;
  /** Permalink slug (decoded, through `slugify`). */
  slug: string;
  /** The MDX text of `index.mdx`. */
  text: string;
  files: PostFiles;
  /** The old addresses, the last being `<blog path>/?p=<id>` (the migration's identity of the post). */
  aliases: string[];
  /** Things the publisher should know about this release. */
  notes: Saying[];
}

/** Statuses of posts the public could read; anything else becomes a draft. */
const PUBLIC = 'publish';
/** WordPress's default category, which says nothing about a release. */
const DEFAULT_CATEGORY = new Set(['uncategorized', 'غير-مصنف', 'non-classe']);

/** The `?p=<id>` address of a post on the old blog: WordPress answers it for every post. */
export function numericAddress(siteUrl: string, id: string): string {
  let path = '';
  try {
    path = new URL(siteUrl).pathname.replace(/\/+$/, '');
  } catch {
    // no usable blog address: the domain root
  }
  return `${path}/?p=${id}`;
}

/** The path (and query) of an absolute address, percent-decoded when the escapes are UTF-8. */
function sitePath(link: string): string | undefined {
  try {
    const url = new URL(link);
    const path = `${url.pathname}${url.search}`;
    // Decoded when that is still a valid alias (no space or # came out of an escape).
    try {
      const decoded = decodeURI(path).normalize('NFC');
      return aliasProblem(decoded) ? path : decoded;
    } catch {
      return path;
    }
  } catch {
    return undefined;
  }
}

/**
 * @param item - a `post` item.
 * @param context - the migration's settings.
 * @returns the release, or a reason why the post cannot become one.
 */
export function postToRelease(item: WxrItem, context: PostContext): PostRelease | { skip: Saying } {
  const title = htmlText(item.title);
  if (!title) return { skip: say('wp.untitled', {}) };
  const dated = releaseDate(item, context.siteZone, context.archiveZone);
  if (!dated)
    return { skip: say('wp.no-date', { value: item.postDateGmt || item.postDate || '' }) };
  const notes: Saying[] = [];
  const decoded = decodePostName(item.postName);
  let slug: string;
  try {
    slug = slugify(decoded.slug || truncateSlug(slugify(title)));
  } catch {
    slug = truncateSlug(slugify(title));
  }
  if (decoded.cut) notes.push(say('wp.slug-cut', { slug }));
  const files = new PostFiles(context.library, context.uploadsDir, item);
  const shortcodes = expandShortcodes(item.content, files);
  const body = htmlToMarkdown(shortcodes.html, files);
  notes.push(...shortcodes.notes, ...body.notes);
  let markdown = body.markdown;
  const detected = detectDateline(body.paragraphs);
  const dateline = detected?.city ?? context.dateline;
  const leading = body.paragraphs[0] ? leadingDateline(body.paragraphs[0]) : undefined;
  if (leading && leading.city === dateline && markdown.startsWith(`${leading.phrase} `)) {
    markdown = markdown.slice(leading.phrase.length).trimStart();
    notes.push(say('wp.dateline-removed', { phrase: leading.phrase }));
  }
  if (!dateline) notes.push(say('wp.no-dateline', {}));
  const image = leadImage(item, files);
  if (image.some((line) => line.startsWith('  alt: ""'))) notes.push(say('wp.no-alt', {}));
  files.attachRest();
  const terms = item.terms
    .filter((t) => t.domain === 'category' || t.domain === 'post_tag')
    .filter((t) => !DEFAULT_CATEGORY.has(decodePostName(t.nicename).slug.toLowerCase()))
    .map((t) => cleanTag(htmlText(t.name).replace(/[،؛]/g, ' ')))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
  const { tags } = alignTags(terms, context.tags);
  for (const tag of tags)
    if (!context.tags.has(looseKey(tag))) context.tags.set(looseKey(tag), tag);
  const countries = countriesInText(
    [title, ...body.paragraphs].join('\n'),
    context.overrides ? { overrides: context.overrides } : {},
  ).filter((m) => !context.homeCountries.includes(m.code));
  const aliases = [
    ...new Set([sitePath(item.link), numericAddress(context.siteUrl, item.id)].filter(Boolean)),
  ] as string[];
  const draft = item.status !== PUBLIC || item.password !== '';
  if (item.password) notes.push(say('wp.password', {}));
  const summary = htmlText(item.excerpt);
  const frontmatter = renderFrontmatter(
    [
      { key: 'title', value: title },
      { key: 'date', value: `${isoDay(dated.date)} ${dated.date.time}` },
      { key: 'dateline', value: dateline },
      { key: 'issuer', value: context.issuer },
      {
        key: 'countries',
        value: [],
        ...(countries.length
          ? {
              comment: `suggested from the text, check them: [${countries.map((m) => m.code).join(', ')}]`,
            }
          : {}),
      },
      { key: 'tags', value: tags, block: true },
      { key: 'summary', value: summary || undefined },
      {
        key: 'draft',
        value: draft ? true : undefined,
        comment: `${item.status} on WordPress`,
      },
      { key: 'aliases', value: aliases, block: true, comment: 'old addresses on WordPress' },
    ],
    [...image, ...attachmentLines(files.attachments)],
  );
  const text = `${frontmatter}\n${markdown.trim()}\n`.normalize('NFC');
  return { item, title, date: dated.date, draft, slug, text, files, aliases, notes };
}

/** The `image:` lines of the featured image (`_thumbnail_id`), alt text from the media library. */
function leadImage(item: WxrItem, files: PostFiles): string[] {
  const id = item.meta.get('_thumbnail_id')?.trim();
  const attachment = id ? files.library.byId.get(id) : undefined;
  const path = attachment ? files.library.path(attachment) : undefined;
  const src = path ? files.copy(path) : undefined;
  if (!attachment || !src) return [];
  const alt = files.library.alt(attachment);
  const caption = htmlText(attachment.excerpt);
  return [
    'image:',
    `  src: ${src}`,
    alt
      ? `  alt: ${yamlScalar(alt)}`
      : '  alt: ""  # WordPress had no alt text for this image: describe what it shows',
    ...(caption ? [`  caption: ${yamlScalar(caption)}`] : []),
  ];
}

function attachmentLines(attachments: readonly { src: string; title: string }[]): string[] {
  if (!attachments.length) return [];
  return [
    'attachments:',
    ...attachments.flatMap((a) => [
      `  - src: ${yamlScalar(a.src)}`,
      `    title: ${yamlScalar(a.title)}`,
    ]),
  ];
}
