import { ar, type Dictionary } from './ar.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

/**
 * The interface languages: Arabic (the original of every release) and the translation languages
 * a site may declare (`languages` in archive.config.mjs). One dictionary per language with the
 * same keys (the type enforces it; tests/unit/i18n/dictionaries.test.ts checks none is empty).
 */

/** Dictionaries by ISO 639-1 code. */
export const DICTIONARIES: Readonly<Record<string, Dictionary>> = { ar, fr, en };

/** The language of the originals. */
export const ORIGINAL_LANGUAGE = 'ar';

/** Text direction of a language (Unicode bidi: Arabic is right-to-left). */
export function direction(lang: string): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The dictionary of a language.
 * @throws Error naming the language when the archive has no dictionary for it.
 */
export function dictionary(lang: string): Dictionary {
  const d = DICTIONARIES[lang];
  if (!d) throw new Error(`no interface dictionary for "${lang}" (src/i18n/): ar, fr and en exist`);
  return d;
}

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, key: string) => String(values[key] ?? m));
}

export type { Dictionary };
