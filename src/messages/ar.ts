import { isolate as i } from '../arabic/bidi.ts';
import { countryName } from '../arabic/countries.ts';
import { plural, type PluralForms } from '../arabic/plural.ts';
import { DRAFTS, ERRORS, PARAGRAPHS, WARNINGS } from './ar-forms.ts';
import { ar as interfaceWords } from '../i18n/ar.ts';
import { archiveTexts } from './ar-archive.ts';
import { settingsTexts } from './ar-settings.ts';
import { checkTexts } from './ar-checks.ts';
import { fileTexts } from './ar-file.ts';
import { imageTexts } from './ar-image.ts';
import { publishTexts, usage, wordpress } from './ar-publish.ts';
import type { Catalogue, Texts, YamlHint } from './types.ts';

/**
 * The Arabic messages of the publishing tools, the default. A release is «بلاغ», the frontmatter
 * «رأس الملف» (as in docs/publishing-guide.md). Every path, field name, code snippet and value
 * the publisher wrote is isolated (`isolate`, U+2068/U+2069), so the line reads right to left.
 */

/** `GB (المملكة المتحدة)`. */
const named = (code: string) => `${i(code)} (${countryName(code)})`;
/** An Arabic list: items isolated, joined with the Arabic comma. */
const list = (items: readonly string[]) => items.map((x) => i(x)).join('، ');
const DATE_EXAMPLE = i('2025-06-18');

const YAML_HINTS: Record<YamlHint, string> = {
  duplicate: 'حقل مكتوب مرتين: احتفظ بواحد',
  indent: `راجع المسافات في بداية الأسطر (مسافات لا علامات جدولة) وأن القوائم تُكتب بـ ${i('- ')} أو ${i('[a, b]')}`,
  colon: `في القيمة ${i(': ')} أو تبدأ برمز خاص: ضع القيمة كلها بين علامتي تنصيص، مثل ${i('title: "…: …"')}`,
  quote: `ضع النص الذي فيه ${i(':')} أو ${i('#')} أو علامات تنصيص أو أقواس بين علامتي تنصيص، مثل ${i('title: "…"')}`,
};

