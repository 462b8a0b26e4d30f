declare const config: {
  title: string;
  description: string;
  publisher: string;
  site: string;
  base: string;
  locale: string;
  timeZone: string;
  releasesDir: string;
  pageSize: number;
  /** Most release pages in one search index part (optional, default 10000). */
  searchPartSize?: number;
  countryNames: Record<string, string>;
};
export default config;
