import { numberFormat } from './intl-cache.ts';

/**
 * File sizes for readers, e.g. `240 ك.ب` or `2,4 م.ب` (`ar-MA`), `٢٫٤ م.ب` (`ar-EG`): CLDR unit
 * names through `Intl.NumberFormat` (`style: 'unit'`, narrow display). Units are SI, as CLDR's
 * `kilobyte` and `megabyte` are: 1 kB = 1,000 bytes.
 */

/**
 * @param bytes - size in bytes (≥ 0).
 * @param locale - BCP 47 locale of the page.
 * @returns bytes below 1 kB, whole kilobytes below 1 MB, megabytes with one decimal below 10 MB,
 *   whole megabytes above.
 */
export function formatFileSize(bytes: number, locale: string): string {
  const format = (value: number, unit: string, digits: number) =>
    numberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: 'narrow',
      maximumFractionDigits: digits,
    }).format(value);
  if (bytes < 1_000) return format(bytes, 'byte', 0);
  if (bytes < 999_500) return format(Math.round(bytes / 1_000), 'kilobyte', 0);
  const mb = bytes / 1_000_000;
  return format(mb, 'megabyte', mb < 10 ? 1 : 0);
}
