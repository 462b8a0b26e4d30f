/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages syntax): a path pattern on its own line, then
 * indented `Name: value` lines; `#` comments. `*` matches any characters, also `/`.
 * @returns the rules in file order.
 */
export function parseHeaders(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const i = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** Headers of every rule whose pattern matches the URL path. */
export function headersFor(
  rules: ReturnType<typeof parseHeaders>,
  path: string,
): [string, string][] {
  const matches = (pattern: string) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(path);
  return rules.filter((r) => matches(r.pattern)).flatMap((r) => r.headers);
}
