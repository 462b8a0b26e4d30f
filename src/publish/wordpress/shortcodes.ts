import { say, type Saying } from '../../messages/index.ts';
import { replace, type Shortcode } from '@wordpress/shortcode';

/**
 * WordPress shortcodes in a post body (`[caption …]…[/caption]`, `[gallery ids="…"]`,
 * `[embed]…[/embed]`), found with `@wordpress/shortcode` (WordPress's own parser, the same
 * grammar as `get_shortcode_regex()` in wp-includes/shortcodes.php). Core shortcodes become the
 * HTML WordPress would have shown; any other shortcode (a plugin's form, slider, button) is
 * removed, its enclosed text kept, and reported.
 */

/** An image of the site's media library, for `[gallery]`. */
export interface MediaImage {
  url: string;
  alt: string;
  caption: string;
}

/** What the conversion needs to know about the site. */
export interface ShortcodeContext {
  /** The image attachment with this `wp:post_id`, if any. */
  libraryImage(id: string): MediaImage | undefined;
  /** The images uploaded to the post (for `[gallery]` without `ids`). */
  attachedImages(): MediaImage[];
}

/** Result: HTML without shortcodes, and one note per shortcode for the summary. */
export interface ShortcodeResult {
  html: string;
  notes: Saying[];
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const imgTag = (image: MediaImage) =>
  `<img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}">`;
const linkParagraph = (url: string) => `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`;
/** A shortcode as it was written, shortened for the summary. */
const shown = (sc: Shortcode) =>
  `[${[sc.tag, ...Object.entries(sc.attrs.named).map(([k, v]) => `${k}="${v}"`), ...sc.attrs.numeric].join(' ')}]`.slice(
    0,
    80,
  );

/**
 * @param content - `content:encoded` of a post.
 * @param context - the site's media library.
 */
export function expandShortcodes(content: string, context: ShortcodeContext): ShortcodeResult {
  const notes: Saying[] = [];
  let html = content;
  // [caption]<img …> Caption text[/caption]: WordPress's img_caption_shortcode output, a figure.
  html = replace('caption|wp_caption', html, (sc) => {
    const inner = sc.content ?? '';
    const m = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
    const caption = sc.attrs.named['caption'] ?? m?.[2] ?? '';
    notes.push(say('wp.caption', {}));
    return `<figure>${m?.[1] ?? inner}<figcaption>${caption.trim()}</figcaption></figure>`;
  });
  html = replace('gallery', html, (sc) => {
    const ids = String(sc.attrs.named['ids'] ?? sc.attrs.named['include'] ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const images = ids.length
      ? ids.map((id) => context.libraryImage(id)).filter((i): i is MediaImage => i !== undefined)
      : context.attachedImages();
    const missing = ids.length - (ids.length ? images.length : 0);
    notes.push(say('wp.gallery', { images: images.length, missing }));
    return images.map((image) => `<p>${imgTag(image)}</p>`).join('\n');
  });
  html = replace('embed', html, (sc) => {
    const url = (sc.content || sc.attrs.named['src'] || '').trim();
    notes.push(say('wp.embed', { url }));
    return /^https?:\/\//i.test(url) ? linkParagraph(url) : '';
  });
  html = replace('audio|video', html, (sc) => {
    const named = sc.attrs.named;
    const url =
      named['src'] ??
      ['mp3', 'm4a', 'ogg', 'wav', 'mp4', 'webm'].map((k) => named[k]).find(Boolean) ??
      '';
    notes.push(say('wp.media', { tag: sc.tag, url }));
    return /^(https?:)?\/\//i.test(url) || url.startsWith('/') ? linkParagraph(url) : '';
  });
  // Any other shortcode, lower-case names only (WordPress's convention): «[PDF]» in a sentence stays.
  html = replace('[a-z][a-z0-9_-]*', html, (sc) => {
    notes.push(say('wp.shortcode', { shortcode: shown(sc) }));
    return sc.content ?? '';
  });
  return { html, notes };
}
