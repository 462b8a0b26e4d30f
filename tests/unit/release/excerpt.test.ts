import { describe, expect, it } from 'vitest';
import { excerpt, firstParagraph, truncateAtWord } from '../../../src/release/excerpt.ts';

describe('excerpts', () => {
  it('takes the first real paragraph, skipping imports, components and headings', () => {
    const body =
      "import Map from '../Map.astro';\n\n<Map />\n\n## عنوان\n\nالفقرة **الأولى** مع [رابط](https://example.org).\n\nالثانية.";
    expect(firstParagraph(body)).toBe('الفقرة الأولى مع رابط.');
  });

  it('prefers the summary when there is one', () => {
    expect(excerpt('  ملخص   قصير ', 'نص طويل')).toBe('ملخص قصير');
  });

  it('cuts long text at a word boundary and marks the cut', () => {
    const text = 'كلمة '.repeat(100).trim();
    const cut = truncateAtWord(text, 50);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(
      cut
        .slice(0, -1)
        .split(' ')
        .every((w) => w === 'كلمة'),
    ).toBe(true);
  });

  it('returns an empty excerpt for a body without paragraphs', () => {
    expect(firstParagraph("import X from '../x';\n\n<X />")).toBe('');
  });
});

describe('excerpts show what the page shows', () => {
  it('drops Markdown backslash escapes', () => {
    expect(firstParagraph('الدورة \\{2025\\} و\\<التنسيق\\> و 5\\*3')).toBe(
      'الدورة {2025} و<التنسيق> و 5*3',
    );
  });

  it('drops inline HTML tags, the content of elements never published, and control characters', () => {
    expect(
      firstParagraph(
        'نص <span dir="ltr">ABC</span> و<script>alert(1)</script>هنا\u0001 <!-- c --> و\\<b\\>',
      ),
    ).toBe('نص ABC وهنا و<b>');
  });
});
