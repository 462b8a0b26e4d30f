import { FIELD_LABELS } from '../release/schema.ts';
import type { CheckResult, Diagnostic } from './types.ts';

/**
 * Formats diagnostics for people: `file:line  error  field «Arabic label»: what is wrong` then
 * `  fix: how to fix it`. The `file:line` prefix is what editors and CI logs make clickable.
 */

/** Arabic label of a field path such as `image.alt` or `countries[2]` (from `FIELD_LABELS`). */
export function fieldLabel(field: string): string | undefined {
  const base = field.replace(/\[\d+\]/g, '');
  return FIELD_LABELS[base] ?? FIELD_LABELS[base.split('.')[0]!];
}

/**
 * One diagnostic as text (two lines when there is a fix).
 * @param d - the diagnostic.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}`;
  const label = d.field ? fieldLabel(d.field) : undefined;
  const field = d.field ? `${d.field}${label ? ` «${label}»` : ''}: ` : '';
  return `${where}  ${d.severity}  ${field}${d.message}${d.fix ? `\n    fix: ${d.fix}` : ''}`;
}

/**
 * The whole report: diagnostics sorted by file and line, then a summary line.
 * @param result - output of `checkArchive`.
 */
export function formatReport(result: CheckResult): string {
  const lines = [...result.diagnostics]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    .map(formatDiagnostic);
  for (const { file, reason } of result.skipped) lines.push(`${file}  skipped  ${reason}`);
  const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    `${s(result.releases, 'release')} checked (${result.drafts} draft${result.drafts === 1 ? '' : 's'}) in ${Math.round(result.durationMs)} ms: ${s(result.errors, 'error')}, ${s(result.warnings, 'warning')}.`,
  );
  return lines.join('\n');
}
