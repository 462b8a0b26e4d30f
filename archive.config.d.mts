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
  countryNames: Record<string, string>;
};
export default config;
