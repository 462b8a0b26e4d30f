// @ts-check
/**
 * Archive settings, edited by the office that runs the archive.
 * Every field is documented in README.md ("Configuration") and checked by `src/config/schema.ts`.
 * Environment variables named in `src/config/env.ts` override a few fields for tests and benchmarks.
 * @type {import('./src/config/schema.ts').ArchiveConfigInput}
 */
export default {
  /** Archive name shown in the header, feeds and metadata. */
  title: 'أرشيف البلاغات الصحفية',
  /** One-sentence description for feeds and search engines. */
  description: 'أرشيف مفتوح للبلاغات والبيانات الصحفية الرسمية، مرتبة حسب التاريخ والوسوم والدول.',
  /** Name of the office that publishes the archive (schema.org publisher). */
  publisher: 'مكتب الإعلام والتواصل',
  /** Absolute URL the archive is served from, without the base path. */
  site: 'https://archive.example.org',
  /** Base path when the archive lives under a sub-path, e.g. '/press/'. '/' for the domain root. */
  base: '/',
  /** BCP 47 locale for every date and number on the site: 'ar-MA' (Latin digits), 'ar-EG' (Arabic-Indic digits), … */
  locale: 'ar-MA',
  /** IANA time zone in which release dates are calendar dates. */
  timeZone: 'Africa/Casablanca',
  /** Folder holding the releases, relative to the project root. */
  releasesDir: 'releases',
  /** Releases per page on the home, tag, country and archive pages. */
  pageSize: 10,
  /** Most release pages in one part of the search index; a larger archive is indexed in parts (docs/search.md). */
  searchPartSize: 5000,
  /** Languages of translations besides Arabic: 'fr', 'en' (a release's index.fr.mdx → /fr/releases/<slug>/). */
  languages: [],
  /** Official country names that replace the CLDR Arabic names, keyed by ISO 3166-1 alpha-2 code. */
  countryNames: {
    PS: 'فلسطين',
    // GB: 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية',
  },
};
