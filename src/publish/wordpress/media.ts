import type { Element } from 'hast';
import { attachmentType } from '../../release/attachments.ts';
import type { BodyFiles } from './body.ts';
import { htmlText } from './fields.ts';
import type { MediaImage, ShortcodeContext } from './shortcodes.ts';
import { copyName, findUpload, originalPath, uploadPath } from './uploads.ts';
import type { WxrItem } from './wxr.ts';

/**
 * The media library of a WordPress export (its `attachment` items) and the files of one post:
 * which uploads are copied next to the release, under which names, with which alt text, and
 * which become `attachments`.
 */

/** The attachment items of an export, by id and by upload path. */
export class MediaLibrary {
  readonly byId = new Map<string, WxrItem>();
  readonly byPath = new Map<string, WxrItem>();
  readonly byParent = new Map<string, WxrItem[]>();

  constructor(items: readonly WxrItem[]) {
    for (const item of items) {
      if (item.type !== 'attachment') continue;
      this.byId.set(item.id, item);
      const path = this.path(item);
      if (path) this.byPath.set(originalPath(path), item);
      const list = this.byParent.get(item.parent) ?? [];
      list.push(item);
      this.byParent.set(item.parent, list);
    }
  }

  /** Path of an attachment below `wp-content/uploads/`: `_wp_attached_file`, else from its URL. */
  path(item: WxrItem): string | undefined {
    return item.meta.get('_wp_attached_file')?.trim() || uploadPath(item.attachmentUrl);
  }

  /** Alt text (`_wp_attachment_image_alt`) of an attachment, as plain text. */
  alt(item: WxrItem): string {
    return htmlText(item.meta.get('_wp_attachment_image_alt') ?? '');
  }
}

/** A file to copy next to the release. */
export interface PlannedFile {
  /** Absolute path in the uploads copy. */
  from: string;
  /** Name next to `index.mdx`. */
  name: string;
}

/** The files of one post, collected while its body is converted. */
export class PostFiles implements BodyFiles, ShortcodeContext {
  readonly copies: PlannedFile[] = [];
  /** Upload paths the copy of the uploads folder does not have. */
  readonly missing: string[] = [];
  /** Images written without alt text (their local name). */
  readonly withoutAlt: string[] = [];
  /** Linked uploads that are not an attachment type. */
  readonly refused: string[] = [];
  readonly attachments: { src: string; title: string }[] = [];
  /** Uploads linked from the text (kept at their old address in the text, attached too). */
  readonly linked: string[] = [];
  private readonly names = new Set<string>(['index.mdx']);
  private readonly bySource = new Map<string, string>();

  readonly library: MediaLibrary;
  private readonly uploadsDir: string;
  private readonly post: WxrItem;

  constructor(library: MediaLibrary, uploadsDir: string, post: WxrItem) {
    this.library = library;
    this.uploadsDir = uploadsDir;
    this.post = post;
  }

  /** Copies an upload once; returns its local `./name`, or `undefined` when the file is missing. */
  copy(path: string): string | undefined {
    const from = findUpload(this.uploadsDir, path);
    if (!from) {
      if (!this.missing.includes(path)) this.missing.push(path);
      return undefined;
    }
    let name = this.bySource.get(from);
    if (!name) {
      name = copyName(from, this.names);
      this.bySource.set(from, name);
      this.copies.push({ from, name });
    }
    return `./${name}`;
  }

  image(src: string, alt: string, element: Element): { src: string; alt: string } | undefined {
    const path = uploadPath(src);
    if (!path) return undefined;
    const local = this.copy(path);
    if (!local) return undefined;
    const classes = String(element.properties['className'] ?? '');
    const id = /wp-image-(\d+)/.exec(classes)?.[1];
    const item = (id && this.library.byId.get(id)) || this.library.byPath.get(originalPath(path));
    const text = alt.trim() || (item ? this.library.alt(item) : '');
    if (!text && !this.withoutAlt.includes(local)) this.withoutAlt.push(local);
    return { src: local, alt: text };
  }

  link(href: string): void {
    const path = uploadPath(href);
    if (!path) return;
    const type = attachmentType(path);
    if (!type) {
      if (!this.refused.includes(path)) this.refused.push(path);
      return;
    }
    if (type.kind === 'image') return; // a linked photo: the image itself is in the text
    const item = this.library.byPath.get(originalPath(path));
    this.attach(path, item ? htmlText(item.title) : '');
    if (!this.linked.includes(path)) this.linked.push(path);
  }

  /** Adds an upload to `attachments` (copied once; title defaults to the file name). */
  attach(path: string, title: string): void {
    const src = this.copy(path);
    if (!src || this.attachments.some((a) => a.src === src)) return;
    this.attachments.push({ src, title: title || src.slice(2) });
  }

  /** The files uploaded to the post that the text and the lead image did not use: attachments. */
  attachRest(): void {
    for (const item of this.library.byParent.get(this.post.id) ?? []) {
      const path = this.library.path(item);
      if (!path) continue;
      if (!attachmentType(path)) {
        if (!this.refused.includes(path)) this.refused.push(path);
        continue;
      }
      const from = findUpload(this.uploadsDir, path);
      if (from && this.bySource.has(from)) continue;
      this.attach(path, htmlText(item.title));
    }
  }

  mediaImage(item: WxrItem): MediaImage {
    return {
      url: item.attachmentUrl,
      alt: this.library.alt(item),
      caption: htmlText(item.excerpt),
    };
  }

  libraryImage(id: string): MediaImage | undefined {
    const item = this.library.byId.get(id);
    return item ? this.mediaImage(item) : undefined;
  }

  attachedImages(): MediaImage[] {
    return (this.library.byParent.get(this.post.id) ?? [])
      .filter((item) => attachmentType(this.library.path(item) ?? '')?.kind === 'image')
      .map((item) => this.mediaImage(item));
  }
}
