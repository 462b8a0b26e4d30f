import { isolate as i } from '../arabic/bidi.ts';
import { countryName } from '../arabic/countries.ts';
import { plural } from '../arabic/plural.ts';
import { ar as interfaceWords } from '../i18n/ar.ts';
import { DRAFTS, ERRORS, FILES, IDS, IMAGES, POSTS, TIMES, WARNINGS } from './ar-forms.ts';
import type { Said } from './types.ts';
import type { PublishValues, WordPressWords } from './publish-types.ts';

/**
 * The Arabic texts of the publishing commands (refusals of `new` and `import`, the WordPress
 * migration's notes, reasons and summary). Options, paths, URLs and code stay Latin, isolated
 * (U+2068/U+2069) as in ar.ts; a WordPress post is «منشور», a release «بلاغ».
 */

const UPLOADS = `الخيار ${i('--uploads')} مطلوب: اذكر نسخة من مجلد ${i('wp-content/uploads')} للموقع (منه تُنسخ الصور وملفات ${i('PDF')})، مثل ${i('--uploads ~/backup/wp-content/uploads')}`;
const SLUG_FIX = `اختر عنوانًا آخر أو مرّر ${i('--slug other-name')}`;

/** The Arabic publishing texts, spread into ar.ts's `texts`. */
export const publishTexts: { [K in keyof PublishValues]: (v: PublishValues[K]) => Said } = {
  'cli.argument': ({ kind, value, detail }) => ({
    message:
      kind === 'unknown'
        ? `الخيار ${i(value)} غير معروف (الخيارات مسرودة أدناه)`
        : kind === 'missing'
          ? `الخيار ${i(value)} يحتاج قيمة بعده، مثل ${i(`${value} "…"`)}`
          : kind === 'no-value'
            ? `الخيار ${i(value)} لا يأخذ قيمة`
            : kind === 'positional'
              ? `لا يأخذ هذا الأمر ${i(value)} إلا بعد اسم خيار`
              : `في خيارات الأمر خطأ: ${i(detail)}`,
  }),
  'publish.one-file': () => ({ message: 'اذكر ملفًّا واحدًا للاستيراد' }),
  'publish.countries': ({ value, codes }) => ({
    message: `${i('--countries')}: ${i(value)} ليس رمز بلد من حرفين (${i('ISO 3166-1 alpha-2')}).${codes.length ? ` هل تقصد ${codes.map((c) => `${i(c)} (${countryName(c)})`).join('، ')}؟` : ''}`,
  }),
  'publish.date-required': () => ({
    message: `الخيار ${i('--date')} مطلوب: اذكر التاريخ المطبوع على البلاغ، مثل ${i('--date 2025-06-18')} (لا يخمّن الاستيراد تاريخًا أبدًا)`,
  }),
  'publish.date-invalid': ({ value, kind, month, days }) => ({
    message: `تاريخ ${i('--date')} غير صحيح: ${
      kind === 'type'
        ? 'ليس تاريخًا'
        : kind === 'format'
          ? `${i(value)} ليس مكتوبًا بالصيغة سنة-شهر-يوم (مثل ${i('2025-06-18')})، ويمكن أن يتبعه وقت ${i('HH:MM')}`
          : kind === 'day'
            ? `${i(value)} ليس تاريخًا موجودًا في التقويم (${days ? `في الشهر ${i(month)} ${days} يومًا` : `لا شهر ${i(month)}`})`
            : `في ${i(value)} وقت لا يوجد في اليوم`
    }`,
  }),
  'publish.no-slug': ({ slug, title }) => ({
    message: `تعذّر صنع رابط من ${slug ? `${i(`--slug "${slug}"`)}` : `العنوان «${title}»`}: مرّر ${i('--slug')} بحروف أو أرقام`,
  }),
  'publish.exists': ({ path }) => ({
    message: `${i(path)} موجود من قبل، ولم يُكتب شيء. ${SLUG_FIX}`,
  }),
  'publish.url-taken': ({ path, slug }) => ({
    message: `للبلاغ ${i(path)} الرابط ${i(`/releases/${slug}/`)} من قبل، ولم يُكتب شيء. مرّر ${i('--slug other-name')}`,
  }),
  'publish.title-required': () => ({
    message: `الخيار ${i('--title')} مطلوب، مثل ${i('--title')} "حموشي يبحث مع سفراء … تعزيز التعاون الأمني"`,
  }),
  'publish.dateline-required': () => ({
    message: `الخيار ${i('--dateline')} مطلوب في أرشيف فارغ (المدينة التي يصدر منها البلاغ)، مثل ${i('--dateline')} الرباط`,
  }),
  'import.unreadable': ({ input, reason }) => ({
    message: `تعذّرت قراءة ${i(input)}: ${i(reason)}`,
  }),
  'import.no-title': () => ({
    message: `لا سطر عنوان في النص (سطره الأول فقرة): اذكر العنوان بـ ${i('--title "…"')}`,
  }),
  'import.no-dateline': () => ({
    message: `لم يُعثر على مكان الإصدار في مطلع النص (مثل «اليوم الأربعاء بالرباط»): اذكره بـ ${i('--dateline')} الرباط`,
  }),
  'translation.no-title': () => ({
    message: `السطر الأول ليس عنوانًا قصيرًا: مرّر ${i('--title "…"')}`,
  }),
  'translation.lang': ({ languages }) => ({
    message: `يجب أن يكون ${i('--lang')} لغة يعلنها الموقع (${i('languages')} في ${i('archive.config.mjs')}: ${languages.length ? languages.map((l) => i(l)).join('، ') : 'لا لغة بعد'})، مثل ${i('--lang fr')}`,
  }),
  'translation.of': ({ value }) => ({
    message: `${i('--translation-of')}: لا بلاغ رابطه أو مساره ${i(value)}؛ اكتب اسم مجلده، مثل ${i('--translation-of rabat-security-talks')}`,
  }),
  'translation.exists': ({ path }) => ({
    message: `${i(path)} موجود من قبل: عدّله هو (لم يُستبدل شيء)`,
  }),
  'translation.title-required': () => ({
    message: `الخيار ${i('--title')} مطلوب: عنوان البلاغ بلغة الترجمة`,
  }),
  'wp.uploads-required': () => ({ message: UPLOADS }),
  'wp.uploads-missing': ({ uploads }) => ({
    message: `${i(`--uploads ${uploads}`)}: لا مجلد بهذا الاسم. ${UPLOADS}`,
  }),
  'wp.time-zone': ({ zone }) => ({
    message: `${i(`--wp-time-zone ${zone}`)} ليس منطقة زمنية من ${i('IANA')}: اكتب المنطقة المذكورة في إعدادات ووردبريس العامة (${i('Settings → General')})، مثل ${i('Africa/Casablanca')}`,
  }),
  'wp.slug-cut': ({ slug }) => ({
    message: `قطع ووردبريس الرابط المختصر عند 200 بايت؛ رابط البلاغ المختصر ${i(slug)}`,
  }),
  'wp.dateline-removed': ({ phrase }) => ({
    message: `حُذف «${phrase}» من بداية الفقرة الأولى: إنه مكان الإصدار`,
  }),
  'wp.no-dateline': () => ({
    message: `لا مكان إصدار في النص: أضف ${i('dateline:')} (أو استورد بـ ${i('--dateline')})`,
  }),
  'wp.no-alt': () => ({
    message: `لا نص بديلًا للصورة البارزة في ووردبريس: اكتب ${i('image.alt')}`,
  }),
  'wp.password': () => ({
    message: 'كان المنشور محميًّا بكلمة سر في ووردبريس: استُورد مسودةً',
  }),
  'wp.caption': () => ({ message: `حُوّل ${i('[caption]')} إلى صورة يليها تعليقها` }),
  'wp.gallery': ({ images, missing }) => ({
    message: `حُوّل ${i('[gallery]')} إلى ${plural(images, IMAGES)}${missing > 0 ? `؛ ${plural(missing, IDS)} غير موجود في ملف التصدير` : ''}`,
  }),
  'wp.embed': ({ url }) => ({ message: `حُوّل ${i(`[embed] ${url}`)} إلى رابط` }),
  'wp.media': ({ tag, url }) => ({
    message: `حُوّل ${i(`[${tag}] ${url}`)} إلى رابط إلى الملف`,
  }),
  'wp.shortcode': ({ shortcode }) => ({
    message: `حُذف ${i(shortcode)} (رمز قصير من إضافة): أضف محتواه يدويًّا إن لزم`,
  }),
  'wp.element': ({ tag, src }) => ({
    message: src
      ? `استُبدل بالعنصر ${i(`<${tag}> ${src}`)} رابطٌ إليه`
      : `حُذف العنصر ${i(`<${tag}>`)} لأنه بلا عنوان`,
  }),
  'wp.element-removed': ({ tag, count }) => ({
    message: `حُذف العنصر ${i(`<${tag}>`)} (${plural(count, TIMES)})`,
  }),
  'wp.foreign-image': ({ src }) => ({ message: `تُركت صورة من موقع آخر: ${i(src)}` }),
  'wp.slug-taken': ({ slug, written }) => ({
    message: `${i(`/releases/${slug}/`)} عنوان بلاغ آخر: كُتب باسم ${i(written)}`,
  }),
  'wp.linked': ({ path }) => ({
    message: `يربط النص بـ ${i(path)} على عنوانه القديم؛ الملف في ${i('attachments')} (وجّه الرابط إلى الصفحة الجديدة حين تُنشر المرفقات)`,
  }),
  'wp.image-no-alt': ({ local }) => ({
    message: `لا نص بديلًا للصورة ${i(local)} في النص: صِفها في ${i(`![…](${local})`)}`,
  }),
  'wp.already': ({ path }) => ({ message: `مستورد من قبل: ${i(path)}` }),
  'wp.trash': () => ({ message: 'في سلة مهملات ووردبريس' }),
  'wp.auto-draft': () => ({ message: 'مسودة آلية أنشأها ووردبريس ولم يُكتب فيها شيء' }),
  'wp.untitled': () => ({ message: 'المنشور بلا عنوان' }),
  'wp.no-date': ({ value }) => ({
    message: `لا تاريخ صالحًا (${value ? i(value) : 'لا تاريخ'})`,
  }),
  'wp.taken': ({ slug, other }) => ({
    message: `العنوانان ${i(`/releases/${slug}/`)} و${i(`/releases/${other}/`)} لبلاغين آخرين`,
  }),
};

