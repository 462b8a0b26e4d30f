import { isolate as i } from '../arabic/bidi.ts';
import type { Said } from './types.ts';
import type { ArchiveValues, Change } from './archive-types.ts';

/**
 * The Arabic texts of the archive-wide checks (duplicates, aliases, the permalink guard, retired
 * addresses, tag variants, translations, the report's notes). Paths, addresses, field names and
 * code stay Latin, isolated (U+2068/U+2069) as in ar.ts; an alias is «عنوان قديم».
 */

const list = (items: readonly string[]) => items.map((x) => i(x)).join('، ');
const REMOVE_ALIAS = `احذفه من ${i('aliases')}`;
const RETIRED_EXAMPLE = i('- address: /releases/old-slug/\n  reason: "…"');
const when = ({ change, day }: Change) =>
  `${change === 'working tree' ? 'في نسخة العمل الحالية' : `في الإيداع ${i(change)}`} (${i(day)})`;
const ONLY = (fields: readonly string[]) =>
  `احذفه؛ لا تكتب الترجمة إلا ${list(fields)} (والنص البديل للصورة وتعليقها)`;

/** The Arabic archive-wide texts, spread into ar.ts's `texts`. */
export const archiveTexts: { [K in keyof ArchiveValues]: (v: ArchiveValues[K]) => Said } = {
  'duplicate.entry': ({ id, others }) => ({
    message: `ملفان للبلاغ نفسه ${i(id)}: ${list(others)}، ولن يُبقي البناء إلا واحدًا منهما`,
    fix: `احتفظ بواحد: البلاغ إما ${i('<name>.mdx')} وإما ${i('<name>/index.mdx')}`,
  }),
  'duplicate.url': ({ slug, others, published }) => ({
    message: `${published ? 'عنوانه' : 'سيكون عنوانه بعد نشره'} ${i(`/releases/${slug}/`)}، وهو عنوان ${list(others)} أيضًا`,
    fix: `غيّر اسم هذا المجلد (أو الملف) قبل نشره، أو اكتب له ${i('slug:')} آخر في رأس الملف؛ ولا تغيّر عنوان بلاغ منشور أبدًا`,
  }),
  'alias.claimed': ({ alias, others }) => ({
    message: `العنوان القديم ${i(alias)} مذكور أيضًا في ${list(others)}، والرابط القديم لا يقود إلا إلى بلاغ واحد`,
    fix: 'أبقه في البلاغ الذي نشره الموقع القديم بذلك العنوان، واحذفه من الآخر',
  }),
  'alias.own-address': ({ alias }) => ({
    message: `${i(alias)} عنوان هذا البلاغ نفسه، فلا حاجة إلى ذكره عنوانًا قديمًا`,
    fix: REMOVE_ALIAS,
  }),
  'alias.other-release': ({ alias, owner }) => ({
    message: `${i(alias)} عنوان بلاغ آخر (${i(owner)})، وإعادة التوجيه ستحجبه`,
    fix: REMOVE_ALIAS,
  }),
  'alias.outside-base': ({ alias, base }) => ({
    message: `${i(alias)} خارج المسار الأساسي للموقع ${i(base)}، فلا تجيب عنه أي صفحة من الأرشيف`,
    fix: `لا يعمل إلا بقواعد ${i('_redirects')} إن قرأها المضيف من جذر النطاق؛ أو اكتبه تحت ${i(base)}`,
  }),
  'alias.site-page': ({ alias, home }) => ({
    message: `${i(alias)} صفحة من صفحات الأرشيف نفسه${home ? ' (الصفحة الرئيسية)' : ''}، وإعادة التوجيه ستحل محلها`,
    fix: REMOVE_ALIAS,
  }),
  'permalink.moved': ({ path, old, slug, ...change }) => ({
    message: `نُشر هذا البلاغ بالعنوان ${i(path)} (الملف ${i(old)}) ونُقل ${when(change)}${slug ? ` إلى ${i(`/releases/${slug}/`)}` : ''}، فستنقطع الروابط إلى العنوان القديم`,
    fix: `أضف ${i(`aliases: [${path}]`)} ليحوَّل العنوان القديم إلى هنا، أو أعد إلى المجلد اسمه القديم`,
  }),
  'permalink.removed': ({ path, retired, ...change }) => ({
    message: `حُذف البلاغ المنشور بالعنوان ${i(path)} ${when(change)}، فستنقطع الروابط إليه`,
    fix: `أعد الملف (ولسحبه مع إبقاء صفحته أضف ${i('withdrawn: { date: YYYY-MM-DD, reason: "…" }')})؛ وللتخلي عن العنوان عمدًا اذكره في ${i(retired)} مع السبب`,
  }),
  'retired.not-list': () => ({
    message: `يجب أن يكون قائمة ${i('YAML')} بالعناوين المتروكة، مثل ${RETIRED_EXAMPLE}`,
  }),
  'retired.address': ({ item }) => ({
    message: `العنصر ${item} يحتاج ${i('address:')} يبدأ بـ ${i('/')}، مثل ${RETIRED_EXAMPLE}`,
  }),
  'retired.reason': ({ item, address }) => ({
    message: `العنصر ${item} (${i(address)}) يحتاج سطر ${i('reason:')} يذكر سبب التخلي عن العنوان`,
  }),
  'tag.variant': ({ spelling, preferred, sameTag, registry }) => ({
    message: sameTag
      ? `«${spelling}» صيغة أخرى للوسم الموجود «${preferred}» (صفحة الوسم نفسها، ويظهر «${preferred}»)`
      : `«${spelling}» يبدو صيغة أخرى للوسم الموجود «${preferred}»، لكنه سيأخذ صفحة وسم مستقلة`,
    fix: `اكتب «${preferred}» كما في البلاغات الأخرى${registry ? ` (أو أضف هذه الصيغة إلى ${i('tags.yaml')})` : ''}`,
  }),
  'translation.undeclared': ({ lang, languages }) => ({
    message: `ترجمة إلى ${i(lang)}، وهي لغة لم يعلنها الموقع (${languages.length ? list(languages) : 'لا لغات'})`,
    fix: `أضف ${i(`'${lang}'`)} إلى ${i('languages')} في ${i('archive.config.mjs')} (في الأرشيف قواميس واجهة لـ ${i('fr')} و${i('en')})، أو غيّر اسم الملف`,
  }),
  'translation.no-original': ({ original }) => ({
    message: `ترجمة بلا أصل: ${i(original)} غير موجود`,
    fix: `ضع الترجمة في مجلد البلاغ الذي تترجمه، باسمه (${i('index.mdx → index.fr.mdx')})`,
  }),
  'translation.no-frontmatter': () => ({
    message: `لا يبدأ الملف برأس الملف بين سطرين ${i('---')}`,
    fix: `ابدأ الملف بـ ${i('---')}، ثم ${i('title:')} بلغة الترجمة، ثم ${i('---')} والنص`,
  }),
  'translation.not-here': ({ fields }) => ({
    message: 'ليس حقلًا تكتبه الترجمة في هذا الموضع',
    fix: ONLY(fields),
  }),
  'translation.from-original': ({ fields }) => ({
    message: 'يؤخذ من البلاغ الأصلي لا من ترجمته',
    fix: ONLY(fields),
  }),
  'skipped.hidden': () => ({
    message: `مجلد أو ملف يبدأ اسمه بـ ${i('_')} أو ${i('.')} لا يُنشر أبدًا`,
  }),
  'note.no-git': () => ({
    message: `لم يُفحص ثبات العناوين: مجلد البلاغات ليس في مستودع ${i('git')}، فلا تُكتشف المجلدات التي غُيّرت أسماؤها`,
  }),
  'note.shallow': () => ({
    message: `فحص ثبات العناوين: سجل ${i('git')} مختصر (نسخة ${i('CI')} بعمق محدود)، فلا تُكتشف المجلدات التي غُيّرت أسماؤها قبله؛ اجلب السجل كله (${i('actions/checkout: fetch-depth: 0')})`,
  }),
};