const texts: Texts = {
  ...publishTexts,
  ...checkTexts,
  ...archiveTexts,
  ...settingsTexts,
  ...fileTexts,
  'releases.no-folder': () => ({
    message: 'مجلد البلاغات غير موجود، فلن يكون في الموقع أي بلاغ',
    fix: `راجع ${i('releasesDir')} في ${i('archive.config.mjs')} (أو المتغير ${i('ARCHIVE_RELEASES_DIR')})، أو مرّر ${i('--dir <folder>')}`,
  }),
  'releases.none': () => ({
    message: `لا يحوي مجلد البلاغات أي بلاغ (ملف ${i('.mdx')} أو ${i('.md')})`,
    fix: `أضف بلاغًا بالأمر ${i('npm run new -- --title "…"')}`,
  }),
  'frontmatter.missing': () => ({
    message: `لا يبدأ الملف برأس الملف بين سطرين ${i('---')}`,
    fix: `ابدأ الملف بـ ${i('---')}، ثم الحقول (${i('title:, date:, dateline:, issuer:…')})، ثم ${i('---')} والنص`,
  }),
  'frontmatter.empty': () => ({
    message: `رأس الملف فارغ أو ليس أسطرًا من نوع ${i('field: value')}`,
    fix: `ابدأ الملف بـ ${i('---')}، ثم ${i('title:, date:, dateline:, issuer:')} كلٌّ في سطر، ثم ${i('---')}`,
  }),
  'frontmatter.too-long': ({ kb, maxKb }) => ({
    message: `طول رأس الملف ${kb} كيلوبايت، وحقول البلاغ تكفيها ${maxKb} كيلوبايت`,
    fix: `اترك بين سطري ${i('---')} حقول البلاغ وحدها، وضع النص بعد السطر الثاني`,
  }),
  'frontmatter.too-deep': ({ max }) => ({
    message: `في رأس الملف قوائم متداخلة لأكثر من ${max} مستويات، وحقول البلاغ لا تحتاج إلا مستويين`,
    fix: `اكتب كل حقل في سطره، مثل ${i('tags: [a, b]')}`,
  }),
  'yaml.invalid': ({ reason, hint }) => ({
    message: `رأس الملف ليس ${i('YAML')} صحيحًا: ${i(reason)}`,
    fix: YAML_HINTS[hint],
  }),
  'yaml.inner-quotes': ({ field, fixed }) => ({
    message: `رأس الملف ليس ${i('YAML')} صحيحًا: في نص ${i(field)} علامتا تنصيص مزدوجتان داخل علامتين مزدوجتين، فينتهي النص عند العلامة الثانية`,
    fix: `ضع النص بين علامتي تنصيص مفردتين، وتبقى العلامات المزدوجة في داخله: ${i(fixed)}`,
  }),
  'yaml.aliases': ({ count, first }) => ({
    message: `يستعمل رأس الملف إحالات ${i('YAML')} (${i(`*${first}`)}، عددها ${count}) تكرر قيمًا أخرى؛ لا يحتاجها البلاغ ولا يوسّعها الأرشيف`,
    fix: `اكتب كل قيمة كاملة بدل ${i('*name')}`,
  }),
  'yaml.unreadable': ({ reason }) => ({
    message: `تعذرت قراءة رأس الملف: ${i(reason)}`,
    fix: YAML_HINTS.quote,
  }),
  'field.unknown': ({ suggestion, fields }) => ({
    message: `ليس حقلًا من حقول البلاغ${suggestion ? `: هل تقصد ${i(suggestion)}؟` : ''}`,
    fix: suggestion
      ? `غيّر اسمه إلى ${i(`${suggestion}:`)}`
      : `احذفه؛ حقول البلاغ هي: ${list(fields)}`,
  }),
  'field.missing': ({ field, example }) => ({
    message: `ناقص: أضف ${i(`${field}: ${example}`)}`,
  }),
  'field.not-text': ({ field, example }) => ({
    message: `يجب أن يكون نصًّا، مثل ${i(`${field}: ${example}`)}`,
  }),
  'field.empty': ({ field, example }) => ({
    message: `فارغ: اكتبه، مثل ${i(`${field}: ${example}`)}`,
  }),
  'field.boolean': () => ({ message: `قيمته ${i('true')} (نعم) أو ${i('false')} (لا)` }),
  'date.missing': ({ field }) => ({
    message: `ناقص: أضف ${i(`${field}: 2025-06-18`)} (سنة-شهر-يوم، ويمكن أن يتبعه وقت: ${i('2025-06-18 10:30')})`,
  }),
  'date.type': ({ field }) => ({
    message: `يُكتب التاريخ سنة-شهر-يوم، مثل ${DATE_EXAMPLE}. اكتب ${i(`${field}: 2025-06-18`)}`,
  }),
  'date.format': ({ field, value }) => ({
    message: `${i(value)} ليس مكتوبًا بالصيغة سنة-شهر-يوم (مثل ${DATE_EXAMPLE})، ويمكن أن يتبعه وقت ${i('HH:MM')}. اكتب ${i(`${field}: 2025-06-18`)}`,
  }),
  'date.not-real': ({ field, value, month, days }) => ({
    message: `${i(value)} ليس تاريخًا موجودًا في التقويم (${days ? `في الشهر ${i(month)} ${days} يومًا` : `لا شهر ${i(month)}`}). اكتب ${i(`${field}: 2025-06-18`)}`,
  }),
  'date.time': ({ field, value }) => ({
    message: `في ${i(value)} وقت لا يوجد في اليوم. اكتب ${i(`${field}: 2025-06-18 10:30`)}`,
  }),
  'date.too-early': ({ field, day, earliest }) => ({
    message: `${i(day)} قبل سنة ${earliest}، ولا بلاغ في هذا الأرشيف بهذا القِدم، فالسنة مكتوبة خطأً على الأرجح. اكتب ${i(`${field}: 2025-06-18`)}`,
  }),
  'date.two-readings': ({ field, value, dayFirst, monthFirst }) => ({
    message: `${i(value)} ليس مكتوبًا بالصيغة سنة-شهر-يوم، ويُقرأ على وجهين: اليوم أولًا (${i(dayFirst)}) أو الشهر أولًا (${i(monthFirst)})`,
    fix: `اكتب التاريخ المطبوع على البلاغ: ${i(`${field}: ${dayFirst}`)} أو ${i(`${field}: ${monthFirst}`)}`,
  }),
  'date.one-reading': ({ field, value, day }) => ({
    message: `${i(value)} ليس مكتوبًا بالصيغة سنة-شهر-يوم`,
    fix: `اكتب ${i(`${field}: ${day}`)}`,
  }),
  'date.offset': ({ field, value, local, zone }) => ({
    message: `${i(value)} لحظة بفارق توقيت عن ${i('UTC')}، وتواريخ الأرشيف تواريخ بالتوقيت المحلي للأرشيف (${i(zone)})`,
    fix: `اكتب اللحظة نفسها بتوقيت ${i(zone)}: ${i(`${field}: ${local}`)}`,
  }),
  'date.future': ({ day, today, zone, until }) => ({
    message: `${i(day)} بعد اليوم (${i(today)} بتوقيت ${i(zone)}) بأكثر من سنة: السنة مكتوبة خطأً على الأرجح، ولن يظهر البلاغ في الموقع قبل ${i(until)}`,
    fix: `اكتب التاريخ المطبوع على البلاغ، مثل ${i(`date: ${today}`)}؛ ولحجب بلاغ دون تاريخ استعمل ${i('draft: true')}`,
  }),
  'date.weekday': ({ named: weekday, day, actual }) => ({
    message: `يقول النص «${weekday}» لكن ${i(day)} يوافق يوم ${actual}`,
    fix: `راجع التاريخ: البلاغ الصادر «${weekday}» تاريخه يقع في ذلك اليوم من الأسبوع`,
  }),
  'date.before-release': ({ field, day, release }) => ({
    message: `${i(day)} قبل تاريخ البلاغ ${i(release)}`,
    fix:
      field === 'updated'
        ? `${i('updated')} تاريخ التصحيح، ويكون يوم البلاغ أو بعده`
        : field === 'withdrawn.date'
          ? 'تاريخ السحب يكون يوم البلاغ أو بعده'
          : 'تاريخ التصحيح يكون يوم البلاغ أو بعده',
  }),
  'updated.missing': () => ({
    message: `ناقص: التصحيح يحتاج تاريخ إجرائه، مثل ${i('updated: 2025-06-19')}`,
  }),
  'country.type': () => ({
    message: `يُكتب البلد برمز من حرفين (${i('ISO 3166-1')}) مثل ${i('GA')}`,
  }),
  'countries.not-list': () => ({
    message: `يجب أن تكون قائمة رموز دول، مثل ${i('countries: [GB, GA]')}`,
  }),
  'country.unknown': ({ value, codes }) => ({
    message: `${i(value)} ليس رمز بلد من حرفين (${i('ISO 3166-1 alpha-2')}).${codes.length ? ` هل تقصد ${codes.map(named).join('، ')}؟` : ''} الرموز مسرودة في ${i('https://www.iso.org/obp/ui/#search/code/')}`,
  }),
  'country.alpha3': ({ value, code }) => ({
    message: `${i(value)} رمز من ثلاثة أحرف، والأرشيف يكتب الدول برمز من حرفين (${i('ISO 3166-1 alpha-2')})`,
    fix: `اكتب ${named(code)}`,
  }),
  'country.name': ({ value, code }) => ({
    message: `${i(value)} اسم بلد، والأرشيف يكتب الدول برموزها من حرفين (${i('ISO 3166-1 alpha-2')})`,
    fix: `اكتب ${named(code)}`,
  }),
  'countries.text': ({ value, codes, unknown }) => ({
    message: `يجب أن تكون قائمة رموز دول، لا النص ${i(value)}${unknown.length ? `؛ لم يُتعرّف على: ${list(unknown)}` : ''}`,
    fix: codes.length
      ? `اكتب ${i(`countries: [${codes.join(', ')}]`)} (${codes.map((c) => countryName(c)).join('، ')})`
      : `اكتب ${i('countries: [GB, GA]')} برموز ${i('ISO 3166-1 alpha-2')}`,
  }),
  'tag.type': () => ({ message: 'كل وسم يجب أن يكون نصًّا' }),
  'tags.not-list': () => ({
    message: `يجب أن تكون قائمة، مثل ${i('tags: [التعاون الأمني, مكافحة الإرهاب]')}`,
  }),
  'tag.arabic-comma': ({ value, tags }) => ({
    message: `في الوسم «${value}» فاصلة عربية «،»، و${i('YAML')} يفصل بين عناصر القائمة بالفاصلة اللاتينية: اكتب ${i(`tags: [${tags.join(', ')}]`)} أو وسمًا في كل سطر`,
  }),
  'tag.no-letters': ({ value }) => ({
    message: `لا حروف ولا أرقام في الوسم ${i(value)}: احذفه أو اكتب كلمة`,
  }),
  'tag.too-long': ({ start, bytes, max }) => ({
    message: `الوسم «${start}…» أطول من أن يكون عنوانًا على الويب: صفحته مجلد اسمه ${bytes} بايت، وأنظمة الملفات تسمح بـ ${max} (نحو 120 حرفًا عربيًّا). اختصره في كلمات قليلة`,
  }),
  'slug.not-slug': () => ({
    message: `يجب أن يكون رابطًا مختصرًا جاهزًا (حروف وأرقام و${i('-')})، مثل ${i('slug: rabat-security-talks')}`,
  }),
  'slug.too-long': ({ max }) => ({
    message: `أطول من أن يكون عنوانًا على الويب: أنظمة الملفات تسمح بـ ${max} بايت لاسم المجلد (نحو 120 حرفًا عربيًّا)؛ اجعل الرابط كلمات قليلة`,
  }),
  ...imageTexts,
  'body.empty': () => ({
    message: 'لا نص في البلاغ بعد رأس الملف',
    fix: `اكتب النص بعد سطر ${i('---')} الثاني، مع سطر فارغ بين كل فقرتين، أو اكتب ${i('draft: true')} حتى يجهز`,
  }),
  'body.placeholder': ({ placeholder }) => ({
    message: `ما زال النص هو الجملة المؤقتة «${placeholder}»`,
    fix: `اكتب نص البلاغ مكانها، أو اكتب ${i('draft: true')} حتى يجهز`,
  }),
  'site.example': ({ site }) => ({
    message: `ما زال ${i('site')} هو العنوان المثال ${i(site)}: ستشير إليه الروابط الأصلية والخلاصات وخريطة الموقع وروابط المشاركة`,
    fix: `اكتب عنوان الأرشيف نفسه في ${i('site:')} (مثل ${i("'https://press.example.gov'")})، أو عيّن ${i('ARCHIVE_SITE')} عند البناء`,
  }),
};

