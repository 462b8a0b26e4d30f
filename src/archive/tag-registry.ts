import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { TagRegistryEntry } from './tags.ts';

/** File name of the optional tag registry inside the releases folder. */
export const TAG_REGISTRY_FILE = 'tags.yaml';

/**
 * Reads the optional tag registry `<releasesDir>/tags.yaml`: a YAML list of `{ name, description? }`.
 * @param releasesDir - folder holding the releases.
 * @returns the entries, or `[]` when the file does not exist.
 * @throws Error naming the file when it is not a list of entries with a `name`.
 */
export function readTagRegistry(releasesDir: string): TagRegistryEntry[] {
  const file = join(releasesDir, TAG_REGISTRY_FILE);
  if (!existsSync(file)) return [];
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (data == null) return [];
  if (!Array.isArray(data))
    throw new Error(
      `${file}: must be a YAML list of tags, e.g.\n- name: التعاون الأمني\n  description: …`,
    );
  return data.map((item: unknown, i) => {
    const entry = item as { name?: unknown; description?: unknown };
    if (typeof entry?.name !== 'string' || entry.name.trim() === '') {
      throw new Error(
        `${file}: item ${i + 1} has no "name:"; every tag needs its preferred spelling as name`,
      );
    }
    return typeof entry.description === 'string'
      ? { name: entry.name, description: entry.description }
      : { name: entry.name };
  });
}
