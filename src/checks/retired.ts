import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The addresses an office lets go on purpose: `<releasesDir>/retired.yaml`, a YAML list of
 * `{ address, reason }`. The permalink guard does not ask for an alias for them; the host then
 * answers them with the not-found page.
 */

/** File name of the retired-address list inside the releases folder. */
export const RETIRED_FILE = 'retired.yaml';

/** One address let go on purpose. */
export interface RetiredAddress {
  /** Path as published, e.g. `/releases/old-slug/` (with the base path, if any). */
  address: string;
  /** Why it is let go; kept with the list so the decision has a record. */
  reason: string;
}

/**
 * Reads `<releasesDir>/retired.yaml`.
 * @returns the entries, or `[]` when the file does not exist.
 * @throws Error naming the file and the item when it is not a list of `{ address, reason }`.
 */
export function readRetired(releasesDir: string): RetiredAddress[] {
  const file = join(releasesDir, RETIRED_FILE);
  if (!existsSync(file)) return [];
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (data == null) return [];
  const example = `- address: /releases/old-slug/\n  reason: "…"`;
  if (!Array.isArray(data))
    throw new Error(`${file}: must be a YAML list of retired addresses, e.g.\n${example}`);
  return data.map((item: unknown, i) => {
    const entry = item as { address?: unknown; reason?: unknown };
    if (typeof entry?.address !== 'string' || !entry.address.startsWith('/'))
      throw new Error(
        `${file}: item ${i + 1} needs an "address:" starting with /, e.g.\n${example}`,
      );
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '')
      throw new Error(
        `${file}: item ${i + 1} (${entry.address}) needs a "reason:": say why the address is let go`,
      );
    return { address: entry.address.normalize('NFC'), reason: entry.reason };
  });
}
