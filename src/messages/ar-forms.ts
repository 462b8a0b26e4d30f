import type { PluralForms } from '../arabic/plural.ts';

/**
 * The counted nouns of the Arabic messages, in CLDR's six plural categories (chosen by
 * `Intl.PluralRules('ar')` in src/arabic/plural.ts). «بلاغ» is the interface's (src/i18n/ar.ts).
 */

export const ERRORS: PluralForms = {
  zero: 'لا أخطاء',
  one: 'خطأ واحد',
  two: 'خطآن',
  few: '{n} أخطاء',
  many: '{n} خطأً',
  other: '{n} خطأ',
};
export const WARNINGS: PluralForms = {
  zero: 'لا تنبيهات',
  one: 'تنبيه واحد',
  two: 'تنبيهان',
  few: '{n} تنبيهات',
  many: '{n} تنبيهًا',
  other: '{n} تنبيه',
};
export const DRAFTS: PluralForms = {
  zero: 'لا مسودات',
  one: 'مسودة واحدة',
  two: 'مسودتان',
  few: '{n} مسودات',
  many: '{n} مسودةً',
  other: '{n} مسودة',
};
export const PARAGRAPHS: PluralForms = {
  zero: 'لا فقرات',
  one: 'فقرة واحدة',
  two: 'فقرتان',
  few: '{n} فقرات',
  many: '{n} فقرةً',
  other: '{n} فقرة',
};
/** A WordPress post. */
export const POSTS: PluralForms = {
  zero: 'لا منشورات',
  one: 'منشور واحد',
  two: 'منشوران',
  few: '{n} منشورات',
  many: '{n} منشورًا',
  other: '{n} منشور',
};
export const FILES: PluralForms = {
  zero: 'لا ملفات',
  one: 'ملف واحد',
  two: 'ملفان',
  few: '{n} ملفات',
  many: '{n} ملفًّا',
  other: '{n} ملف',
};
export const IMAGES: PluralForms = {
  zero: 'لا صور',
  one: 'صورة واحدة',
  two: 'صورتان',
  few: '{n} صور',
  many: '{n} صورةً',
  other: '{n} صورة',
};
/** A media-library id. */
export const IDS: PluralForms = {
  zero: 'لا معرّفات',
  one: 'معرّف واحد',
  two: 'معرّفان',
  few: '{n} معرّفات',
  many: '{n} معرّفًا',
  other: '{n} معرّف',
};
/** Times (an element removed three times). */
export const TIMES: PluralForms = {
  zero: 'ولا مرة',
  one: 'مرة واحدة',
  two: 'مرتين',
  few: '{n} مرات',
  many: '{n} مرةً',
  other: '{n} مرة',
};
/** Bytes that are not valid UTF-8. */
export const DAMAGED_BYTES: PluralForms = {
  zero: 'لا بايتات تالفة',
  one: 'بايت تالف',
  two: 'بايتان تالفان',
  few: '{n} بايتات تالفة',
  many: '{n} بايتًا تالفًا',
  other: '{n} بايت تالف',
};
/** Invisible control characters (U+0000–U+001F and others, src/release/control-chars.ts). */
export const CONTROL_CHARACTERS: PluralForms = {
  zero: 'لا أحرف تحكم',
  one: 'حرف تحكم غير مرئي',
  two: 'حرفا تحكم غير مرئيين',
  few: '{n} أحرف تحكم غير مرئية',
  many: '{n} حرف تحكم غير مرئي',
  other: '{n} حرف تحكم غير مرئي',
};
