import { isolate as i } from '../arabic/bidi.ts';
import { plural } from '../arabic/plural.ts';
import { CONTROL_CHARACTERS, DAMAGED_BYTES } from './ar-forms.ts';
import type { Said } from './types.ts';
import type { FileAction, FileValues } from './file-types.ts';

/**
 * The Arabic texts about one file as a whole (size, name, encoding, control characters, PDF
 * attachments, the checks' own failures, rarer schema shapes, system errors). Paths, code,
 * encodings and error codes stay Latin, isolated (U+2068/U+2069) as in ar.ts.
 */

const list = (items: readonly string[]) => items.map((x) => i(x)).join('، ');
const FIX = `شغّل ${i('npm run check -- --fix')} ليُعاد حفظ الملف، أو`;
const UTF8 = `احفظه في محرّرك بترميز ${i('UTF-8')}`;
const CONTROL_FIX =
  'احذف الحرف غير المرئي (في أغلب المحرّرات: ضع المؤشر بعده واضغط مفتاح الحذف للخلف)، أو أعد كتابة الكلمة';
/** The verb after a count of control characters: one, two, or more (agreement). */
const verb = (n: number, one: string, two: string, more: string) =>
  n === 1 ? one : n === 2 ? two : more;
const lines = (items: readonly string[]) =>
  `${items.length === 1 ? 'السطر' : 'الأسطر'} ${items.join('، ')}`;
const ACTIONS: Record<FileAction, string> = {
  read: 'تعذّرت قراءة',
  write: 'تعذّرت الكتابة في',
  open: 'تعذّر فتح',
};
/** What the system's error code means (POSIX errno names, as Node reports them). */
const CODES: Record<string, string> = {
  ENOENT: 'الملف أو المجلد غير موجود',
  EACCES: 'لا إذن لك بذلك',
  EPERM: 'لا يسمح النظام بذلك',
  EISDIR: 'هذا مجلد لا ملف',
  ENOTDIR: 'جزء من المسار ملف لا مجلد',
  EEXIST: 'الملف موجود من قبل',
  ENOSPC: 'لا مساحة باقية على القرص',
  EROFS: 'القرص للقراءة فقط',
  EMFILE: 'فُتحت ملفات كثيرة في وقت واحد؛ أعد المحاولة',
  EBUSY: 'الملف مشغول ببرنامج آخر',
  ENAMETOOLONG: 'الاسم أطول مما يسمح به النظام',
};

