import { render } from '../../../../src/messages/index.ts';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitRelease } from '../../../../src/checks/frontmatter.ts';
import { MediaLibrary } from '../../../../src/publish/wordpress/media.ts';
import {
  numericAddress,
  postToRelease,
  type PostContext,
} from '../../../../src/publish/wordpress/post.ts';
import type { WxrItem } from '../../../../src/publish/wordpress/wxr.ts';

const item = (over: Partial<WxrItem> = {}): WxrItem => ({
  id: '7',
  type: 'post',
  status: 'publish',
  title: 'بلاغ',
  link: 'https://old.example.org/2025/01/02/blagh/',
  postName: 'blagh',
  postDate: '2025-01-02 10:00:00',
  postDateGmt: '2025-01-02 09:00:00',
  content: 'الرباط - نص البلاغ.',
  excerpt: '',
  parent: '0',
  password: '',
  attachmentUrl: '',
  terms: [],
  meta: new Map(),
  ...over,
});
const context = (): PostContext => ({
  library: new MediaLibrary([]),
  uploadsDir: '/nonexistent',
  siteUrl: 'https://old.example.org',
  siteZone: 'Africa/Casablanca',
  archiveZone: 'Africa/Casablanca',
  issuer: 'المديرية',
  tags: new Map(),
  homeCountries: ['MA'],
});
const data = (over: Partial<WxrItem>) => {
  const release = postToRelease(item(over), context());
  if ('skip' in release) throw new Error(release.skip.message);
  return parse(splitRelease(release.text)!.yaml) as Record<string, unknown>;
};

describe('one WordPress post as a release', () => {
  it("knows a post's numeric address, under the blog's path", () => {
    expect(numericAddress('https://old.example.org', '12')).toBe('/?p=12');
    expect(numericAddress('https://old.example.org/news/', '12')).toBe('/news/?p=12');
  });

  it('stays published only when it was public: drafts, pending, scheduled, private and password-protected posts are drafts', () => {
    expect(data({})['draft']).toBeUndefined();
    for (const status of ['draft', 'pending', 'future', 'private'])
      expect(data({ status })['draft'], status).toBe(true);
    expect(data({ password: 'secret' })['draft']).toBe(true);
  });

  it('uses the title for the slug of a draft that never had one, and the excerpt as summary', () => {
    const release = postToRelease(
      item({ postName: '', status: 'draft', excerpt: '<p>ملخص &amp; قصير</p>' }),
      context(),
    );
    expect('skip' in release ? release.skip : release.slug).toBe('بلاغ');
    expect(data({ excerpt: '<p>ملخص &amp; قصير</p>' })['summary']).toBe('ملخص & قصير');
  });

  it('says why a post cannot become a release', () => {
    const skip = (release: ReturnType<typeof postToRelease>) =>
      'skip' in release ? release.skip : undefined;
    expect(skip(postToRelease(item({ title: ' ' }), context()))?.message).toBe(
      'the post has no title',
    );
    const undated = skip(
      postToRelease(
        item({ postDate: '0000-00-00 00:00:00', postDateGmt: '0000-00-00 00:00:00' }),
        context(),
      ),
    );
    expect(undated?.message).toBe('no usable date (0000-00-00 00:00:00)');
    expect(render(undated!.text, 'ar').message).toBe(
      'لا تاريخ صالحًا (\u20680000-00-00 00:00:00\u2069)',
    );
  });
});
