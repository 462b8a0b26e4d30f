import { isolate as i } from '../arabic/bidi.ts';
import type { Said } from './types.ts';
import type { SettingsValues, WholeNumberSetting } from './settings-types.ts';

/**
 * The Arabic texts of `archive.config.mjs`'s settings (src/config/schema.ts). Setting names,
 * values and examples stay Latin, isolated (U+2068/U+2069) as in ar.ts.
 */

const HINT: Record<WholeNumberSetting, string> = {
  pageSize: ' (عدد البلاغات في كل صفحة)',
  searchPartSize: ` (عدد الصفحات في كل جزء من فهرس البحث، الافتراضي ${i('2500')})`,
  searchFeedMemory: ` (الذاكرة بالميبيبايت التي تُبنى دونها أجزاء البحث أثناء توليد الصفحات، الافتراضي ${i('3072')})`,
};

/** The Arabic settings texts, spread into ar.ts's `texts`. */
export const settingsTexts: { [K in keyof SettingsValues]: (v: SettingsValues[K]) => Said } = {
  'settings.text': ({ name }) => ({ message: `${i(name)} نصٌّ لا يكون فارغًا` }),
  'settings.whole-number': ({ name }) => ({
    message: `${i(name)} عدد صحيح لا يقل عن ${i('1')}${HINT[name]}`,
  }),
  'settings.colour-format': ({ name }) => ({
    message: `${i(name)} لون يُكتب ${i('#rrggbb')}، مثل ${i('"#0b5cab"')}`,
  }),
  'settings.colour-contrast': ({ name, value, background, ratio, needed, lighter }) => ({
    message: `اللون ${i(`${name} "${value}"`)} ${lighter ? 'داكن' : 'فاتح'} فلا يُقرأ على ${i(background)} (التباين ${i(`${ratio}:1`)}، والمطلوب ${i(`${needed}:1`)} على الأقل): اختر درجة ${lighter ? 'أفتح' : 'أدكن'}`,
  }),
  'settings.logo': () => ({
    message: `${i('identity.logo')} ملف ${i('.svg')} أو ${i('.png')} في المستودع`,
  }),
  'settings.url': ({ name }) => ({ message: `${i(name)} عنوان كامل يبدأ بـ ${i('https://')}` }),
  'settings.site': () => ({
    message: `${i('site')} عنوان الموقع الكامل، مثل ${i('"https://press.example.gov"')}`,
  }),
  'settings.phone': () => ({
    message: `${i('identity.contact.phone')} رقم هاتف، مثل ${i('"+212 5 37 00 00 00"')}`,
  }),
  'settings.email': () => ({ message: `${i('identity.contact.email')} عنوان بريد إلكتروني` }),
  'settings.social-network': ({ networks }) => ({
    message: `${i('identity.social[].network')} واحدة من: ${networks.map((n) => i(n)).join('، ')}`,
  }),
  'settings.locale': ({ value }) => ({
    message: `الإعداد المحلي ${i(`locale "${value}"`)} غير مدعوم (أمثلة: ${i('"ar-MA"')}، ${i('"ar-EG"')}، ${i('"ar-SA"')})`,
  }),
  'settings.time-zone': ({ value }) => ({
    message: `${i(`timeZone "${value}"`)} ليست منطقة زمنية من قاعدة ${i('IANA')} التي يعرفها ${i('Node.js')} (مثال: ${i('"Africa/Casablanca"')})`,
  }),
  'settings.language': ({ value }) => ({
    message: `${i(`languages: "${value}"`)}: لا قاموس لواجهتها في ${i('src/i18n/')}؛ لغات الأرشيف ${i('ar')} و${i('fr')} و${i('en')}`,
  }),
  'settings.share-cards': () => ({
    message: `${i('shareCards')} واحدة من ${i('"all"')} أو ${i('"og"')} أو ${i('"site"')}`,
  }),
  'settings.country-key': () => ({
    message: `مفاتيح ${i('countryNames')} رموز بلدان ${i('ISO 3166-1 alpha-2')} بحروف كبيرة، مثل ${i('"PS"')}`,
  }),
  'settings.invalid': ({ reason }) => ({
    message: `قيمة غير صالحة (${i(reason)})، راجعها في ${i('archive.config.mjs')}`,
  }),
};
