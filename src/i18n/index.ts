import { ar } from './ar.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import type { Messages } from './messages.ts';

export type { Messages, SocialNetwork } from './messages.ts';
export { SOCIAL_NETWORKS } from './messages.ts';

/**
 * The interface languages: Arabic (the original of every release) and the translation languages
 * a site may declare (`languages` in archive.config.mjs). Every dictionary implements the same
 * {@link Messages} type, so a missing key is a type error (tests/unit/i18n/ checks none is empty).
 */

/** Another name for {@link Messages}: the strings of one interface language. */
export type Dictionary = Messages;

/** Dictionaries by ISO 639-1 code. */
export const DICTIONARIES: Readonly<Record<string, Messages>> = { ar, fr, en };

/** The language of the originals. */
export const ORIGINAL_LANGUAGE = 'ar';

/** The strings of the archive's own (Arabic) interface. */
export const t: Messages = ar;

/** Text direction of a language (Unicode bidi: Arabic is right-to-left). */
export function direction(lang: string): 'rtl' | 'ltr' {
  return DICTIONARIES[lang]?.dir ?? 'ltr';
}

/**
 * The dictionary of a language.
 * @throws Error naming the language when the archive has no dictionary for it.
 */
export function dictionary(lang: string): Messages {
  const d = DICTIONARIES[lang];
  if (!d) throw new Error(`no interface dictionary for "${lang}" (src/i18n/): ar, fr and en exist`);
  return d;
}

/** Fills `{name}` placeholders (the `{n}` of a counted noun). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, key: string) => String(values[key] ?? m));
}
