/**
 * The values of the texts of `archive.config.mjs`'s settings (src/config/schema.ts), merged into
 * `TextValues` (types.ts). A setting is named by its path (`identity.color`, `pageSize`).
 */

/** The whole-number settings, each with its own hint. */
export type WholeNumberSetting = 'pageSize' | 'searchPartSize' | 'searchFeedMemory';

/** The values of each settings text, by key. */
export interface SettingsValues {
  'settings.text': { name: string };
  'settings.whole-number': { name: WholeNumberSetting };
  'settings.colour-format': { name: string };
  /** `lighter`: the colour must become lighter (dark mode), else darker. */
  'settings.colour-contrast': {
    name: string;
    value: string;
    background: string;
    ratio: string;
    needed: number;
    lighter: boolean;
  };
  'settings.logo': Record<string, never>;
  'settings.url': { name: string };
  'settings.site': Record<string, never>;
  'settings.phone': Record<string, never>;
  'settings.email': Record<string, never>;
  'settings.social-network': { networks: readonly string[] };
  'settings.locale': { value: string };
  'settings.time-zone': { value: string };
  'settings.language': { value: string };
  'settings.share-cards': Record<string, never>;
  'settings.country-key': Record<string, never>;
  /** A problem the schema has no text for (zod's own English message as `reason`). */
  'settings.invalid': { reason: string };
}
