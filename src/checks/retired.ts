import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SaidError, say, type Saying } from '../messages/index.ts';

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

/** A `retired.yaml` that is not a list of `{ address, reason }`: `<file>: <text>`. */
export class RetiredError extends SaidError {
  constructor(file: string, said: Saying) {
    super(said);
    this.message = `${file}: ${said.message}`;
  }
}

/**
 * Reads `<releasesDir>/retired.yaml`.
 * @returns the entries, or `[]` when the file does not exist.
 * @throws RetiredError naming the file and the item when it is not a list of `{ address, reason }`.
 */
export function readRetired(releasesDir: string): RetiredAddress[] {
  const file = join(releasesDir, RETIRED_FILE);
  if (!existsSync(file)) return [];
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (data == null) return [];
  if (!Array.isArray(data)) throw new RetiredError(file, say('retired.not-list', {}));
  return data.map((item: unknown, i) => {
    const entry = item as { address?: unknown; reason?: unknown };
    if (typeof entry?.address !== 'string' || !entry.address.startsWith('/'))
      throw new RetiredError(file, say('retired.address', { item: i + 1 }));
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '')
      throw new RetiredError(file, say('retired.reason', { item: i + 1, address: entry.address }));
    return { address: entry.address.normalize('NFC'), reason: entry.reason };
  });
}
