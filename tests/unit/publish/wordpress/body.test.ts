import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, type BodyFiles } from '../../../../src/publish/wordpress/body.ts';

const links: string[] = [];
const files: BodyFiles = {
  image: (src, alt) =>
    src.includes('/uploads/') ? { src: './photo.jpg', alt: alt || 'من المكتبة' } : undefined,
  link: (href) => links.push(href),
};
const convert = (html: string) => htmlToMarkdown(html, files);

describe('WordPress HTML to MDX', () => {
  it('makes paragraphs of classic-editor text (wpautop) and keeps headings, lists, links and emphasis', () => {
    const { markdown, paragraphs } = convert(
      'الفقرة <strong>الأولى</strong> و<em>المائلة</em>.\nسطر ثان.\n\n<h2>عنوان</h2>\n<ul><li>بند</li></ul>\n\n<a href="https://example.org/a?b=1&c=2">رابط</a>',
    );
    expect(markdown).toBe(
      'الفقرة **الأولى** و*المائلة*.\\\nسطر ثان.\n\n## عنوان\n\n- بند\n\n[رابط](https://example.org/a?b=1\\&c=2)\n',
    );
    expect(paragraphs[0]).toBe('الفقرة الأولى والمائلة. سطر ثان.');
  });

  it('escapes what MDX would run or read as markup, so the text shows as written', () => {
    const { markdown } = convert(
      '<p>الدورة {2025} و&lt;التنسيق&gt; * _ # [أ]</p><p>export const x = 1</p><p>1. ليس قائمة</p>',
    );
    expect(() => mdxToMdast(markdown)).not.toThrow();
    const tree = JSON.stringify(mdxToMdast(markdown));
    expect(tree).not.toMatch(/mdx(Text|Flow)Expression|mdxjsEsm|mdxJsx/);
    expect(markdown).toContain('\\{2025}');
    expect(markdown).toContain('\\<التنسيق>');
    // "export …" at the start of a paragraph would be a JavaScript statement in MDX.
    expect(markdown).toContain('&#x65;xport const x = 1');
  });

  it('removes scripts, styles, forms and event handlers, and turns an iframe into a link', () => {
    const { markdown, notes } = convert(
      '<p onclick="steal()">نص <a href="javascript:alert(1)">خطر</a></p><script>alert(1)</script><style>p{}</style><form><input></form><iframe src="https://www.youtube.com/embed/x"></iframe>',
    );
    expect(markdown).toBe(
      'نص خطر\n\n[https://www.youtube.com/embed/x](https://www.youtube.com/embed/x)\n',
    );
    expect(notes.map((n) => n.message)).toEqual([
      '<iframe> https://www.youtube.com/embed/x replaced by a link to it',
      '<script> removed (1×)',
      '<style> removed (1×)',
      '<form> removed (1×)',
    ]);
  });

  it('keeps block-editor markup as it is, a figure as an image and its caption, and local images', () => {
    const { markdown } = convert(
      '<!-- wp:image --><figure class="wp-block-image"><a href="https://old.example.org/wp-content/uploads/p.jpg"><img src="https://old.example.org/wp-content/uploads/p-300x200.jpg" alt=""/></a><figcaption>التعليق</figcaption></figure><!-- /wp:image -->\n<!-- wp:paragraph --><p>فقرة</p><!-- /wp:paragraph -->',
    );
    expect(markdown).toBe('![من المكتبة](./photo.jpg)\n\nالتعليق\n\nفقرة\n');
  });

  it('reports every link to the caller (for attached files)', () => {
    links.length = 0;
    convert('<a href="https://old.example.org/wp-content/uploads/r.pdf">الملف</a>');
    expect(links).toEqual(['https://old.example.org/wp-content/uploads/r.pdf']);
  });
});
