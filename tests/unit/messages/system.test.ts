import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from '../../../src/messages/index.ts';
import { systemErrorText } from '../../../src/messages/system.ts';

/** A real system error from Node, with its code, syscall and path. */
function systemError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a system error');
}

describe('systemErrorText (src/messages/system.ts)', () => {
  it('names the file and keeps the code, in Arabic and in English', () => {
    const error = systemError(() => readFileSync('/nonexistent/بلاغ.txt'));
    const said = systemErrorText(error, undefined)!;
    expect(render(said.text, 'ar').message).toBe(
      'تعذّر فتح \u2068/nonexistent/بلاغ.txt\u2069: الملف أو المجلد غير موجود (\u2068ENOENT\u2069)',
    );
    expect(said.message).toMatch(/^cannot open \/nonexistent\/بلاغ\.txt: ENOENT: no such file/);
  });

  it('says what the command was doing when told, and for a code it does not know', () => {
    const error = Object.assign(new Error('EXDEV: cross-device link not permitted'), {
      code: 'EXDEV',
    });
    const said = systemErrorText(error, 'releases/2025/a/index.mdx', 'write')!;
    expect(render(said.text, 'ar').message).toBe(
      'تعذّرت الكتابة في \u2068releases/2025/a/index.mdx\u2069: رفض النظام العملية (\u2068EXDEV\u2069)',
    );
  });

  it('leaves other errors alone', () => {
    expect(systemErrorText(new Error('boom'), 'a.txt', 'read')).toBeUndefined();
    expect(systemErrorText({ code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' }, 'a', 'read')).toBeUndefined();
    expect(systemErrorText({ code: 'ENOENT' }, undefined)).toBeUndefined();
  });
});
