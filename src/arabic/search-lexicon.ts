/**
 * What the search's affix rules (clitics.ts, suffixes.ts) cannot tell from the letters alone,
 * written once from the language, not from any archive: a word's result never depends on which
 * other releases exist (docs/search.md, "The model").
 *
 * Both lists hold words as a publisher spells them; `search-fold.ts` folds them into keys (hamza,
 * ة/ه, ى/ي as in fold.ts). A word is listed only when the rule would turn it into a *different*
 * word that a reader may search (the other word is given in the comment), or, for countries, when
 * it is a word of a country's name in CLDR ({@link COUNTRY_WORDS}, generated).
 */
import { COUNTRY_WORDS } from './search-countries.ts';

export { COUNTRY_WORDS };

/**
 * Words whose first letter looks like the proclitic و, ب or ل (or whose start looks like وال)
 * but belongs to the root, while the rest is another word: the proclitic is never removed from
 * them, nor from their inflected forms (وزارات, لجان…).
 */
export const ROOT_INITIAL: readonly string[] = [
  // و of the root (the other word after the arrow)
  'وزير', // زير
  'وزارة', // زارة
  'وجهة', // جهة (region): «وجهات النظر», not «و جهات»
  'وحدة', // حدة
  'وسائل', // سائل
  'وسيلة', // سيلة
  'والي', // الي (= إلى once hamza is folded)
  'والد', // الد
  'والدة', // the article reading gives دة
  'والدين', // the article reading gives دين (religion)
  'والدان',
  'ورقة', // رقة
  'وفاة', // فاة
  'وكيل', // كيل
  'وجود', // جود
  'وصفة', // صفة
  'واحد', // احد (أحد)
  'واحدة', // احدة (إحدى)
  'وادي', // ادي (أدى)
  'وسام', // سام
  'وقاية', // قاية
  'ولاء', // لاء
  'وثائق', // ثائق
  'وجبة', // جبة
  // ب of the root
  'بطاقة', // طاقة (energy)
  'بلدية', // لدية (لديه)
  'بنية', // نية
  'بحيرة', // حيرة
  'بذلة', // ذلة
  'بركة', // ركة
  'بارز', // ارز (أرز)
  'بحار', // حار
  'بحري', // حري
  'بعثة', // عثة
  'بداية', // داية
  'بناء', // ناء
  'بيان', // يان, and «بيانات» must stay «بيان»
  'بريد', // ريد
  // ل of the root
  'لجنة', // جنة
  'لجان', // جان
  'لحظة', // حظة
  'لقاء', // قاء
  'لقطة', // قطة
  'لمسة', // مسة
  'لباس', // باس (بأس)
  'لوائح', // وائح
  'ليلة', // يلة
  'لاعب', // اعب
];

/**
 * Words that end like an inflection suffix (dual or plural ان ين ون ات, the pronouns ها هم هما نا,
 * an accusative alef) whose ending belongs to the word, while the cut form is another word:
 * they are never cut. Numbers whose cut form is another number; names and nouns by the same test.
 * Country names come from {@link COUNTRY_WORDS}.
 */
export const STEM_FINAL: readonly string[] = [
  // Country names are all kept (COUNTRY_WORDS, from CLDR: لبنان is not لبن, البحرين not بحر)
  'ألمان', // الم (ألم, pain): «الألمان»
  // tens (the cut form is the unit): عشرين → عشر (ون keeps 4 letters: عشرون is safe)
  'عشرين',
  'ثلاثين',
  'أربعين',
  'خمسين',
  'ستين',
  'سبعين',
  'ثمانين',
  'تسعين',
  // nouns and names whose ending is part of the word
  'شعبان', // شعب (people): the Hijri month
  'إنسان', // انس (name)
  'سليمان', // سليم (name)
  'سلمان', // سلم
  'عمران', // عمر
  'عدنان', // عدن (Aden)
  'نعمان', // نعم
  'ياسين', // ياس (يأس)
  'قطران', // قطر (Qatar)
  'مسكين', // مسك
];

/**
 * Words the search keeps exactly as written, without clitics or suffixes removed, because the
 * cut form is a very frequent other word: الله (→ له), الآن (→ أن/إن).
 */
export const KEEP_WHOLE: readonly string[] = ['الله', 'الآن'];
