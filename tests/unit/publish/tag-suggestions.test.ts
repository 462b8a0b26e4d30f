import { describe, expect, it } from 'vitest';
import { tagsMentioned } from '../../../src/publish/import/tag-suggestions.ts';

describe('tag suggestions for an imported text', () => {
  const tags = ['التعاون الأمني', 'الأمن', 'مكافحة الإرهاب', 'الهجرة'];

  it("finds the archive's tags the text mentions, whatever the spelling and the clitics", () => {
    const text = 'وتناولت المباحثات والتعاون الامني، ثم التعاونِ الأمنيّ. وسبل مكافحة الإرهاب.';
    expect(tagsMentioned(text, tags)).toEqual([
      { tag: 'التعاون الأمني', count: 2 },
      { tag: 'مكافحة الإرهاب', count: 1 },
    ]);
  });

  it('matches whole words in order only', () => {
    // «الأمنية» is not the tag «الأمن»; «الأمني التعاون» is not «التعاون الأمني».
    expect(tagsMentioned('المصالح الأمنية والأمني التعاون', tags)).toEqual([]);
    expect(tagsMentioned('نص', [])).toEqual([]);
  });
});
