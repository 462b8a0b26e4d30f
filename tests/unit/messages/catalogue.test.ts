import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ar } from '../../../src/messages/ar.ts';
import { en } from '../../../src/messages/en.ts';
import {
  messageLanguage,
  MessageLanguageError,
  render,
  say,
  type TextKey,
} from '../../../src/messages/index.ts';
import type { Catalogue } from '../../../src/messages/types.ts';

/** Values for any text: lists are two codes, a code is BE, everything else a short number-like text. */
const LISTS = new Set([
  'codes',
  'unknown',
  'tags',
  'fields',
  'files',
  'types',
  'languages',
  'others',
  'names',
  'lines',
  'values',
  'networks',
]);
const ANY = new Proxy(
  {},
  {
    get: (_, key) =>
      LISTS.has(String(key))
        ? ['GB', 'FR']
        : key === 'code'
          ? 'BE'
          : key === 'hint'
            ? 'quote'
            : '7',
  },
);
/** A positional argument that also serves as a list or as a counts object. */
const ARG = new Proxy(['7', '8'], {
  get: (target, key, receiver) =>
    typeof key === 'symbol' || key in target ? Reflect.get(target, key, receiver) : 7,
});

/** Every string a catalogue holds, with its path, after calling its functions with {@link ANY}. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return strings(path.includes('.texts.') ? fn(ANY) : fn(ARG, ARG, false), path);
  }
  if (Array.isArray(value)) return [[path, value.join(',')]]; // an argument returned as is
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

const keys = (c: Catalogue) => strings(c, c.lang).map(([p]) => p.slice(3));

describe('the messages catalogue (src/messages/)', () => {
  it('has every key in both languages, and none is empty', () => {
    expect(keys(ar).sort()).toEqual(keys(en).sort());
    for (const [path, text] of [...strings(ar, 'ar'), ...strings(en, 'en')])
      expect(text.trim(), path).not.toBe('');
  });

  it('has an Arabic text for every diagnostic key, not the English one', () => {
    for (const key of Object.keys(en.texts) as TextKey[]) {
      const arabic = (ar.texts[key] as (v: unknown) => { message: string })(ANY).message;
      expect(arabic, key).toMatch(/[\u0600-\u06FF]/);
      expect(arabic, key).not.toBe(
        (en.texts[key] as (v: unknown) => { message: string })(ANY).message,
      );
    }
  });

  it('isolates Latin values in Arabic lines (U+2068 … U+2069), so they read right to left', () => {
    const line = render(
      say('image.no-file', { src: './photo.jpg', dir: 'releases/2025/x' }).text,
      'ar',
    ).message;
    expect(line).toContain('\u2068./photo.jpg\u2069');
    expect(line).toContain('\u2068releases/2025/x\u2069');
    expect(ar.where('a.mdx:3')).toBe('\u2068a.mdx:3\u2069');
    expect(en.where('a.mdx:3')).toBe('a.mdx:3');
  });

  it('counts with the plural rules of each language', () => {
    const counts = { releases: 3, drafts: 0, errors: 1, warnings: 11, ms: 20 };
    expect(ar.summary(counts)).toBe(
      'فُحص 3 بلاغات (لا مسودات) في 20 ملّي ثانية: خطأ واحد، 11 تنبيهًا.',
    );
    expect(en.summary(counts)).toBe(
      '3 releases checked (0 drafts) in 20 ms: 1 error, 11 warnings.',
    );
    expect(ar.import.paragraphs(1, 'a.txt')).toMatch(/^استُورد فقرة واحدة من /);
    expect(en.import.paragraphs(1, 'a.txt')).toBe('1 paragraph imported from a.txt');
    expect(en.import.paragraphs(2, 'a.txt')).toBe('2 paragraphs imported from a.txt');
  });

  it('keeps the English text of a diagnostic and its key together', () => {
    const said = say('field.boolean', {});
    expect(said.message).toBe('must be true or false');
    expect(render(said.text, 'ar').message).toContain('true');
    expect(render(said.text, 'ar').message).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('messageLanguage', () => {
  it('is Arabic by default, English on request', () => {
    expect(messageLanguage(undefined, {})).toBe('ar');
    expect(messageLanguage(undefined, { LANG: 'C.UTF-8' })).toBe('ar');
    expect(messageLanguage(undefined, { LANG: 'ar_MA.UTF-8' })).toBe('ar');
    expect(messageLanguage(undefined, { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(messageLanguage(undefined, { LANG: 'en' })).toBe('en');
    expect(messageLanguage(undefined, { LC_ALL: 'en_GB.UTF-8', LANG: 'ar_MA' })).toBe('en');
    expect(messageLanguage(undefined, { LC_ALL: 'fr_FR', LANG: 'en_US' })).toBe('ar');
    expect(messageLanguage(undefined, { LANG: 'eng' })).toBe('ar');
    expect(messageLanguage('en', { LANG: 'ar_MA' })).toBe('en');
    expect(messageLanguage('ar', { LANG: 'en_US' })).toBe('ar');
    expect(() => messageLanguage('fr', {})).toThrow(MessageLanguageError);
  });
});

/**
 * Matches of the pattern below that are not words for the publisher: code the tools write (YAML,
 * MDX, HTML, addresses), the lines that lay out a rendered diagnostic (format.ts) or a settings
 * problem (settings.ts) and lines that only indent a catalogue text. Every message of the checks and commands comes from the
 * catalogue: an English literal in any of these files fails the test below.
 */
const NOT_MESSAGES: Record<string, number> = {
  'src/checks/file-names.ts': 1,
  'src/checks/format.ts': 1,
  'src/config/settings.ts': 1,
  'src/publish/new-release.ts': 1,
  'src/publish/translation-file.ts': 1,
  'src/publish/wordpress/messages.ts': 2,
  'src/publish/wordpress/post.ts': 1,
  'src/publish/wordpress/shortcodes.ts': 1,
  'src/publish/yaml-write.ts': 5,
};

describe('messages outside the catalogue', () => {
  const pattern =
    /\b(?:message|fix|error|reason)\s*:\s*(?:\w+\s*\?\s*)?[`'"]|\breturn\s+[`'"][^`'"]{12,}|new (?:PublishError|ImportError)\(\s*[`'"]|lines\.push\(\s*[`'"]|\b(?:error|warning)\(\s*[`'"]/g;
  it('are none: only the code listed above matches', () => {
    const files = [
      ...globSync('src/checks/*.ts'),
      ...globSync('src/publish/**/*.ts'),
      'src/release/schema.ts',
      'src/release/aliases.ts',
      'src/release/attachments.ts',
      'src/release/alt-text.ts',
      'src/integrations/checks.ts',
      'src/config/schema.ts',
      'src/config/settings.ts',
    ].sort();
    const found: Record<string, number> = {};
    for (const file of files) {
      const n = readFileSync(file, 'utf8').match(pattern)?.length ?? 0;
      if (n) found[file] = n;
    }
    expect(found).toEqual(NOT_MESSAGES);
  });
});
