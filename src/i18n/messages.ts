import type { PluralForms } from '../arabic/plural.ts';
import type { SearchStrings } from '../search/contract.ts';

/**
 * Every string the archive's interface shows, by key: navigation, headings, labels, notices,
 * counted nouns and share labels. One dictionary per interface language implements it
 * (`ar.ts`, and `fr.ts`/`en.ts` for translations); components and pages read the strings through `src/i18n/index.ts` and hold no
 * interface text of their own. A template is a function of already formatted values (numbers
 * and dates are formatted by `site`, in the archive locale), so word order stays the
 * dictionary's. The word for a release in Arabic is «بلاغ» throughout (docs/arabic.md).
 */
export interface Messages {
  /** BCP 47 language of the interface and its direction (`<html lang dir>`). */
  lang: string;
  dir: 'rtl' | 'ltr';

  skipToContent: string;
  mainNavigation: string;
  nav: { home: string; tags: string; countries: string; archive: string; search: string };
  /**
   * The header search field's placeholder and label: short enough to show whole next to
   * {@link searchButton} on a 360 px phone (tests/browser/workflows.test.ts measures it).
   */
  searchPlaceholder: string;
  searchButton: string;
  breadcrumbs: string;
  pagination: { label: string; previous: string; next: string; page: (n: string) => string };

  footer: {
    feeds: string;
    rss: string;
    jsonFeed: string;
    contactHeading: string;
    phone: string;
    email: string;
    address: string;
    followHeading: string;
    archiveHeading: string;
  };
  /** Names of the social networks an office can list in `identity.social`. */
  networks: Record<SocialNetwork, string>;
  emblemAlt: (office: string) => string;

  /** Counted «بلاغ»: all six CLDR plural forms. */
  releases: PluralForms;
  latest: string;
  latestPage: (page: string) => string;
  inArchive: (count: string) => string;
  sampleBadge: string;
  sampleNotice: string;
  updatedOn: string;
  /** Before a note that follows a label: «: » (French sets a narrow no-break space before it). */
  colon: string;

  /** The newsroom workflows: corrections, withdrawals, translations, attachments, moved releases. */
  workflow: {
    corrections: string;
    withdrawnOn: string;
    withdrawnReason: string;
    otherLanguages: string;
    attachments: string;
    movedTitle: string;
    movedLead: string;
    movedLink: string;
  };

  release: {
    issuer: string;
    reference: string;
    date: string;
    countries: string;
    tags: string;
    permalink: string;
    sequence: string;
    older: string;
    newer: string;
    related: string;
    details: string;
  };

  share: {
    heading: string;
    copyLink: string;
    copyHint: string;
    email: string;
    whatsapp: string;
    x: string;
    facebook: string;
    telegram: string;
    print: string;
    printHint: string;
    /** Subject and body of the e-mail link. */
    emailBody: (title: string, url: string) => string;
  };

  tags: {
    title: string;
    tag: (label: string) => string;
    feed: string;
    feedTitle: (archive: string, label: string) => string;
    feedDescription: (label: string, archive: string) => string;
  };
  countries: {
    title: string;
    code: string;
    feed: string;
    feedTitle: (archive: string, name: string) => string;
    feedDescription: (name: string, archive: string) => string;
  };
  archive: {
    title: string;
    heading: string;
    releasesOf: (period: string) => string;
    monthYear: (month: string, year: string) => string;
  };
  search: { title: string; heading: string };
  /** The search page's form (src/components/search/SearchUI.astro). */
  searchUi: {
    noScript: string;
    noScriptOr: string;
    noScriptDates: string;
    formLabel: string;
    queryLabel: string;
    clear: string;
    narrow: string;
    country: string;
    allCountries: string;
    tag: string;
    allTags: string;
    year: string;
    allYears: string;
    sort: string;
    relevance: string;
    newest: string;
    results: string;
    more: string;
    /** Submit button of the search form. */
    submit: string;
    /** An archive without any release: nothing to search. */
    nothing: string;
    /** Before the browsing links when nothing is found. */
    browseOr: string;
    /** The period's ends: visible label, accessible name, the choice without a bound. */
    from: string;
    fromLabel: string;
    fromNone: string;
    to: string;
    toLabel: string;
    toNone: string;
    /** Accessible name of the list of active filters. */
    active: string;
    /** What the page's script writes (its filter names and colon come from the keys above). */
    live: Omit<SearchStrings, 'lang' | 'filters' | 'colon' | 'countries'>;
  };
  notFound: {
    title: string;
    text: string;
    latest: string;
    search: string;
    tags: string;
    countries: string;
  };
  /** Joins a title with a page number, `<title> – الصفحة ٢`. */
  withPage: (title: string, page: string) => string;
  /** Separator of a list of names in running text («، »). */
  listSeparator: string;
}

/** Social networks with a name in the dictionary (`identity.social[].network`). */
export const SOCIAL_NETWORKS = [
  'x',
  'facebook',
  'instagram',
  'youtube',
  'telegram',
  'whatsapp',
  'linkedin',
  'tiktok',
  'mastodon',
  'website',
] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

/** The networks' own (Latin) names, as the French and English interfaces write them. */
export const LATIN_NETWORK_NAMES: Omit<Record<SocialNetwork, string>, 'website'> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  mastodon: 'Mastodon',
};