const count = (n: number, f: PluralForms) => plural(n, f);

/** The Arabic catalogue (the default). */
export const ar: Catalogue = {
  lang: 'ar',
  severity: { error: 'خطأ', warning: 'تنبيه' },
  fix: 'الحل',
  field: (name, label) => (label ? `«${label}» (${i(name)})` : i(name)),
  where: (location) => i(location),
  skipped: (file, reason) => `${i(file)}  تُرك  ${i(reason)}`,
  scheduled: (file, at, preview) =>
    `مجدول: ${i(file)}  يُنشر ${i(at)}${preview ? `  (بُني الآن للمعاينة: ${i('ARCHIVE_BUILD_FUTURE=1')})` : ''}`,
  note: (text) => `ملاحظة: ${i(text)}`,
  summary: ({ releases, drafts, errors, warnings, ms }) =>
    `فُحص ${count(releases, interfaceWords.releases)} (${count(drafts, DRAFTS)}) في ${ms} ملّي ثانية: ${count(errors, ERRORS)}، ${count(warnings, WARNINGS)}.`,
  fixThenCheck: `صحّح الأخطاء أعلاه، ثم شغّل ${i('npm run check')} من جديد. لا يُبنى الموقع ما دام في بلاغ خطأ.`,
  fixed: (path, from) =>
    `صُحّح: ${i(path)} (قُرئ بترميز ${i(from)}؛ صار ${i('UTF-8')} دون ${i('BOM')}، بنهايات أسطر ${i('LF')}، وبصيغة ${i('NFC')})`,
  build: {
    summary: ({ releases, drafts, errors, warnings, ms }) =>
      `فُحص ${count(releases, interfaceWords.releases)} في ${ms} ملّي ثانية: ${count(errors, ERRORS)}، ${count(warnings, WARNINGS)}؛ ${count(drafts, DRAFTS)} خارج الموقع.`,
    stopped: (command, n) =>
      `توقف ${command === 'build' ? 'البناء' : 'خادم التطوير'}: ${count(n, ERRORS)} في البلاغات، مسرودة أعلاه (الملف والسطر والحقل والحل). صحّحها ثم شغّل ${i('npm run check')} من جديد.`,
    draft: (file) => `مسودة، لم تُنشر: ${i(file)}`,
    skipped: (file, reason) => `تُرك: ${i(file)} (${i(reason)})`,
  },
  import: {
    paragraphs: (n, input) => `استُورد ${count(n, PARAGRAPHS)} من ${i(input)}`,
    translation: (n, input, lang) =>
      `استُورد ${count(n, PARAGRAPHS)} من ${i(input)} ترجمةً بلغة ${i(lang)}`,
    dateline: (city, phrase) =>
      `مكان الإصدار (${i('dateline')}): ${city}${phrase ? ` (من «${phrase}»)` : ''}`,
    removedDateline: (phrase) => `حُذف «${phrase}» من بداية الفقرة الأولى: الصفحة تعرض مكان الإصدار`,
    countries: (items) =>
      `الدول المقترحة، راجعها: ${items.length ? items.map((x) => i(x)).join('؛ ') : 'لم يُعثر على شيء'}`,
    homeCountry: (country, locale) =>
      `لم يُقترح: ${i(country)}، بلد الأرشيف نفسه (اللغة المحلية ${i(locale)})؛ أضفه إن كان البلاغ يخصه`,
    tags: (items) =>
      `الوسوم المقترحة من وسوم الأرشيف التي يذكرها النص، راجعها: ${items.length ? items.map((x) => i(x)).join('؛ ') : 'لم يُعثر على شيء'}`,
    alsoTags: (items) => `يذكر النص أيضًا من وسوم الأرشيف: ${items.map((x) => i(x)).join('؛ ')}`,
    imageSlot: (phrases) =>
      `مكان صورة ينتظر: انتهى النص بـ «${phrases.join('»، «')}»؛ انظر أسطر ${i('image:')} المعلّقة في رأس الملف`,
    imageSaved: (path, altFromWord) =>
      `حُفظت الصورة: ${i(path)}؛ ${altFromWord ? 'أُخذ نصها البديل من ملف Word: راجعه' : `اكتب نصها البديل (${i('alt')}) في رأس الملف`}`,
    published: `يُنشر في البناء القادم (${i('--publish')}): لم يُكتب سطر المسودة`,
    draft: `كُتب مسودةً (${i('draft: true')}): راجعه، ثم احذف ذلك السطر لنشره (أو استورد بـ ${i('--publish')})`,
  },
  new: {
    date: (day, zone) => `التاريخ: ${i(day)} (اليوم بتوقيت ${i(zone)})؛ مرّر ${i('--date')} لتغييره`,
    dateline: (city) => `مكان الإصدار: ${city} (كما في آخر بلاغ)؛ مرّر ${i('--dateline')} لتغييره`,
    issuer: (issuer) => `الجهة المصدرة: ${issuer}؛ مرّر ${i('--issuer')} لتغييرها`,
    future: (day) => `تنبيه: ${i(day)} في المستقبل`,
    placeholder: `اكتب النص مكان الجملة المؤقتة، ثم احذف السطر ${i('draft: true')} لنشره.`,
    translationPlaceholder: `اكتب الترجمة مكان الجملة المؤقتة، ثم احذف السطر ${i('draft: true')} لنشرها.`,
  },
  wordpress,
  usage,
  texts,
};
