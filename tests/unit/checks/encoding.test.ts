import fc from 'fast-check';
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
    expect(decoded.encoding).toBe('windows-1256');
    expect(encodingProblems('a.mdx', decoded)[0]!.message).toContain('not saved as UTF-8');
    expect(fixEncoding(decoded)).toBe('الرباط\n');
    expect(fixEncoding(decodeFile(utf8('\uFEFFa\r\nb\rc' + 'أ'.normalize('NFD'))))).toBe(
      'a\nb\ncأ',
    );
  });
});

const utf16 = (s: string, le: boolean, bom: boolean) => {
  const units = [...(bom ? '\uFEFF' : ''), ...s].flatMap((c) => {
    const code = c.charCodeAt(0);
    return le ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });
  return Uint8Array.from(units);
};
const RELEASE = '---\ntitle: "بيان الرباط"\ndate: 2025-06-18\n---\n\nنص البلاغ.\n';

describe('encoding detection, with evidence', () => {
  it.each([
    ['UTF-16LE with BOM', true, true],
    ['UTF-16BE with BOM', false, true],
    ['UTF-16LE without BOM', true, false],
    ['UTF-16BE without BOM', false, false],
  ])(
    'recognises %s (Windows Notepad "Unicode") and fixes it to the same text in UTF-8',
    (_, le, bom) => {
      const decoded = decodeFile(utf16(RELEASE, le, bom));
      expect(decoded.encoding).toBe(le ? 'utf-16le' : 'utf-16be');
      expect(encodingProblems('a.mdx', decoded)[0]!.message).toContain('UTF-16');
      expect(fixEncoding(decoded)).toBe(RELEASE);
    },
  );

  it('reports a UTF-8 file with a few damaged bytes by line and never converts it', () => {
    const good = new TextEncoder().encode(RELEASE + 'سطر سليم\n');
    const line3 = new TextEncoder().encode('---\ntitle: "بيان الرباط"\n').length;
    const damaged = Uint8Array.from([
      ...good.slice(0, line3),
      0xff, // a stray byte at the start of line 3
      ...good.slice(line3),
      0xc3, // half a character on the last line (8)
      0x0a,
    ]);
    const decoded = decodeFile(damaged);
    expect(decoded).toMatchObject({ encoding: 'utf-8', certain: false, invalidBytes: 2 });
    const [problem] = encodingProblems('a.mdx', decoded);
    expect(problem).toMatchObject({ line: 3 });
    expect(problem!.message).toMatch(/2 byte\(s\) on line\(s\) 3, 8 are not valid UTF-8/);
    expect(fixEncoding(decoded)).toBeUndefined();
  });

  it('does not guess a single-byte file that does not read as Arabic (Latin-1 French)', () => {
    const latin1 = Uint8Array.from([...'Communiqué: réunion à Rabat'].map((c) => c.charCodeAt(0)));
    const decoded = decodeFile(latin1);
    expect(decoded.encoding).toBeUndefined();
    expect(encodingProblems('a.mdx', decoded)[0]!.message).toContain('cannot be told for sure');
    expect(fixEncoding(decoded)).toBeUndefined();
  });

  it('never re-decodes valid UTF-8: --fix changes nothing but BOM, CRLF and NFC, and is idempotent', () => {
    // Any text without NUL (a NUL-bearing file could also be BOM-less UTF-16; it is not text).
    const text = fc
      .tuple(fc.boolean(), fc.string({ unit: 'binary' }), fc.boolean())
      .map(([bom, s, crlf]) => {
        const body = s.replace(/\0/g, '');
        return (bom ? '\uFEFF' : '') + (crlf ? body.replace(/\n/g, '\r\n') : body);
      });
    fc.assert(
      fc.property(text, (s) => {
        const decoded = decodeFile(new TextEncoder().encode(s));
        expect(decoded.encoding).toBe('utf-8');
        const fixed = fixEncoding(decoded)!;
        expect(fixed).toBe(
          s
            .replace(/^\uFEFF/, '')
            .replace(/\r\n?/g, '\n')
            .normalize('NFC'),
        );
        expect(fixEncoding(decodeFile(new TextEncoder().encode(fixed)))).toBe(fixed);
      }),
      { numRuns: 500 },
    );
  });

  it('converts Windows-1256 only when it reads as Arabic, losslessly and idempotently', () => {
    const arabic = 'بيان المديرية العامة للأمن الوطني، الرباط «نص» – ١٢\n';
    const encoder = new Map<string, number>();
    const cp = new TextDecoder('windows-1256');
    for (let b = 0; b < 256; b++) encoder.set(cp.decode(Uint8Array.of(b)), b);
    const bytes = Uint8Array.from([...arabic.replace('١٢', '12')].map((c) => encoder.get(c)!));
    const decoded = decodeFile(bytes);
    expect(decoded.encoding).toBe('windows-1256');
    const fixed = fixEncoding(decoded)!;
    expect(fixed).toBe(arabic.replace('١٢', '12'));
    expect(fixEncoding(decodeFile(new TextEncoder().encode(fixed)))).toBe(fixed);
  });
});
