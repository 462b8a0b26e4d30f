import { render } from '../../../../src/messages/index.ts';
import { describe, expect, it } from 'vitest';
import { expandShortcodes } from '../../../../src/publish/wordpress/shortcodes.ts';

const library = {
  libraryImage: (id: string) =>
    id === '5'
      ? { url: 'https://old.example.org/wp-content/uploads/a.jpg', alt: 'وصف أ', caption: '' }
      : undefined,
  attachedImages: () => [
    { url: 'https://old.example.org/wp-content/uploads/b.jpg', alt: 'وصف ب', caption: '' },
  ],
};

describe('WordPress shortcodes', () => {
  it('turns [caption] into a figure with its caption', () => {
    const { html, notes } = expandShortcodes(
      '[caption id="attachment_5" width="800"]<a href="x"><img src="a.jpg" alt="" /></a> تعليق الصورة[/caption]',
      library,
    );
    expect(html).toBe(
      '<figure><a href="x"><img src="a.jpg" alt="" /></a><figcaption>تعليق الصورة</figcaption></figure>',
    );
    expect(notes.map((n) => n.message)).toEqual([
      '[caption] converted to an image followed by its caption',
    ]);
  });

  it('turns [gallery] into its images, and [embed] into a link', () => {
    const gallery = expandShortcodes('[gallery ids="5,9"]', library);
    expect(gallery.html).toBe(
      '<p><img src="https://old.example.org/wp-content/uploads/a.jpg" alt="وصف أ"></p>',
    );
    expect(gallery.notes.map((n) => n.message)).toEqual([
      '[gallery] converted to 1 image(s); 1 id(s) not in the export',
    ]);
    // In Arabic the counts take their plural forms (Intl.PluralRules('ar')).
    expect(render(gallery.notes[0]!.text, 'ar').message).toBe(
      'حُوّل \u2068[gallery]\u2069 إلى صورة واحدة؛ معرّف واحد غير موجود في ملف التصدير',
    );
    expect(expandShortcodes('[gallery]', library).html).toContain('b.jpg');
    expect(expandShortcodes('[embed]https://www.youtube.com/watch?v=x[/embed]', library).html).toBe(
      '<p><a href="https://www.youtube.com/watch?v=x">https://www.youtube.com/watch?v=x</a></p>',
    );
  });

  it("removes a plugin's shortcode and reports it, but leaves bracketed words alone", () => {
    const { html, notes } = expandShortcodes(
      'أ [contact-form-7 id="7"] ب [PDF] [1] [السفير]',
      library,
    );
    expect(html).toBe('أ  ب [PDF] [1] [السفير]');
    expect(notes.map((n) => n.message)).toEqual([
      '[contact-form-7 id="7"] removed (a shortcode of a plugin): add its content by hand if needed',
    ]);
    expect(expandShortcodes('[[caption]]', library).html).toBe('[[caption]]');
  });
});
