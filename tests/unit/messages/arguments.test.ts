import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { argumentErrorText } from '../../../src/messages/arguments.ts';
import { render } from '../../../src/messages/index.ts';

/** The error parseArgs throws for these arguments. */
function refused(args: string[]): unknown {
  try {
    parseArgs({ args, options: { date: { type: 'string' }, fix: { type: 'boolean' } } });
  } catch (error) {
    return error;
  }
  throw new Error('expected parseArgs to refuse');
}

const arabic = (args: string[]) => render(argumentErrorText(refused(args))!.text, 'ar').message;

describe('argumentErrorText (src/messages/arguments.ts)', () => {
  it('names the option of each parseArgs refusal in Arabic', () => {
    expect(arabic(['--nope'])).toBe('الخيار \u2068--nope\u2069 غير معروف (الخيارات مسرودة أدناه)');
    expect(arabic(['--date'])).toMatch(/^الخيار \u2068--date\u2069 يحتاج قيمة بعده/);
    expect(arabic(['--fix=yes'])).toBe('الخيار \u2068--fix\u2069 لا يأخذ قيمة');
    expect(arabic(['stray'])).toBe('لا يأخذ هذا الأمر \u2068stray\u2069 إلا بعد اسم خيار');
  });

  it("keeps Node's English line, and leaves other errors alone", () => {
    expect(argumentErrorText(refused(['--nope']))!.message).toBe("Unknown option '--nope'");
    expect(argumentErrorText(new Error('boom'))).toBeUndefined();
    expect(argumentErrorText({ code: 'ENOENT' })).toBeUndefined();
  });
});
