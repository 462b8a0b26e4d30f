import { isolate as i } from '../arabic/bidi.ts';
import type { Said } from './types.ts';
import type { CheckValues } from './check-types.ts';

/**
 * The Arabic texts of the body, image-file and file-name checks. Code, tags, attributes, names
 * and paths stay Latin, isolated (U+2068/U+2069) as in ar.ts.
 */

const ESCAPE_FIX = `لإظهار الحرف نفسه اكتب قبله شرطة مائلة عكسية: ${i('\\{ \\} \\< \\>')} (يفعل ذلك ${i('npm run import')} تلقائيًّا)`;
const rename = (name: string) =>
  name ? `غيّر اسمه إلى ${i(name)}` : `غيّر اسمه إلى حروف وأرقام و${i('-')} فقط`;
const WINDOWS = 'فلا يستطيع الزملاء على ويندوز تنزيل الأرشيف';
const NOT_RUN = 'ولا شيء في البلاغ يُسمح له بأن يعمل';
const IMAGE_FIX = `انسخ الصورة نفسها إلى مجلد البلاغ`;
const EXPORT = `أعد تصديرها بعرض ${i('4000 px')} على الأكثر`;

/** The Arabic check texts, spread into ar.ts's `texts`. */
export const checkTexts: { [K in keyof CheckValues]: (v: CheckValues[K]) => Said } = {
  'mdx.esm': ({ value }) => ({
    message: `فقرة تبدأ بـ ${i('import')} أو ${i('export')} تُقرأ شيفرةً برمجية: ${i(value)}`,
    fix: `أعد صياغة بداية الفقرة، أو اكتب ${i('\\import')}`,
  }),
  'mdx.expression': ({ value }) => ({
    message: `${i(`{${value}}`)} يُقرأ شيفرةً برمجية (تعبير ${i('MDX')}) ولا يظهر نصًّا`,
    fix: ESCAPE_FIX,
  }),
  'mdx.attribute-expression': ({ name, value }) => ({
    message: `في الخاصية ${i(`${name}={${value}}`)} شيفرة برمجية (تعبير ${i('MDX')})، ${NOT_RUN}`,
    fix: `اكتب قيمة عادية بين علامتي تنصيص، مثل ${i(`${name}="…"`)}، أو احذف الخاصية`,
  }),
  'mdx.spread': ({ name, value }) => ({
    message: `${i(`<${name} {${value}}>`)} يُدخل شيفرة برمجية في خصائص العنصر، ${NOT_RUN}`,
    fix: `احذف ${i('{…}')} من الوسم`,
  }),
  'mdx.component': ({ name }) => ({
    message: `${i(`<${name}>`)} ليس عنصرًا يتيحه الأرشيف: البلاغات نص و${i('Markdown')} وعناصر ${i('HTML')} قليلة، بلا مكوّنات`,
    fix: `احذف ${i(`<${name}>`)} و${i(`</${name}>`)} واترك النص، أو اكتب ${i(`\\<${name}>`)} لإظهاره نصًّا`,
  }),
  'mdx.dangerous-element': ({ name }) => ({
    message: `${i(`<${name}>`)} غير مسموح به في البلاغ: سيشغّل شيئًا أو يحمّله أو يضمّنه أو يغيّر مظهره في متصفحات القرّاء، فيُحذف بكل ما في داخله`,
    fix: `احذف العنصر ${i(`<${name}>`)}؛ ولإظهار الوسم نصًّا اكتب ${i(`\\<${name}>`)}`,
  }),
  'mdx.event-handler': ({ name, value }) => ({
    message: `الخاصية ${i(`${name}="${value}"`)} معالج أحداث يشغّل برامج في متصفحات القرّاء`,
    fix: 'احذف الخاصية',
  }),
  'mdx.unsafe-url': ({ name, value }) => ({
    message: `العنوان ${i(`${name}="${value}"`)} ليس رابط ويب أو بريد أو هاتف (لا يُنشر إلا ${i('https: http: mailto: tel:')} والعناوين النسبية): قد يشغّل برنامجًا عند النقر عليه`,
    fix: `اربط بصفحة ويب (${i('https://…')})، أو احذف الرابط`,
  }),
  'mdx.image-source': ({ value, types }) => ({
    message: `الصورة ${i(value)} ليست ملفًّا من ملفات هذا البلاغ: صورة النص ملف صورة (${types.map((t) => i(t)).join('، ')}) في مجلد البلاغ، يُكتب بمسار نسبي`,
    fix: `انسخ الصورة إلى مجلد البلاغ واكتب ${i('![ما تُظهره الصورة](./photo.jpg)')}`,
  }),
  'mdx.html-image': () => ({
    message: `صورة مكتوبة بـ ${i('HTML')} (${i('<img>')}) لا يُغيَّر حجمها ولا تُحوَّل، فتظهر معطوبة`,
    fix: `اكتبها ${i('![ما تُظهره الصورة](./photo.jpg)')}`,
  }),
  'mdx.unwrapped-element': ({ name }) => ({
    message: `${i(`<${name}>`)} ليس عنصرًا ينشره الأرشيف: يُحذف الوسم ويبقى نصه`,
    fix: `احذف ${i(`<${name}>`)} و${i(`</${name}>`)}`,
  }),
  'mdx.removed-attribute': ({ name, value }) => ({
    message: `الخاصية ${i(`${name}="${value}"`)} لا تُنشر وتُحذف (أسلوب الأرشيف نفسه يحدد مظهر البلاغات)`,
    fix: 'احذف الخاصية',
  }),
  'mdx.unreadable': ({ reason }) => ({
    message: `تعذّرت قراءة النص بصيغة ${i('MDX')}: ${i(reason)}`,
    fix: ESCAPE_FIX,
  }),
  'image-file.symlink': ({ name }) => ({
    message: `الصورة ${i(name)} رابط رمزي لا ملف صورة: سيقرأ البناء ما يشير إليه أيًّا كان. ${IMAGE_FIX}`,
  }),
  'image-file.not-file': ({ name }) => ({ message: `الصورة ${i(name)} ليست ملفًّا` }),
  'image-file.outside': ({ name }) => ({
    message: `يُوصل إلى الصورة ${i(name)} عبر مجلد مرتبط خارج مجلد البلاغ: ${IMAGE_FIX}`,
  }),
  'image-file.bytes': ({ name, mb, max }) => ({
    message: `حجم الصورة ${i(name)} ${mb} ميغابايت، والحد ${max} ميغابايت. ${EXPORT} (جودة ${i('JPEG')} 85 تكفي)`,
  }),
  'image-file.unreadable': ({ name }) => ({
    message: `الصورة ${i(name)} ليست صورة يستطيع الموقع قراءتها (محتواها ليس ${i('JPEG, PNG, WebP, AVIF, GIF, TIFF')} أيًّا كان اسمها). أعد تصديرها بصيغة ${i('.jpg')} أو ${i('.png')}`,
  }),
  'image-file.format': ({ name, format }) => ({
    message: `الصورة ${i(name)} ملف ${i(format || 'unknown')}، وليست من أنواع الصور التي ينشرها الموقع: صدّرها بصيغة ${i('.jpg')} أو ${i('.png')}`,
  }),
  'image-file.pixels': ({ name, width, height, mp, max }) => ({
    message: `أبعاد الصورة ${i(name)} ${i(`${width} × ${height}`)} بكسل (${mp} ميغابكسل)، والحد ${max} ميغابكسل. ${EXPORT}`,
  }),
  'image-file.damaged': ({ name, detail }) => ({
    message: `تعذّر فك ترميز الصورة ${i(name)} إلى آخرها${detail ? ` (${i(detail)})` : ''}: الملف تالف أو ناقص. انسخه أو صدّره من جديد`,
  }),
  'image-file.error': ({ name, reason }) => ({
    message: `تعذّرت قراءة الصورة ${i(name)} (${i(reason)})`,
  }),
  'file-name.character': ({ name, char, kind, rename: to }) => ({
    message: `في الاسم ${i(name)} ${
      kind === 'address'
        ? `الحرف ${i(char)} الذي يُنهي عنوان الويب: لا يستطيع البناء قراءة ما في داخله`
        : kind === 'windows'
          ? `الحرف ${i(char)} الذي لا يسمح به ويندوز في أسماء الملفات، ${WINDOWS}`
          : `حرف تحكم غير مرئي (${i(char)})`
    }`,
    fix: rename(to),
  }),
  'file-name.trailing': ({ name, rename: to }) => ({
    message: `ينتهي الاسم ${i(name)} بمسافة أو نقطة يحذفها ويندوز، ${WINDOWS}`,
    fix: rename(to),
  }),
  symlink: () => ({
    message:
      'رابط رمزي: سيقرأ البناء ما يشير إليه أيًّا كان، وربما كان خارج الأرشيف (برنامجًا أو ملفًّا خاصًّا)',
    fix: 'ضع الملف نفسه مكان الرابط (انسخ الملف إلى مجلد البلاغ)',
  }),
};
