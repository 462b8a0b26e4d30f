import { describe, expect, it } from 'vitest';
import {
  cleanTag,
  groupTags,
  releaseTags,
  sortTagGroups,
  tagSlug,
} from '../../../src/archive/tags.ts';

describe('tag identity', () => {
  it('merges spellings that differ by tashkeel, tatweel, hamza on alef, spaces and invisibles', () => {
    const variants = [
      'الأمن الوطني',
      'الأَمْن الوطـني',
      'الامن  الوطني',
      '\u200Bالإمن الوطني ',
      'الآمن الوطني',
    ];
    expect(new Set(variants.map(tagSlug))).toEqual(new Set(['الامن-الوطني']));
  });

  it('keeps different words apart', () => {
    expect(tagSlug('مدرسة')).not.toBe(tagSlug('مدرسه'));
    expect(tagSlug('الأمن')).not.toBe(tagSlug('الأمن الوطني'));
  });

  it('cleans the spelling shown without removing its tashkeel', () => {
    expect(cleanTag('  الأَمن \u00A0 الوطني ')).toBe('الأَمن الوطني');
  });
});

describe('groupTags', () => {
  it('shows each tag with the spelling most releases use and counts releases once', () => {
    const groups = groupTags([
      ['الأمن الوطني', 'الامن الوطني'], // same tag twice in one release counts once
      ['الأمن الوطني'],
      ['الامن الوطني'],
      ['الأمن الوطني', 'التعاون الدولي'],
    ]);
    const national = groups.get('الامن-الوطني')!;
    expect(national.count).toBe(4);
    expect(national.label).toBe('الأمن الوطني');
    expect(national.spellings.get('الأمن الوطني')).toBe(3);
    expect(national.spellings.get('الامن الوطني')).toBe(1);
    expect(groups.get('التعاون-الدولي')!.count).toBe(1);
  });

  it('breaks ties by Arabic collation, not by file order', () => {
    const a = groupTags([['الامن'], ['الأمن']]).get('الامن')!.label;
    const b = groupTags([['الأمن'], ['الامن']]).get('الامن')!.label;
    expect(a).toBe(b);
  });

  it('lets the registry impose the preferred spelling and a description', () => {
    const groups = groupTags(
      [['الامن الوطني'], ['الامن الوطني']],
      [{ name: 'الأمن الوطني', description: 'وصف' }],
    );
    expect(groups.get('الامن-الوطني')).toMatchObject({
      label: 'الأمن الوطني',
      description: 'وصف',
      count: 2,
    });
  });

  it('sorts tags for the index with the Arabic collator', () => {
    const groups = groupTags([['مكافحة الإرهاب'], ['أمن الحدود'], ['التعاون الأمني']]);
    expect(sortTagGroups(groups.values()).map((g) => g.label)).toEqual([
      'التعاون الأمني',
      'أمن الحدود',
      'مكافحة الإرهاب',
    ]); // CLDR: bare alef before hamza alef
  });
});

describe('releaseTags', () => {
  it('uses the archive label of a listed tag and the own spelling of one without a page', () => {
    const groups = groupTags([['الأمن الوطني']]);
    const release = {
      tagSlugs: [tagSlug('الأَمن الوطني'), tagSlug('وسم  وحيد')],
      data: { tags: ['الأَمن الوطني', 'وسم  وحيد'] },
    };
    expect(releaseTags(release, groups)).toEqual([
      { slug: 'الامن-الوطني', label: 'الأمن الوطني', listed: true },
      { slug: 'وسم-وحيد', label: 'وسم وحيد', listed: false },
    ]);
  });
});
