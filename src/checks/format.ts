import { catalogue, render, type Lang, type Text } from '../messages/index.ts';
import { FIELD_LABELS } from '../release/schema.ts';
import type { CheckResult, Diagnostic, ScheduledRelease } from './types.ts';

/**
 * Formats diagnostics for people: `file:line  error  field «Arabic label»: what is wrong` then
 * `  fix: how to fix it`, in the language of the tools' messages (src/messages/: Arabic by
 * default, English with `--lang en`). The `file:line` prefix is what editors and CI logs make
 * clickable; in Arabic it is isolated (U+2068/U+2069) so the line reads right to left.
 */

/** Arabic label of a field path such as `image.alt` or `countries[2]` (from `FIELD_LABELS`). */
export function fieldLabel(field: string): string | undefined {
  const base = field.replace(/\[\d+\]/g, '');
  return FIELD_LABELS[base] ?? FIELD_LABELS[base.split('.')[0]!];
}

/**
 * A message in a language: its catalogue text when it has one, else its (English) message.
 * @param said - a diagnostic, note or skip reason.
 */
export function inLanguage(said: { message: string; text?: Text | undefined }, lang: Lang): string {
  return said.text && lang !== 'en' ? render(said.text, lang).message : said.message;
}

/**
 * One diagnostic as text (two lines when there is a fix).
 * @param d - the diagnostic.
 * @param lang - language of the text (default English, the diagnostics' own).
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang = 'en'): string {
  const words = catalogue(lang);
  const { message, fix } = d.text && lang !== 'en' ? render(d.text, lang) : d;
  const where = words.where(`${d.file}:${d.line}${d.column ? `:${d.column}` : ''}`);
  const field = d.field ? `${words.field(d.field, fieldLabel(d.field))}: ` : '';
  const severity = words.severity[d.severity];
  return `${where}  ${severity}  ${field}${message}${fix ? `\n    ${words.fix}: ${fix}` : ''}`;
}

/**
 * The line that lists a scheduled release: `scheduled: <file>  publishes <ISO instant>`.
 * @param preview - true when the build publishes it anyway (`ARCHIVE_BUILD_FUTURE=1`).
 * @param lang - language of the line (default English).
 */
export function formatScheduled(
  release: ScheduledRelease,
  preview = false,
  lang: Lang = 'en',
): string {
  return catalogue(lang).scheduled(release.file, release.at, preview);
}

/**
 * The whole report: diagnostics sorted by file and line, the scheduled releases soonest first,
 * then a summary line with counted nouns (`Intl.PluralRules`).
 * @param result - output of `checkArchive`.
 * @param lang - language of the report (default English).
 */
export function formatReport(result: CheckResult, lang: Lang = 'en'): string {
  const words = catalogue(lang);
  const lines = [...result.diagnostics]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    .map((d) => formatDiagnostic(d, lang));
  for (const { file, reason, text } of result.skipped)
    lines.push(words.skipped(file, inLanguage({ message: reason, text }, lang)));
  for (const release of result.scheduled) lines.push(formatScheduled(release, false, lang));
  for (const note of result.notes) lines.push(words.note(inLanguage(note, lang)));
  lines.push(
    words.summary({
      releases: result.releases,
      drafts: result.drafts,
      errors: result.errors,
      warnings: result.warnings,
      ms: Math.round(result.durationMs),
    }),
  );
  return lines.join('\n');
}
