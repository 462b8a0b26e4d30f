import { describe, expect, it } from 'vitest';
import { foldCharacters } from '../../../src/arabic/fold.ts';
import { inflections } from '../../../src/arabic/suffixes.ts';

const plain = { taMarbuta: false, tanwin: false };
const forms = (stem: string, ending = plain) => inflections(foldCharacters(stem), ending);

describe('inflection suffixes', () => {
  it('removes the dual and sound plurals while 3 letters remain (4 for ون)', () => {
    expect(forms('بلدين')).toEqual(['بلد']);
    expect(forms('بلدان')).toEqual(['بلد']);
    expect(forms('دين')).toEqual(['دين']);
    expect(forms('مسؤولون')).toEqual(['مسوول']);
    expect(forms('تعاون')).toEqual(['تعاون']); // a singular in ون
    expect(forms('تكوين')).toEqual(['تكوين']); // the verbal noun تفعيل, not a dual
  });

  it('reads ات as the plural of a word with ة, and without it when 4 letters remain', () => {
    expect(forms('حملات')).toEqual(['حمله']);
    expect(forms('خبرات')).toEqual(['خبره']); // not خبر (news)
    expect(forms('اجتماعات')).toEqual(['اجتماعه', 'اجتماع']);
  });

  it('writes ة back where it became ت before a pronoun or the dual', () => {
    expect(forms('حصيلتها')).toEqual(['حصيلت', 'حصيله']);
    expect(forms('دولتين')).toEqual(['دوله', 'دولت']);
    expect(forms('قدراتها')).toEqual(['قدره']);
  });

  it('removes ه only where the publisher wrote ه, not ة, and then reads it both ways', () => {
    expect(forms('عمله')).toEqual(['عمله', 'عمل']);
    expect(forms('عملة', { taMarbuta: true, tanwin: false })).toEqual(['عمله']);
    expect(forms('جهودها')).toEqual(['جهود']);
    expect(forms('منها')).toEqual(['منها']); // 2 letters would remain
  });

  it('removes an accusative alef with its tanwin, reads an unmarked one both ways', () => {
    expect(forms('ضابطا', { taMarbuta: false, tanwin: true })).toEqual(['ضابط']);
    expect(forms('ضابطا')).toEqual(['ضابطا', 'ضابط']);
    expect(forms('ماليزيا')).toEqual(['ماليزيا']);
    expect(forms('هنا')).toEqual(['هنا']);
  });

  it('keeps the ending of words where it is part of the word', () => {
    for (const w of ['لبنان', 'غابون', 'عشرين', 'بحرين', 'سليمان'])
      expect(forms(w)).toEqual([foldCharacters(w)]);
  });
});
