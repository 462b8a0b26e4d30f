import { isolate as i } from '../arabic/bidi.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import type { Catalogue, Lang, Said, Text, TextKey, TextValues } from './types.ts';

export type { Catalogue, Lang, Said, Text, TextKey, TextValues } from './types.ts';

/**
 * The publishing tools' messages: one catalogue per language (`ar.ts`, `en.ts`) over one typed
 * key set (`types.ts`). Diagnostics are built in English (`message`, `fix`: what tools, tests and
 * the build log match) and carry their {@link Text}, so the report is rendered in the reader's
 * language when it is printed.
 */

/** Catalogues by language. */
export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { ar, en };

/** The catalogue of a language. */
export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/**
 * A diagnostic's English text and its key, to spread into the diagnostic:
 * `{ severity, rule, file, line, ...say('body.empty', {}) }`.
 */
export function say<K extends TextKey>(key: K, values: TextValues[K]): Said & { text: Text } {
  const said = (en.texts[key] as (v: TextValues[K]) => Said)(values);
  return { ...said, text: { key, values } as Text };
}

/** A text rendered in a language. */
export function render(text: Text, lang: Lang): Said {
  return (CATALOGUES[lang].texts[text.key] as (v: unknown) => Said)(text.values);
}

/** A message language that does not exist (a usage mistake: exit code 2 or 1). */
export class MessageLanguageError extends Error {}

/**
 * The language of the tools' messages: `--lang ar|en` when given; else English when the POSIX
 * locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first one set) starts with `en`;
 * else Arabic, the archive's language.
 * @param flag - the value of `--lang`, if any.
 * @param env - the environment (`process.env`).
 * @throws MessageLanguageError naming the languages when `flag` is neither `ar` nor `en`.
 */
export function messageLanguage(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  if (flag !== undefined) {
    if (flag === 'ar' || flag === 'en') return flag;
    // The reader's language is what is in doubt, so the refusal is said in both.
    throw new MessageLanguageError(
      `الرسائل بالعربية (${i('ar')}، الافتراضية) والإنجليزية (${i('en')})، لا ${i(flag)}\n` +
        `the messages exist in ar (Arabic, the default) and en, not "${flag}"`,
    );
  }
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^en(?:[_.@-]|$)/i.test(locale) ? 'en' : 'ar';
}

/**
 * Messages given to zod as plain strings (a schema's `error:` option has no room for a key):
 * the English text maps back to its {@link Text}. Only texts whose values are the schema's own
 * (field names, examples) go here, so the map stays as small as the schema; texts with the
 * publisher's values travel in a custom issue's `params` instead ({@link issueParams}).
 */
const byEnglish = new Map<string, Text>();

/** The English message of a text, remembered for {@link textOfIssue}. */
export function zodMessage<K extends TextKey>(key: K, values: TextValues[K]): string {
  const { message, text } = say(key, values);
  byEnglish.set(message, text);
  return message;
}

/** A custom zod issue's message and `params` carrying its text. */
export function issueParams<K extends TextKey>(
  key: K,
  values: TextValues[K],
): { message: string; params: { text: Text } } {
  const { message, text } = say(key, values);
  return { message, params: { text } };
}

/** The text of a zod issue built by {@link zodMessage} or {@link issueParams}, if any. */
export function textOfIssue(issue: { message: string; params?: unknown }): Text | undefined {
  const params = issue.params as { text?: Text } | undefined;
  return params?.text ?? byEnglish.get(issue.message);
}

/** What {@link say} returns: a text's English message (and fix) with its key and values. */
export type Saying = Said & { text: Text };

/**
 * An error whose message is a catalogue text (the publishing commands' refusals): `message` is
 * the English text, {@link errorMessage} prints it in the reader's language.
 */
export class SaidError extends Error {
  /** The text, when the error was built from one. */
  readonly text: Text | undefined;
  /** @param said - a {@link say} result, or a plain English message. */
  constructor(said: string | Saying) {
    super(typeof said === 'string' ? said : said.message);
    this.text = typeof said === 'string' ? undefined : said.text;
  }
}

/** An error's message in a language: its catalogue text when it has one, else its message. */
export function errorMessage(error: Error, lang: Lang): string {
  return error instanceof SaidError && error.text
    ? render(error.text, lang).message
    : error.message;
}

/**
 * {@link messageLanguage} from a command line (`--messages en`, `--messages=en`), for the error
 * handler of a script, where parsing may have failed: a wrong value falls back to the locale.
 * @param argv - the arguments (`process.argv`).
 * @param option - the option naming the language (`check` takes `--lang` too).
 */
export function messageLanguageOf(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  option: 'messages' | 'lang' = 'messages',
): Lang {
  const name = `--${option}`;
  const at = argv.indexOf(name);
  const flag =
    at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  try {
    return messageLanguage(flag, env);
  } catch {
    return messageLanguage(undefined, env);
  }
}
