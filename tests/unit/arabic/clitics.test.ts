import { describe, expect, it } from 'vitest';
import { isRootInitial, proclitics, withoutArticle } from '../../../src/arabic/clitics.ts';
import { foldCharacters } from '../../../src/arabic/fold.ts';

const stems = (word: string) => proclitics(foldCharacters(word));

describe('proclitics', () => {
  it('removes the article and what grammar allows before it, nothing after it', () => {
    expect(stems('البلدين')).toEqual(['بلدين']); // not ال + ب + لدين
    expect(stems('وبالتعاون')).toEqual(['تعاون']);
    expect(stems('كالعادة')).toEqual(['عاده']);
    expect(stems('اللقاء')).toEqual(['لقاء']);
  });

  it('removes the article again from a stem that starts with it, so every spelling agrees', () => {
    expect(stems('الالتزام')).toEqual(stems('التزام'));
    expect(stems('الإلكترونية')).toEqual(stems('إلكترونية'));
    expect(withoutArticle('الاله')).toBe('اله'); // 2 letters must remain
  });

  it('reads a compound article before 2 letters both ways (والدم is و + الدم, بالغة a word)', () => {
    expect(stems('والدم')).toEqual(['دم', 'والدم']);
    expect(stems('بالغة')).toEqual(['غه', 'بالغه']);
    expect(stems('البالغة')).toEqual(['بالغه']);
  });

  it('reads لل as ل + ال, and as ل + ال + a stem starting with ل unless a known word decides', () => {
    expect(stems('للحد')).toEqual(['حد', 'لحد']);
    expect(stems('للجنة')).toEqual(['لجنه']);
    expect(stems('للغابون')).toEqual(['غابون']);
  });

  it('reads a bare و, then ب or ل, both ways while 3 letters remain', () => {
    expect(stems('ولموريتانيا')).toEqual(['ولموريتانيا', 'لموريتانيا', 'موريتانيا']);
    expect(stems('بتعزيز')).toEqual(['بتعزيز', 'تعزيز']);
    expect(stems('وفد')).toEqual(['وفد']); // 2 letters would remain
    expect(stems('بحث')).toEqual(['بحث']);
  });

  it('never removes a bare ف or ك, nor the first letter of a root-initial word', () => {
    expect(stems('فريق')).toEqual(['فريق']);
    expect(stems('كبير')).toEqual(['كبير']);
    for (const w of ['وزارة', 'وجهة', 'بطاقة', 'لجنة', 'والدين'])
      expect(stems(w)).toEqual([foldCharacters(w)]);
    expect(stems('ووزارة')).toEqual(['ووزاره', 'وزاره']);
    expect(isRootInitial(foldCharacters('لجان'))).toBe(true);
    expect(isRootInitial(foldCharacters('وزارات'))).toBe(true); // an inflected form of وزارة
  });

  it('keeps country names whole after a proclitic (لبنان is not ل + بنان)', () => {
    expect(stems('لبنان')).toEqual(['لبنان']);
    expect(stems('وبلجيكا')).toEqual(['وبلجيكا', 'بلجيكا']);
  });
});
