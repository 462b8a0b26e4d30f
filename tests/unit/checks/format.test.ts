import { describe, expect, it } from 'vitest';
import { fieldLabel, formatDiagnostic, formatReport } from '../../../src/checks/format.ts';

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

  it('sorts by file and line, lists the files skipped by design, and ends with a summary', () => {
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
      errors: 2,
      warnings: 1,
      durationMs: 12.4,
    });
    expect(report.split('\n')).toEqual([
      'a.mdx:2  error  e1',
      'a.mdx:9  error  e2',
      'b.mdx:1  warning  w',
      '_old/d.mdx  skipped  never published',
      '3 releases checked (1 draft) in 12 ms: 2 errors, 1 warning.',
    ]);
  });
});
