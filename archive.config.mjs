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
  description: 'أرشيف مفتوح للبلاغات الصحفية الرسمية، مرتبة حسب التاريخ والوسوم والدول.',
  /** Name of the office that publishes the archive, in Arabic: header, footer, share cards, schema.org publisher. */
  publisher: 'مكتب الإعلام والتواصل',
  /**
   * The office's identity: header, footer, share cards and metadata (README, "Identity").
   * The values shipped here are a FICTIONAL sample office: replace every one of them.
   * The phone number uses the unassigned country code +999 and the addresses the reserved
   * example domains, so nothing here reaches a real office.
   */
  identity: {
    /** Latin form of the office's name (optional). */
    nameLatin: 'Press and Communication Office — Sample Ministry (demo identity)',
    /** The body the office belongs to (optional). */
    parent: 'وزارة الشؤون النموذجية · هوية تجريبية',
    /** Emblem or logo, an SVG or PNG file in the repository. */
    logo: 'branding/emblem.svg',
    /** Brand colour and its dark-mode counterpart (#rrggbb, readable on white / on the dark background). */
    color: '#0f4c81',
    colorDark: '#8cc4ff',
    /** The office's own website (optional). */
    website: 'https://ministry.example.org',
    /** Press contact for journalists, in every page's footer. */
    contact: {
      office: 'خلية التواصل مع الصحافة',
      phone: '+999 000 000 000',
      email: 'presse@ministry.example.org',
      address: '١ شارع المثال، حي النموذج، مدينة المثال',
    },
    /** Official social accounts: network and URL. */
    social: [
      { network: 'x', url: 'https://x.example/sample-ministry' },
      { network: 'facebook', url: 'https://facebook.example/sample-ministry' },
      { network: 'youtube', url: 'https://youtube.example/@sample-ministry' },
    ],
  },
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
  searchPartSize: 2500,
  /** Share cards per release: 'all' (OpenGraph card + the 16:9, 4:3, 1:1 images of JSON-LD), 'og' (the OpenGraph card only) or 'site' (none: releases share the site's card). */
  shareCards: 'all',
  /** Languages of translations besides Arabic: 'fr', 'en' (a release's index.fr.mdx → /fr/releases/<slug>/). */
  languages: [],
  /** Official country names that replace the CLDR Arabic names, keyed by ISO 3166-1 alpha-2 code. */
  countryNames: {
    PS: 'فلسطين',
    // GB: 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية',
  },
};
