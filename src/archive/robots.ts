/**
 * robots.txt (RFC 9309): allow every crawler everywhere and point at the sitemap index.
 * @param sitemapUrl - absolute URL of `sitemap-index.xml` (it includes the base path).
 * @returns the file's text, LF line endings, ending with a newline.
 */
export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