/** The Arabic file texts, spread into ar.ts's `texts`. */
export const fileTexts: { [K in keyof FileValues]: (v: FileValues[K]) => Said } = {
  'file.too-big': ({ kb, maxKb }) => ({
    message: `حجم الملف ${kb} كيلوبايت، والبلاغ نص لا يتجاوز ${maxKb} كيلوبايت`,
    fix: 'اترك في الملف نص البلاغ وحده، وضع الصور بجانبه ملفاتٍ مستقلة',
  }),
  'file.name-no-letters': ({ name }) => ({
    message: `لا حروف ولا أرقام في الاسم ${i(name)} يُصنع منها عنوان على الويب`,
    fix: 'سمِّ المجلد أو الملف بكلمات من العنوان',
  }),
  'file.name-too-long': ({ start, bytes, max }) => ({
    message: `الاسم «${start}…» يصنع عنوانًا على الويب طوله ${bytes} بايت، وأنظمة الملفات تسمح بـ ${max} لاسم المجلد (نحو 120 حرفًا عربيًّا)`,
    fix: 'سمِّ المجلد أو الملف بكلمات قليلة من العنوان',
  }),
  'file.not-release': ({ importable, path }) => ({
    message: `يبدو هذا الملف بلاغًا لكن البناء لا يقرؤه (البلاغات ملفات ${i('.mdx')} و${i('.md')} وحدها)`,
    fix: importable
      ? `حوّله إلى بلاغ بالأمر ${i(`npm run import -- "${path}" --date YYYY-MM-DD`)}، ثم احذفه`
      : `غيّر اسمه إلى ${i('index.mdx')} (بامتداد بأحرف صغيرة)، أو انقله خارج مجلد البلاغات`,
  }),
  'file.internal': ({ reason }) => ({
    message: `لم يُكمل الفحص قراءة هذا الملف (${i(reason)})؛ فُحصت البلاغات الأخرى`,
    fix: 'أبلغ القائم على الأرشيف بهذه الرسالة، وابحث في الأثناء عن أي شيء غير معتاد في الملف',
  }),
  'control.frontmatter': ({ count, names }) => ({
    message: `في رأس الملف ${plural(count, CONTROL_CHARACTERS)} (${list(names)})، ${verb(count, 'لا يسمح به', 'لا يسمح بهما', 'لا يسمح بها')} ${i('YAML')} و${verb(count, 'يُفسد', 'يُفسدان', 'تُفسد')} خلاصات ${i('RSS')}`,
    fix: CONTROL_FIX,
  }),
  'control.body': ({ count, names }) => ({
    message: `في النص ${plural(count, CONTROL_CHARACTERS)} (${list(names)})، ${verb(count, 'يُحذف', 'يُحذفان', 'تُحذف')} من البلاغ المنشور`,
    fix: CONTROL_FIX,
  }),
  'control.escape': ({ names }) => ({
    message: `في القيمة حرف تحكم غير مرئي (${list(names)}) مكتوب بتسلسل هروب مثل ${i('"\\0"')} أو ${i('"\\x07"')}، ويُفسد خلاصات ${i('RSS')}`,
    fix: 'احذف تسلسل الهروب من القيمة',
  }),
  'pdf.unreadable': ({ src, reason }) => ({
    message: `${i(src)} ليس ملف ${i('PDF')} مقروءًا (${i(reason)})`,
    fix: `صدّر الوثيقة بصيغة ${i('PDF')} من جديد وضعها مكان الملف`,
  }),
  'pdf.metadata': ({ src, fields, values }) => ({
    message: `يُخبر ملف ${i('PDF')} ${i(src)} كل من ينزّله بـ: ${fields.map((f, n) => (f === 'XMP' ? `كتلة بيانات ${i('XMP')}` : i(`${f} "${values[n]}"`))).join('، ')}`,
    fix: `إن كان ذلك أكثر مما يريد المكتب نشره فامسحه قبل النشر: من خصائص الوثيقة في البرنامج الذي صنع الملف، أو بـ ${i('exiftool -all:all= file.pdf')} ثم ${i('qpdf --linearize file.pdf clean.pdf')} (الذي يحذف ما يخفيه ${i('exiftool')} فقط)`,
  }),
  'encoding.utf16': () => ({
    message: `الملف محفوظ بترميز ${i('UTF-16')} (ما يسميه المفكرة في ويندوز ${i('"Unicode"')})، لا ${i('UTF-8')}`,
    fix: `${FIX} ${UTF8}`,
  }),
  'encoding.windows-1256': () => ({
    message: `الملف ليس محفوظًا بترميز ${i('UTF-8')} (ترميزه ${i('Windows-1256')} العربي)`,
    fix: `${FIX} ${UTF8}`,
  }),
  'encoding.damaged': ({ bytes, lines: at }) => ({
    message: `في ${lines(at)} ${plural(bytes, DAMAGED_BYTES)} خارج ترميز ${i('UTF-8')}، وباقي الملف صحيح: هذه حروف تالفة، ولن يخمّنها ${i('--fix')}`,
    fix: `أعد كتابة الحروف التالفة في هذه الأسطر (تظهر ${i('�')} أو رموزًا غريبة)، ثم ${UTF8}`,
  }),
  'encoding.unknown': () => ({
    message: `الملف ليس محفوظًا بترميز ${i('UTF-8')}، ولا يُعرف ترميزه يقينًا، فلا يغيّره ${i('--fix')}`,
    fix: `افتح الملف في محرّرك و${UTF8} (أو الصق النص في ملف جديد تصنعه بـ ${i('npm run new')})`,
  }),
  'encoding.bom': () => ({
    message: `يبدأ الملف بعلامة ترتيب البايتات (${i('BOM')})، وقد تُخفي رأس الملف`,
    fix: `${FIX} ${UTF8} (لا ${i('"UTF-8 with BOM"')})`,
  }),
  'encoding.crlf': () => ({
    message: `نهايات الأسطر في الملف على طريقة ويندوز (${i('CRLF')})`,
    fix: `${FIX} اضبط محرّرك على نهايات الأسطر ${i('LF')} (${i('git: core.autocrlf=input')})`,
  }),
  'encoding.nfd': () => ({
    message: `في الملف نص يونيكود مفكّك (${i('NFD')})، كهمزة أو شدة محفوظة علامةً منفصلة، فيعدّه البحث والروابط كلمة أخرى`,
    fix: `${FIX} مرّر النص عبر محرّر يحفظ بصيغة ${i('NFC')}`,
  }),
  'encoding.not-fixed-damaged': ({ path, bytes, lines: at }) => ({
    message: `لم يُصحَّح ${i(path)}: في ${lines(at)} ${plural(bytes, DAMAGED_BYTES)}؛ أعد كتابة تلك الحروف و${UTF8}`,
  }),
  'encoding.not-fixed-unknown': ({ path }) => ({
    message: `لم يُصحَّح ${i(path)}: لا يُعرف ترميزه يقينًا؛ ${UTF8}`,
  }),
  'corrections.item': () => ({
    message: `كل تصحيح يُكتب ${i('{ date: 2025-06-19, note: "…" }')}`,
  }),
  'corrections.not-list': () => ({
    message: `يجب أن يكون قائمة، مثل ${i('corrections: [{ date: 2025-06-19, note: "صُحّح اسم المدينة" }]')}`,
  }),
  'withdrawn.not-object': () => ({
    message: `يُكتب ${i('{ date: YYYY-MM-DD, reason: "…" }')}، مثل ${i('withdrawn: { date: 2025-06-20, reason: "…" }')}`,
  }),
  'aliases.not-list': () => ({
    message: `يجب أن يكون قائمة مسارات، مثل ${i('aliases: [/2023/05/12/old-address/]')}`,
  }),
  'attachments.item': () => ({
    message: `كل مرفق يُكتب ${i('{ src: ./file.pdf, title: "…" }')}`,
  }),
  'attachments.not-list': () => ({
    message: `يجب أن يكون قائمة، مثل ${i('attachments: [{ src: ./release.pdf, title: "نص البلاغ" }]')}`,
  }),
  'translation.image': () => ({
    message: `يُكتب ${i('{ alt: "…", caption: "…" }')} (ملف الصورة هو ملف البلاغ الأصلي)`,
  }),
  'system.file': ({ code, path, action }) => ({
    message: `${ACTIONS[action]} ${i(path)}: ${CODES[code] ?? 'رفض النظام العملية'} (${i(code)})`,
  }),
};
