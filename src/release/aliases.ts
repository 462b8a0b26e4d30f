/**
 * Old addresses of a release (`aliases:` in the frontmatter): the paths a previous site (a
 * WordPress blog, an older archive) published it under, so that old links keep working. An alias
 * is a path on the archive's host, as the old site had it: `/2023/05/12/مباحثات-أمنية/` or
 * `/?p=123` (WordPress's numeric address). Pure: shapes and identity only; the redirects are
 * written by the build.
 */

/**
 * What is wrong with the shape of an alias, if anything. Rules (RFC 3986 path-absolute plus an
 * optional query): starts with one `/`; no white space, control character, backslash or `#`;
 * no `.` or `..` segment; every `%` starts a two-digit hex escape.
 * @param alias - as written in the frontmatter (NFC).
 * @returns a message for the publisher, or `undefined` when the shape is right.
 */
export function aliasProblem(alias: string): string | undefined {
  const value = alias.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    const path = value.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '') || '/';
    return `"${value}" is a full web address: write only its path,  ${path}`;
  }
  if (!value.startsWith('/') || value.startsWith('//'))
    return `"${value}" must be a path starting with one /, e.g. /2023/05/12/old-address/`;
  if (/[\s\p{Cc}\\#]/u.test(value))
    return `"${value}" has a space, a backslash or a # in it: write the path as the old site showed it`;
  const [path = ''] = value.split('?');
  if (path.split('/').some((segment) => segment === '.' || segment === '..'))
    return `"${value}" has a . or .. segment: write the path without it`;
  if (/%(?![0-9a-f]{2})/i.test(value))
    return `"${value}" has a % that does not start an escape such as %D8: write the path as the old site showed it`;
  return undefined;
}

/**
 * Identity of an alias, for finding two releases that claim one old address: percent-decoded
 * where the escapes are UTF-8, NFC, and one trailing `/` of the path ignored (static hosts serve
 * `/a/b` and `/a/b/` alike).
 * @param alias - a well-formed alias ({@link aliasProblem} returned nothing).
 */
export function aliasKey(alias: string): string {
  const value = alias.trim();
  let decoded = value;
  try {
    decoded = decodeURI(value);
  } catch {
    // escapes that are not UTF-8 stay as written
  }
  const [path = '', ...query] = decoded.normalize('NFC').split('?');
  const trimmed = path.length > 1 ? path.replace(/\/$/, '') : path;
  return query.length ? `${trimmed}?${query.join('?')}` : trimmed;
}
