/**
 * Synthetic Arabic vocabulary for the benchmark corpus. Words are derived from triliteral roots and
 * common morphological patterns (فاعل، مفعول، تفعيل، استفعال …), so word lengths and letter
 * frequencies look like Modern Standard Arabic news prose without copying any real text.
 * Everything here is deterministic (no randomness): the generator samples from these lists.
 */

/** Triliteral roots, one string of three letters each. */
const ROOTS = [
  'كتب',
  'عمل',
  'قرر',
  'حكم',
  'شرك',
  'نظم',
  'علم',
  'أمن',
  'حفظ',
  'صلح',
  'رقب',
  'درس',
  'بحث',
  'عقد',
  'نفذ',
  'شرف',
  'جمع',
  'قدم',
  'طلب',
  'حقق',
  'سلم',
  'علن',
  'قبل',
  'صدر',
  'رسل',
  'نشر',
  'خدم',
  'تبع',
  'حمل',
  'دعم',
  'طور',
  'وجه',
  'وقع',
  'شرح',
  'فتح',
  'ختم',
  'نقل',
  'سجل',
  'حصل',
  'بلغ',
  'عرض',
  'فحص',
  'ضبط',
  'كشف',
  'حرس',
  'قوم',
  'ربط',
  'وصل',
  'شمل',
  'حدد',
  'عزز',
  'نسق',
  'دبر',
  'قيس',
  'رصد',
  'حلل',
  'جهز',
  'صنع',
  'زرع',
  'بني',
  'سكن',
  'نقد',
  'مول',
  'صرف',
  'حسب',
  'رفع',
  'خفض',
  'وزع',
  'جدد',
  'غير',
  'مكن',
  'شغل',
  'درب',
  'كون',
  'حضر',
];

/** Patterns: 1, 2, 3 stand for the root letters. */
const PATTERNS = [
  '1ا23',
  'م12و3',
  'ت12ي3',
  'است12ا3',
  'م1ا23ة',
  '12ا3',
  'ا1ت2ا3',
  'ت1ا23',
  'م123',
  'م123ة',
  '1ا23ة',
  '12و3',
  'م1ا23',
  'ت12ي3ات',
  'م12و3ات',
  '1ا23ون',
  'م123ين',
  'ي12ّ3',
  'ت123',
  'ي1ا23',
];

/** High-frequency function words and connectors, sampled more often than content words. */
export const FUNCTION_WORDS = [
  'في',
  'من',
  'على',
  'إلى',
  'أن',
  'التي',
  'الذي',
  'مع',
  'عن',
  'هذا',
  'هذه',
  'بين',
  'كما',
  'خلال',
  'بعد',
  'قبل',
  'حيث',
  'وقد',
  'كان',
  'لدى',
  'ذلك',
  'تلك',
  'أيضا',
  'وفي',
  'ومن',
  'عبر',
  'حول',
  'ضمن',
  'نحو',
  'منذ',
  'إطار',
  'سبل',
  'مجال',
  'مستوى',
  'بشأن',
  'وذلك',
  'لقد',
  'كل',
  'بعض',
  'غير',
  'أكثر',
  'فيما',
  'إذ',
  'ثم',
];

/** Content nouns used for titles and tags. */
const NOUNS = [
  'التعاون',
  'الأمن',
  'الحدود',
  'التدريب',
  'الاتصال',
  'الجرائم',
  'الوقاية',
  'السلامة',
  'الطرق',
  'الهجرة',
  'الإرهاب',
  'المخدرات',
  'الشرطة',
  'الحماية',
  'الإنقاذ',
  'الطوارئ',
  'الصحة',
  'التعليم',
  'الشباب',
  'المرأة',
  'الطفولة',
  'البيئة',
  'المياه',
  'الطاقة',
  'النقل',
  'الموانئ',
  'الجمارك',
  'الاستثمار',
  'التجارة',
  'الرقمنة',
  'المعلومات',
  'البيانات',
  'العدالة',
  'القضاء',
  'السجون',
  'الدفاع',
  'الكوارث',
  'الحرائق',
  'السياحة',
  'الثقافة',
];

const ADJECTIVES = [
  'الدولي',
  'الإقليمي',
  'الوطني',
  'الأمني',
  'الرقمي',
  'المدني',
  'الميداني',
  'الجهوي',
  'العربي',
  'الإفريقي',
  'المشترك',
  'الحضري',
  'القروي',
  'البحري',
  'الجوي',
  'الإداري',
  'المالي',
  'الاجتماعي',
  'الإنساني',
  'التقني',
];

