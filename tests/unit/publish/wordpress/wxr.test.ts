import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWxr, WxrError } from '../../../../src/publish/wordpress/wxr.ts';
import { FIXTURES } from '../../../helpers/paths.ts';

describe('reading a WordPress export (WXR 1.2)', () => {
  const wxr = parseWxr(readFileSync(join(FIXTURES, 'wordpress/export.xml'), 'utf8'));

  it('reads the channel and every item with its type, status, dates, terms and meta', () => {
    expect(wxr.version).toBe('1.2');
    expect(wxr.siteUrl).toBe('https://old.example.org');
    expect(wxr.items.map((i) => `${i.type}:${i.status}`)).toEqual([
      'attachment:inherit',
      'attachment:inherit',
      'attachment:inherit',
      'attachment:inherit',
      'post:publish',
      'post:draft',
      'post:publish',
      'post:pending',
      'post:trash',
      'page:publish',
      'nav_menu_item:publish',
    ]);
    const post = wxr.items.find((i) => i.id === '12')!;
    expect(post.postDateGmt).toBe('2025-06-17 23:30:00');
    expect(post.meta.get('_thumbnail_id')).toBe('20');
    expect(post.terms.map((t) => [t.domain, t.name])).toContainEqual([
      'post_tag',
      'التعاون الامني',
    ]);
    expect(post.content).toContain('[caption id="attachment_21"');
    expect(wxr.items[0]!.attachmentUrl).toBe(
      'https://old.example.org/wp-content/uploads/2025/06/lead.jpg',
    );
  });

  it('refuses what is not a WordPress export, and entity declarations', () => {
    expect(() => parseWxr('<rss><channel><title>x</title></channel></rss>')).toThrow(
      /not a WordPress export/,
    );
    expect(() => parseWxr('<rss><channel><wp:wxr_version>1.2</wp:wxr_version><item>')).toThrow(
      /cut short/,
    );
    expect(() => parseWxr('<rss><channel>')).toThrow(WxrError);
    expect(() =>
      parseWxr('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss>&a;</rss>'),
    ).toThrow(/DTD or entities/);
  });
});
