import type { Said } from './types.ts';
import type { SettingsValues, WholeNumberSetting } from './settings-types.ts';

/**
 * The English texts of `archive.config.mjs`'s settings (src/config/schema.ts). Their wording is
 * what tests and scripts match, as in en.ts.
 */

const HINT: Record<WholeNumberSetting, string> = {
  pageSize: '',
  searchPartSize: ' (pages per search index part, default 2500)',
  searchFeedMemory:
    ' (MiB of memory up to which search parts are built while pages render, default 3072)',
};

/** The English settings texts, spread into en.ts's `texts`. */
export const settingsTexts: { [K in keyof SettingsValues]: (v: SettingsValues[K]) => Said } = {
  'settings.text': ({ name }) => ({ message: `${name} must be a text of at least one character.` }),
  'settings.whole-number': ({ name }) => ({
    message: `${name} must be a whole number of at least 1${HINT[name]}.`,
  }),
  'settings.colour-format': ({ name }) => ({
    message: `${name} must be a colour written #rrggbb, e.g. "#0b5cab".`,
  }),
  'settings.colour-contrast': ({ name, value, background, ratio, needed, lighter }) => ({
    message: `${name} "${value}" is too ${lighter ? 'dark' : 'light'} to read on ${background} (contrast ${ratio}:1, at least ${needed}:1 needed): choose a ${lighter ? 'lighter' : 'darker'} shade.`,
  }),
  'settings.logo': () => ({
    message: 'identity.logo must be an .svg or .png file in the repository.',
  }),
  'settings.url': ({ name }) => ({ message: `${name} must be an absolute URL.` }),
  'settings.site': () => ({
    message: 'site must be an absolute URL such as "https://press.example.gov".',
  }),
  'settings.phone': () => ({
    message: 'identity.contact.phone must be a telephone number, e.g. "+212 5 37 00 00 00".',
  }),
  'settings.email': () => ({ message: 'identity.contact.email must be an e-mail address.' }),
  'settings.social-network': ({ networks }) => ({
    message: `identity.social[].network must be one of ${networks.join(', ')}.`,
  }),
  'settings.locale': ({ value }) => ({
    message: `locale "${value}" is not supported (examples: "ar-MA", "ar-EG", "ar-SA").`,
  }),
  'settings.time-zone': ({ value }) => ({
    message: `timeZone "${value}" is not an IANA time zone known to this Node.js (example: "Africa/Casablanca").`,
  }),
  'settings.language': ({ value }) => ({
    message: `languages: "${value}" has no interface dictionary (src/i18n/); the archive speaks ar, fr and en.`,
  }),
  'settings.share-cards': () => ({ message: 'shareCards must be "all", "og" or "site".' }),
  'settings.country-key': () => ({
    message: 'countryNames keys are upper-case ISO 3166-1 alpha-2 codes such as "PS".',
  }),
  'settings.invalid': ({ reason }) => ({ message: reason }),
};
