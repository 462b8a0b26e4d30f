/**
 * The bad-input fixtures (tests/fixtures/checks/<name>/) shared by the `npm run check` and build tests.
 * Each bad input, the file:line it must point at, the field with its Arabic label, and the message. */
export const BAD_INPUTS: [name: string, where: string, expected: RegExp][] = [
  [
    'missing-field',
    'no-dateline/index.mdx:1',
    /dateline «مكان الإصدار»: is missing: add {2}dateline: الرباط/,
  ],
  [
    'mistyped-field',
    'titel/index.mdx:2',
    /titel: is not a release field: did you mean "title"\?\n {4}fix: rename it to {2}title:/,
  ],
  ['wrong-type', 'draft-yes/index.mdx:8', /draft «مسودة»: must be true or false/],
  [
    'impossible-date',
    'feb-30/index.mdx:3',
    /date «التاريخ»: "2025-02-30" is not a real calendar date \(2025-02 has 28 days\)/,
  ],
  [
    'unknown-country',
    'uk/index.mdx:6',
    /countries\[1\] «الدول»: "UK" is not an ISO 3166-1 alpha-2 country code\. Did you mean GB/,
  ],
  [
    'missing-image',
    'no-photo/index.mdx:9',
    /image\.src «ملف الصورة»: file "\.\/foto\.jpg" does not exist next to the release .*images in that folder: Photo\.jpg/,
  ],
  [
    'placeholder-alt',
    'alt/index.mdx:10',
    /image\.alt «النص البديل للصورة»: "Image description" is a placeholder, not a description/,
  ],
  [
    'empty-alt',
    'alt/index.mdx:10',
    /image\.alt «النص البديل للصورة»: is empty: describe what the image shows/,
  ],
  [
    'duplicate-url',
    '2024/same-name/index.mdx:1',
    /ends at the same URL \/releases\/same-name\/ as .*2025\/same-name\.mdx/,
  ],
  [
    'yaml-syntax',
    'colon/index.mdx:2:8',
    /the frontmatter is not valid YAML: .*\n {4}fix: .*put the whole value in double quotes/,
  ],
  [
    'skipped-file',
    'word/index.txt:1',
    /looks like a release but the build does not read it.*\n {4}fix: turn it into a release with {2}npm run import/,
  ],
  [
    'placeholder-body',
    'placeholder/index.mdx:10',
    /the text is still the placeholder "اكتب نص البلاغ هنا\."/,
  ],
  [
    'mdx-syntax',
    'angle/index.mdx:10:19',
    /the text cannot be read as MDX: Unexpected character after `<`.*\n {4}fix: to show the character itself write a backslash before it/,
  ],
  [
    'future-date',
    'future/index.mdx:3',
    /date «التاريخ»: 2999-01-01 is more than a year after today .*\n {4}fix: write the date printed on the release/,
  ],
  [
    'mdx-expression',
    'brace/index.mdx:12:8',
    /\{2025\} is read as code \(an MDX expression\), not shown as text/,
  ],
  [
    'missing-attachment',
    'annex/index.mdx:9',
    /attachments\[1\]\.src «ملف المرفق»: file "\.\/Annex\.docx" does not exist next to the release .*the folder has "annex\.docx"/,
  ],
  [
    'duplicate-alias',
    'old/index.mdx:8',
    /aliases\[1\] «العناوين القديمة»: the old address \/\?p=7 is also claimed by .*new\/index\.mdx/,
  ],
];