/** The Arabic summary of a WordPress migration. */
export const wordpress: WordPressWords = {
  read: (site, version, posts) =>
    `ملف تصدير ووردبريس للموقع ${site ? i(site) : '(بلا عنوان)'} (${i(`WXR ${version}`)}): قُرئ ${plural(posts, POSTS)}`,
  written: ({ written, drafts, copied }) =>
    `كُتب ${plural(written, interfaceWords.releases)}، منها ${plural(drafts, DRAFTS)} (لم تُنشر في ووردبريس أيضًا)؛ ونُسخ ${plural(copied, FILES)} بجانبها`,
  draft: '  (مسودة)',
  skipped: (n) => `تُرك ${plural(n, POSTS)}`,
  skippedPost: (id, title, reason) => `  المنشور ${i(id)} «${title}»: ${reason}`,
  missing: (n) => `ملفات ناقصة (ليست في مجلد ${i('--uploads')}): ${plural(n, FILES)}`,
  missingFile: (path, file) =>
    `  ${i(path)}  (لـ ${i(file)}؛ يبقى في النص عنوانه القديم حتى تنسخه)`,
  refused: (n) => `ملفات لم تُرفق لأن الأرشيف لا ينشر نوعها: ${plural(n, FILES)}`,
  refusedFile: (path, file) =>
    `  ${i(path)}  (لـ ${i(file)}؛ احفظه بصيغة ${i('PDF')} وأضفه إلى ${i('attachments')})`,
  others: (types) =>
    `ليست بلاغات ولم تُستورد: ${types.length ? types.map((t) => i(t)).join('، ') : 'لا شيء'} (الصفحات ومكتبة الوسائط والقوائم وأنواع المحتوى الأخرى)`,
  oldAddresses: `العناوين القديمة: يسرد كل بلاغ عناوينه في ووردبريس تحت ${i('aliases:')} (مسار ${i('<link>')} و${i('?p=<id>')})؛ لا تُبنى منها إعادات توجيه بعد، فتذكّر روابط الموقع القديم حتى تُبنى`,
  check: (errors, warnings) =>
    errors
      ? `فحص البلاغات المكتوبة: ${plural(errors, ERRORS)}، ${plural(warnings, WARNINGS)}: صحّحها (مسرودة أعلاه) قبل البناء`
      : `فحص البلاغات المكتوبة: لا أخطاء، ${plural(warnings, WARNINGS)}`,
};

