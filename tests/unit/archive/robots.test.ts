import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../../src/archive/robots.ts';

describe('robotsTxt', () => {
  it('allows crawling and names the sitemap on its own line', () => {
    const text = robotsTxt('https://news.example.test/press/sitemap-index.xml');
    expect(text.split('\n')).toContain(
      'Sitemap: https://news.example.test/press/sitemap-index.xml',
    );
    expect(text).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(text.endsWith('\n')).toBe(true);
  });
});
