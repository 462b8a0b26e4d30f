import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { redirectFile, redirectPage, redirectsFile } from '../../../src/archive/redirects.ts';

const redirect = (from: string) => ({
  from,
  to: '/releases/%D8%A8%D9%84%D8%A7%D8%BA/',
  canonical: 'https://news.example.test/releases/%D8%A8%D9%84%D8%A7%D8%BA/',
  lang: 'ar',
  file: 'releases/2025/x/index.mdx',
});

describe('redirects', () => {
  it('places the page of an old address where a static host serves it', () => {
    expect(redirectFile('/2023/05/12/old/', '/')).toBe('2023/05/12/old/index.html');
    expect(redirectFile('/2023/05/12/old', '/')).toBe('2023/05/12/old/index.html');
    expect(redirectFile('/news/old.html', '/')).toBe('news/old.html');
    expect(redirectFile('/%D9%82%D8%AF%D9%8A%D9%85/', '/')).toBe('قديم/index.html');
    expect(redirectFile('/press/old/', '/press/')).toBe('old/index.html');
    // only _redirects can answer these
    expect(redirectFile('/?p=123', '/')).toBeUndefined();
    expect(redirectFile('/index.php', '/')).toBeUndefined();
    expect(redirectFile('/elsewhere/old/', '/press/')).toBeUndefined();
  });

  it('writes a page that refreshes to the release, names it canonical and links to it', () => {
    const html = parse(
      redirectPage(redirect('/old/'), { title: 'نُقل', lead: 'نُقل إلى:', link: 'افتح <البلاغ>' }),
    );
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('ar');
    expect(html.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(
      '0; url=/releases/%D8%A8%D9%84%D8%A7%D8%BA/',
    );
    expect(html.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(
      'https://news.example.test/releases/%D8%A8%D9%84%D8%A7%D8%BA/',
    );
    expect(html.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
    const a = html.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('/releases/%D8%A8%D9%84%D8%A7%D8%BA/');
    expect(a.text).toBe('افتح <البلاغ>');
  });

  it('writes _redirects rules, percent-encoded, plain paths before query rules, after the office’s own', () => {
    const text = redirectsFile(
      [redirect('/?p=12'), redirect('/قديم/'), redirect('/2023/05/old/')],
      '/contact /about/ 301\n',
    );
    expect(text.split('\n')).toEqual([
      '/contact /about/ 301',
      '# Old addresses of releases (aliases:), written by the build.',
      '/%D9%82%D8%AF%D9%8A%D9%85/ /releases/%D8%A8%D9%84%D8%A7%D8%BA/ 301',
      '/2023/05/old/ /releases/%D8%A8%D9%84%D8%A7%D8%BA/ 301',
      '/ p=12 /releases/%D8%A8%D9%84%D8%A7%D8%BA/ 301',
      '',
    ]);
  });
});