/**
 * The usage lines of the commands: each command line stays Latin and isolated on its own line,
 * the placeholders in Arabic; the line before it says what it does.
 */
export const usage = {
  check: `الاستعمال: ${i('npm run check [-- --fix] [-- --dir releases] [-- --lang ar|en]')}`,
  new: [
    `الاستعمال: بلاغ جديد: ${i('npm run new -- --title "عنوان البلاغ" [--date 2025-06-18] [--countries GB,GA] [--tags "وسم، وسم"] [--dateline الرباط] [--issuer "…"] [--slug name] [--messages ar|en]')}`,
    `ترجمة بلاغ موجود: ${i('npm run new -- --translation-of <slug> --lang fr --title "Titre" [--dateline Rabat]')}`,
  ].join('\n'),
  import: [
    `الاستعمال: استيراد بلاغ من ملف نص أو ${i('Word')}: ${i('npm run import -- <ملف.txt|ملف.docx> --date 2025-06-18 [--title "…"] [--dateline الرباط] [--issuer "…"] [--countries GB,GA] [--tags "…، …"] [--slug name] [--publish] [--messages ar|en]')}`,
    `استيراد ترجمة: ${i('npm run import -- <ترجمة.txt|.docx> --translation-of <slug> --lang fr [--title "…"] [--publish]')}`,
    `نقل موقع ${i('WordPress')}: ${i('npm run import -- <ملف-التصدير.xml> --uploads <نسخة من wp-content/uploads> [--dateline الرباط] [--issuer "…"] [--wp-time-zone Africa/Casablanca]')}`,
  ].join('\n'),
};
