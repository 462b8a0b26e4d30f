import { fromHtml } from 'hast-util-from-html';
import { fromInstant, toInstant, type CalendarDate } from '../../arabic/dates.ts';
import { collapseWhitespace, toNfc } from '../../arabic/text.ts';

/**
 * Values of a WordPress item turned into the archive's: a slug from `wp:post_name`, a release
 * date from `wp:post_date_gmt`, plain text from titles and term names written with HTML entities.
 */

/**
 * Decodes a WordPress slug. WordPress stores an Arabic slug percent-encoded (UTF-8) and caps the
 * encoded form at 200 bytes (`wp_posts.post_name` is `varchar(200)`), so a long Arabic slug can
 * arrive cut inside a character (`…%d8%a7%d9`) or inside an escape (`…%d8%a`). The cut bytes and
 * the dashes left before them are dropped, so the slug is always valid UTF-8.
 * @param postName - `wp:post_name` as exported.
 * @returns the slug, NFC, not yet through `slugify`; `cut` when bytes were dropped.
 */
export function decodePostName(postName: string): { slug: string; cut: boolean } {
  const raw = postName.trim().replace(/%[0-9a-f]?$/i, '');
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '%' && /^[0-9a-f]{2}$/i.test(raw.slice(i + 1, i + 3))) {
      bytes.push(parseInt(raw.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(raw[i]!));
    }
  }
  // Drop an incomplete UTF-8 sequence at the end: continuation bytes (10xxxxxx) after a lead
  // byte that announces more than are there (RFC 3629).
  let end = bytes.length;
  let back = end - 1;
  while (back >= 0 && (bytes[back]! & 0xc0) === 0x80) back--;
  if (back >= 0) {
    const lead = bytes[back]!;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (end - back < length) end = back;
  }
  const cut = end < bytes.length || raw.length < postName.trim().length;
  const decoded = new TextDecoder('utf-8').decode(new Uint8Array(bytes.slice(0, end)));
  return { slug: toNfc(cut ? decoded.replace(/-+$/, '') : decoded), cut };
}

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::\d{2})?$/;

/** The `0000-00-00 00:00:00` that WordPress writes for a date a draft never had. */
export function isUnsetDate(value: string): boolean {
  return value === '' || value.startsWith('0000-00-00');
}

/**
 * The release date of a WordPress item in the archive's time zone: `wp:post_date_gmt` (UTC)
 * converted to `archiveZone`; for a draft whose GMT date is the `0000-00-00` sentinel,
 * `wp:post_date` read as a wall-clock time in the WordPress site's zone.
 * @param item - the item's two dates as exported.
 * @param siteZone - IANA zone of the WordPress site (Settings → General → Timezone).
 * @param archiveZone - IANA zone of the archive.
 * @returns the calendar date with time (`HH:MM`), or `undefined` when neither date is usable.
 */
export function releaseDate(
  item: { postDate: string; postDateGmt: string },
  siteZone: string,
  archiveZone: string,
): { date: CalendarDate; from: 'gmt' | 'local' } | undefined {
  const gmt = WP_DATE.exec(item.postDateGmt);
  if (gmt && !isUnsetDate(item.postDateGmt)) {
    const [, y, mo, d, h, mi] = gmt.map(Number) as number[];
    return {
      date: fromInstant(new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!)), archiveZone),
      from: 'gmt',
    };
  }
  const local = WP_DATE.exec(item.postDate);
  if (!local || isUnsetDate(item.postDate)) return undefined;
  const [, y, mo, d, h, mi] = local.map(Number) as number[];
  const wall: CalendarDate = {
    year: y!,
    month: mo!,
    day: d!,
    time: `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`,
  };
  return { date: fromInstant(toInstant(wall, siteZone), archiveZone), from: 'local' };
}

/**
 * Plain text of a short HTML string (a title, a term name, a caption): entities decoded
 * (`&amp;` → `&`, `&#8211;` → `–`), tags dropped, white space collapsed, NFC.
 * Parsed with `hast-util-from-html` (the WHATWG HTML parser, parse5).
 */
export function htmlText(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  const parts: string[] = [];
  const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'text') parts.push(node.value ?? '');
    else if (node.type === 'element' || node.type === 'root')
      for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree);
  return collapseWhitespace(toNfc(parts.join('')));
}
