/**
 * Search-quality metrics over the query set (tests/fixtures/search/queries.json), computed from the
 * top 10 results of each query: recall@10, first-hit accuracy, false positives in the top 10.
 */

/** One query of the set. */
export interface QuerySpec {
  /** Group of the report: spelling, clitics, look-alike, morphology, dates, nothing… */
  kind: string;
  /** What the query tests, e.g. «ال + a word starting with ل». */
  phenomenon: string;
  query: string;
  /** Slugs that must be in the top 10, the first one expected first; `[]`: must find nothing. */
  expect: string[];
  /** Slugs that must not be in the top 10 (the other word of a look-alike pair). */
  exclude?: string[];
}

/** Sums over the queries of a group. */
export interface Row {
  queries: number;
  /** Sum of per-query recall@10 (queries with `expect`). */
  recall: number;
  withExpect: number;
  firstHits: number;
  /** Releases in the top 10 that must not be there (excluded slugs, or any result of a must-find-nothing query). */
  falsePositives: number;
  /** Queries that must find nothing and found nothing. */
  empty: number;
  mustBeEmpty: number;
}

const emptyRow = (): Row => ({
  queries: 0,
  recall: 0,
  withExpect: 0,
  firstHits: 0,
  falsePositives: 0,
  empty: 0,
  mustBeEmpty: 0,
});

/**
 * Scores one query's top 10 into a row.
 * @returns what went wrong, as readable lines (empty when the query met its spec).
 */
export function score(row: Row, q: QuerySpec, top10: string[]): string[] {
  const problems: string[] = [];
  row.queries++;
  if (q.expect.length === 0) {
    row.mustBeEmpty++;
    if (top10.length === 0) row.empty++;
    row.falsePositives += top10.length;
    if (top10.length) problems.push(`«${q.query}» must find nothing, found ${top10.join(', ')}`);
    return problems;
  }
  const found = q.expect.filter((slug) => top10.includes(slug)).length;
  row.recall += found / q.expect.length;
  row.withExpect++;
  if (top10[0] === q.expect[0]) row.firstHits++;
  else problems.push(`«${q.query}» first hit ${top10[0] ?? 'none'}, expected ${q.expect[0]}`);
  if (found < q.expect.length)
    problems.push(
      `«${q.query}» expected ${q.expect.join(', ')}, got ${top10.join(', ') || 'nothing'}`,
    );
  const wrong = (q.exclude ?? []).filter((slug) => top10.includes(slug));
  row.falsePositives += wrong.length;
  if (wrong.length) problems.push(`«${q.query}» must not find ${wrong.join(', ')}`);
  return problems;
}

/** Adds a query's row into a map of rows by group. */
export function rowFor(rows: Map<string, Row>, group: string): Row {
  let row = rows.get(group);
  if (!row) rows.set(group, (row = emptyRow()));
  return row;
}

export const recallOf = (r: Row) => (r.withExpect ? r.recall / r.withExpect : 1);
export const firstHitOf = (r: Row) => (r.withExpect ? r.firstHits / r.withExpect : 1);

/** A Markdown table of two runs side by side (ours and plain Pagefind), one line per group. */
export function markdownTable(ours: Map<string, Row>, plain: Map<string, Row> | undefined): string {
  const f = (n: number) => n.toFixed(2);
  const lines = [
    '| queries | kind | recall@10 plain → ours | first-hit plain → ours | false positives in top 10 plain → ours |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const [group, r] of ours) {
    const p = plain?.get(group);
    const pair = (get: (row: Row) => string) => (p ? `${get(p)} → ${get(r)}` : get(r));
    const recall = r.withExpect ? pair((x) => f(recallOf(x))) : '—';
    const first = r.withExpect ? pair((x) => f(firstHitOf(x))) : '—';
    lines.push(
      `| ${r.queries} | ${group} | ${recall} | ${first} | ${pair((x) => String(x.falsePositives))} |`,
    );
  }
  return lines.join('\n');
}
