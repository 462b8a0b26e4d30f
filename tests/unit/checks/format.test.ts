import { describe, expect, it } from 'vitest';
import { fieldLabel, formatDiagnostic, formatReport } from '../../../src/checks/format.ts';
import { say } from '../../../src/messages/index.ts';

describe('check messages', () => {
  it('names file:line, severity, field with its Arabic label, problem and fix', () => {
    expect(
      formatDiagnostic({
        severity: 'error',
        rule: 'field',
        file: 'r/a.mdx',
        line: 3,
        column: 7,
        field: 'countries[1]',
        message: 'bad',
        fix: 'do this',
      }),
    ).toBe('r/a.mdx:3:7  error  countries[1] «الدول»: bad\n    fix: do this');
    expect(fieldLabel('image.alt')).toBe('النص البديل للصورة');
    expect(fieldLabel('image.credit')).toBe('الصورة');
  });

  it('sorts by file and line, lists the files skipped by design and the scheduled releases, and ends with a summary', () => {
    const report = formatReport({
      diagnostics: [
        { severity: 'warning', rule: 'x', file: 'b.mdx', line: 1, message: 'w' },
        { severity: 'error', rule: 'x', file: 'a.mdx', line: 9, message: 'e2' },
        { severity: 'error', rule: 'x', file: 'a.mdx', line: 2, message: 'e1' },
      ],
      releases: 3,
      drafts: 1,
      draftFiles: ['c.mdx'],
      skipped: [{ file: '_old/d.mdx', reason: 'never published' }],
      scheduled: [
        {
          file: 'd.mdx',
          at: '2025-07-01T09:00:00+01:00',
          instant: new Date('2025-07-01T08:00:00Z'),
        },
      ],
      notes: [],
      entries: [],
      errors: 2,
      warnings: 1,
      durationMs: 12.4,
    });
    expect(report.split('\n')).toEqual([
      'a.mdx:2  error  e1',
      'a.mdx:9  error  e2',
      'b.mdx:1  warning  w',
      '_old/d.mdx  skipped  never published',
      'scheduled: d.mdx  publishes 2025-07-01T09:00:00+01:00',
      '3 releases checked (1 draft) in 12 ms: 2 errors, 1 warning.',
    ]);
  });

  it('renders a diagnostic in Arabic, with the path, field and code isolated', () => {
    const d = {
      severity: 'error' as const,
      rule: 'field',
      file: 'releases/2025/a/index.mdx',
      line: 4,
      field: 'draft',
      ...say('field.boolean', {}),
    };
    const line = formatDiagnostic(d, 'ar');
    expect(line).toBe(
      '\u2068releases/2025/a/index.mdx:4\u2069  خطأ  «مسودة» (\u2068draft\u2069): قيمته \u2068true\u2069 (نعم) أو \u2068false\u2069 (لا)',
    );
    // The first strong character outside the isolates is Arabic: the line is right to left (UAX #9 P2).
    expect(line.replace(/\u2068[^\u2069]*\u2069/g, '').trim()[0]).toMatch(/[\u0600-\u06FF]/);
    expect(formatDiagnostic(d)).toBe(
      'releases/2025/a/index.mdx:4  error  draft «مسودة»: must be true or false',
    );
    // A text not yet in the catalogue keeps its English words inside the Arabic framing.
    expect(
      formatDiagnostic(
        {
          severity: 'error',
          rule: 'x',
          file: 'a.mdx',
          line: 1,
          message: 'must be true or false',
          fix: 'x',
        },
        'ar',
      ),
    ).toContain('must be true or false\n    الحل: x');
  });
});
