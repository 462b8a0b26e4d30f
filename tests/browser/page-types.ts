/** One page of each type in the shipped archive (the build of tests/quality/builds.ts `buildShipped`). */
const enc = encodeURIComponent;
export const SHIPPED_PAGES: Record<string, string> = {
  home: '/',
  release: `/releases/${enc('مباحثات-التعاون-الأمني-بالرباط')}/`,
  'release-photo': '/releases/sample-gulf-visit/',
  tags: '/tags/',
  tag: `/tags/${enc('التعاون-الامني')}/`,
  countries: '/countries/',
  country: '/countries/ga/',
  archive: '/archive/',
  year: '/archive/2025/',
  month: '/archive/2025/06/',
  search: `/search/?q=${enc('الأمن')}`,
  '404': '/no-such-page/',
};
