import { describe, expect, it } from 'vitest';
import { SHARE_SERVICES, shareLinks } from '../../../src/share/links.ts';

describe('share links', () => {
  const url = `https://press.example.test/releases/${encodeURIComponent('بلاغ-عربي')}/`;
  const title = 'حموشي يبحث مع سفراء المملكة المتحدة & الغابون';
  const links = shareLinks(url, title, `${title}\n\n${url}`);

  it('links to each service with the title and permalink encoded once', () => {
    expect(SHARE_SERVICES).toEqual(['email', 'whatsapp', 'x', 'facebook', 'telegram']);
    const x = new URL(links.x);
    expect(x.origin + x.pathname).toBe('https://x.com/intent/post');
    expect(x.searchParams.get('url')).toBe(url);
    expect(x.searchParams.get('text')).toBe(title);
    expect(new URL(links.facebook).searchParams.get('u')).toBe(url);
    expect(new URL(links.telegram).searchParams.get('url')).toBe(url);
    expect(new URL(links.whatsapp).searchParams.get('text')).toBe(`${title} ${url}`);
  });

  it('writes a mailto: link with subject and body (RFC 6068)', () => {
    expect(links.email.startsWith('mailto:?subject=')).toBe(true);
    const params = new URLSearchParams(links.email.slice('mailto:?'.length));
    expect(params.get('subject')).toBe(title);
    expect(params.get('body')).toBe(`${title}\n\n${url}`);
    // An ampersand in the title does not split the query.
    expect(links.email).not.toContain('& ');
  });
});
