import { describe, expect, it } from 'vitest';
import { decodeFile, encodingProblems, fixEncoding } from '../../../src/checks/encoding.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('encoding checks', () => {
  it('accepts clean UTF-8 NFC text with LF line endings', () => {
    expect(encodingProblems('a.mdx', decodeFile(utf8('---\ntitle: الرباط\n---\n')))).toEqual([]);
  });

  it('reports BOM, CRLF (with its line) and NFD (with its line)', () => {
    const text = '\uFEFF---\ntitle: x\r\n' + 'dateline: آسفي'.normalize('NFD') + '\n---\n';
    const problems = encodingProblems('a.mdx', decodeFile(utf8(text)));
    expect(problems.map((p) => [p.line, p.message.split(' (')[0]!.slice(0, 30)])).toEqual([
      [1, 'the file starts with a byte-or'],
      [2, 'the file has Windows'],
      [3, 'the file has decomposed'],
    ]);
    expect(
      problems.every((p) => p.severity === 'error' && p.fix!.includes('npm run check -- --fix')),
    ).toBe(true);
  });

  it('reads Windows-1256 files and fixes everything to UTF-8 NFC with LF', () => {
    const cp1256 = new Uint8Array([0xc7, 0xe1, 0xd1, 0xc8, 0xc7, 0xd8, 0x0d, 0x0a]); // الرباط\r\n
    const decoded = decodeFile(cp1256);
    expect(decoded.utf8).toBe(false);
    expect(encodingProblems('a.mdx', decoded)[0]!.message).toContain('not saved as UTF-8');
    expect(fixEncoding(decoded)).toBe('الرباط\n');
    expect(fixEncoding(decodeFile(utf8('\uFEFFa\r\nb\rc' + 'أ'.normalize('NFD'))))).toBe(
      'a\nb\ncأ',
    );
  });
});
