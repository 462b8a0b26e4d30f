/**
 * Share links of a release: plain links to each service's documented share address, so a release
 * page shares without any script of its own or of a third party.
 * - e-mail: `mailto:` with `subject` and `body` (RFC 6068, percent-encoded UTF-8);
 * - WhatsApp: `https://wa.me/?text=` (WhatsApp "click to chat");
 * - X: `https://x.com/intent/post?text=&url=` (X Web Intents);
 * - Facebook: `https://www.facebook.com/sharer/sharer.php?u=` (Facebook sharer);
 * - Telegram: `https://t.me/share/url?url=&text=` (Telegram share links).
 */

/** A share service the release page links to. */
export type ShareService = 'email' | 'whatsapp' | 'x' | 'facebook' | 'telegram';

/** The order in which the page lists them. */
export const SHARE_SERVICES: readonly ShareService[] = [
  'email',
  'whatsapp',
  'x',
  'facebook',
  'telegram',
];

/**
 * @param url - the release's absolute, percent-encoded permalink.
 * @param title - its headline (any text; encoded here).
 * @param emailBody - the e-mail's body text.
 * @returns an absolute URL per service.
 */
export function shareLinks(
  url: string,
  title: string,
  emailBody: string,
): Record<ShareService, string> {
  const e = encodeURIComponent;
  return {
    email: `mailto:?subject=${e(title)}&body=${e(emailBody)}`,
    whatsapp: `https://wa.me/?text=${e(`${title} ${url}`)}`,
    x: `https://x.com/intent/post?text=${e(title)}&url=${e(url)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${e(url)}`,
    telegram: `https://t.me/share/url?url=${e(url)}&text=${e(title)}`,
  };
}