/** Capital cities and large towns for datelines. */
export const CITIES = [
  'الرباط',
  'الدار البيضاء',
  'تونس',
  'الجزائر',
  'القاهرة',
  'الرياض',
  'أبوظبي',
  'الدوحة',
  'عمان',
  'بيروت',
  'بغداد',
  'الكويت',
  'مسقط',
  'المنامة',
  'نواكشوط',
  'طرابلس',
  'الخرطوم',
  'جيبوتي',
  'ليبرفيل',
  'داكار',
  'باماكو',
  'نيامي',
  'أبيدجان',
  'مراكش',
  'طنجة',
  'وهران',
  'الإسكندرية',
  'جدة',
  'صفاقس',
  'أكادير',
];

/** Issuing bodies (fictional). */
export const ISSUERS = [
  'المديرية العامة للأمن (جهة تجريبية)',
  'وزارة الداخلية النموذجية',
  'مكتب الإعلام والتواصل',
  'الإدارة العامة للحماية المدنية',
  'المديرية الجهوية للشرطة',
  'المرصد الوطني للسلامة الطرقية',
  'الهيئة الوطنية للإنقاذ',
  'مصلحة الاتصال المؤسساتي',
  'المديرية العامة للجمارك',
  'المعهد الملكي للتكوين',
  'الوكالة الوطنية للأمن الرقمي',
  'مديرية الشؤون القانونية',
];

/** ISO 3166-1 alpha-2 codes the corpus draws countries from. */
export const COUNTRY_CODES = [
  'MA',
  'DZ',
  'TN',
  'LY',
  'EG',
  'SD',
  'MR',
  'SA',
  'AE',
  'QA',
  'KW',
  'BH',
  'OM',
  'JO',
  'LB',
  'IQ',
  'PS',
  'SY',
  'YE',
  'DJ',
  'SO',
  'KM',
  'GA',
  'SN',
  'ML',
  'NE',
  'CI',
  'NG',
  'CM',
  'TD',
  'FR',
  'ES',
  'IT',
  'DE',
  'GB',
  'BE',
  'NL',
  'PT',
  'US',
  'CA',
  'TR',
  'CN',
  'JP',
  'BR',
  'RU',
];

/** Builds every pattern × root word, NFC. */
function derivedWords(): string[] {
  const words = new Set<string>();
  for (const root of ROOTS) {
    const letters = [...root];
    for (const pattern of PATTERNS) {
      const word = pattern.replace(/[123]/g, (d) => letters[Number(d) - 1]!).normalize('NFC');
      words.add(word);
      if (!word.startsWith('ا') && !word.startsWith('ي')) words.add(`ال${word}`);
    }
  }
  return [...words];
}

/**
 * Content words ordered by a fixed shuffle, so a Zipf sampler over this list gives a long tail:
 * about 2,900 derived forms plus nouns and adjectives; with prefixes و/ب/ل about 9,000 forms.
 */
export const CONTENT_WORDS: readonly string[] = (() => {
  const base = [...NOUNS, ...ADJECTIVES, ...derivedWords()];
  const withClitics = [
    ...base,
    ...base.map((w) => `و${w}`),
    ...base.map((w) => (w.startsWith('ال') ? `بال${w.slice(2)}` : `ب${w}`)),
  ];
  // Deterministic interleave so frequent ranks are not all from one pattern.
  const out: string[] = [];
  const stride = 7919;
  for (let i = 0; i < withClitics.length; i++)
    out.push(withClitics[(i * stride) % withClitics.length]!);
  return [...new Set(out)];
})();

/** About 150 tags: noun + adjective pairs and single nouns, in a fixed order. */
export const TAGS: readonly string[] = (() => {
  const tags: string[] = [...NOUNS.map((n) => n.replace(/^ال/, ''))];
  for (let i = 0; tags.length < 150; i++) {
    const noun = NOUNS[(i * 7) % NOUNS.length]!;
    const adjective = ADJECTIVES[(i * 3 + Math.floor(i / NOUNS.length)) % ADJECTIVES.length]!;
    const tag = `${noun} ${adjective}`;
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
})();

/** Title building blocks. */
export const TITLE_NOUNS = NOUNS;
export const TITLE_ADJECTIVES = ADJECTIVES;
