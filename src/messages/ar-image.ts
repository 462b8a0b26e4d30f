import { isolate as i } from '../arabic/bidi.ts';
import type { Texts } from './types.ts';

/**
 * The Arabic texts of the lead image (`image:` in the frontmatter: its file and its alt text),
 * spread into ar.ts's `texts`. Paths stay Latin, isolated (U+2068/U+2069) as there.
 */

/** An Arabic list: items isolated, joined with the Arabic comma. */
const list = (items: readonly string[]) => items.map((x) => i(x)).join('، ');
const ALT_FIX = 'صِف ما تُظهره الصورة لمن لا يراها';

/** The lead image's texts. */
export const imageTexts = {
  'image.not-object': () => ({
    message: `يُكتب بـ ${i('src')} و${i('alt')}، مثل ${i('image: { src: ./photo.jpg, alt: "…" }')}`,
  }),
  'image.src-missing': () => ({
    message: `ناقص: اذكر ملف الصورة الذي بجانب البلاغ، مثل ${i('src: ./photo.jpg')}`,
  }),
  'image.data-url': ({ start }) => ({
    message: `${i(`${start}…`)} صورة مكتوبة داخل النص (عنوان ${i('data:')}): احفظها ملفًّا في مجلد البلاغ واكتب ${i('src: ./photo.jpg')}`,
  }),
  'image.web-address': ({ src }) => ({
    message: `${i(src)} عنوان على الويب: احفظ الصورة في مجلد البلاغ واكتب ${i('src: ./photo.jpg')}`,
  }),
  'image.absolute': ({ src, name }) => ({
    message: `${i(src)} مسار مطلق: ضع الصورة بجانب البلاغ واكتب ${i(`src: ./${name}`)}`,
  }),
  'image.query': ({ src }) => ({
    message: `في ${i(src)} علامة ${i('?')} أو ${i('#')}، فيقرأ البناء الملف على غير أنه صورة: غيّر اسم الملف واكتب اسمه مجردًا`,
  }),
  'image.outside': ({ src, name }) => ({
    message: `${i(src)} خارج مجلد البلاغ: انسخ الصورة بجانب البلاغ واكتب ${i(`src: ./${name}`)}`,
  }),
  'image.svg': ({ src }) => ({
    message: `${i(src)} رسم ${i('SVG')} قد يحمل برامج: صدّره بصيغة ${i('.png')} (أو ${i('.jpg')} للصورة الفوتوغرافية)`,
  }),
  'image.type': ({ src, types }) => ({
    message: `${i(src)} ليس من أنواع الصور التي ينشرها الموقع (${list(types)}): صدّره بصيغة ${i('.jpg')} أو ${i('.png')}`,
  }),
  'image.no-file': ({ src, dir }) => ({
    message: `الملف ${i(src)} غير موجود بجانب البلاغ (${i(dir)}): انسخ الصورة إلى مجلد البلاغ بجانب ${i('index.mdx')}`,
  }),
  'image.no-file-case': ({ src, dir, found }) => ({
    message: `الملف ${i(src)} غير موجود بجانب البلاغ (${i(dir)})؛ في المجلد ${i(found)} (يختلف في حالة الأحرف، وخادم الويب يعدّهما ملفين مختلفين): اكتب ${i(`src: ./${found}`)}`,
  }),
  'image.no-file-others': ({ src, dir, files }) => ({
    message: `الملف ${i(src)} غير موجود بجانب البلاغ (${i(dir)})؛ الصور في ذلك المجلد: ${list(files)}. صحّح الاسم أو انسخ الصورة إليه`,
  }),
  'alt.missing': () => ({
    message: `ناقص: ${ALT_FIX}، مثل ${i('alt: "…"')}`,
  }),
  'alt.empty': () => ({ message: `فارغ: ${ALT_FIX}` }),
  'alt.placeholder': ({ alt }) => ({
    message: `${i(alt)} عبارة مؤقتة لا وصف: ${ALT_FIX}`,
  }),
  'alt.file-name': ({ alt }) => ({
    message: `${i(alt)} اسم ملف لا وصف: ${ALT_FIX}`,
  }),
} satisfies Partial<Texts>;
