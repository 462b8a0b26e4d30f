/**
 * The values of the body, image-file and file-name diagnostics (src/checks/mdx-body.ts,
 * images.ts, file-names.ts), merged into `TextValues` (types.ts).
 */

/** Why one character of a file name is refused. */
export type NameCharacter = 'address' | 'windows' | 'control';

/** The values of each check text, by key. */
export interface CheckValues {
  'mdx.esm': { value: string };
  'mdx.expression': { value: string };
  'mdx.attribute-expression': { name: string; value: string };
  'mdx.spread': { name: string; value: string };
  'mdx.component': { name: string };
  'mdx.dangerous-element': { name: string };
  'mdx.event-handler': { name: string; value: string };
  'mdx.unsafe-url': { name: string; value: string };
  'mdx.image-source': { value: string; types: readonly string[] };
  'mdx.html-image': Record<string, never>;
  'mdx.unwrapped-element': { name: string };
  'mdx.removed-attribute': { name: string; value: string };
  'mdx.unreadable': { reason: string };
  'image-file.symlink': { name: string };
  'image-file.not-file': { name: string };
  'image-file.outside': { name: string };
  'image-file.bytes': { name: string; mb: number; max: number };
  'image-file.unreadable': { name: string };
  'image-file.format': { name: string; format: string };
  'image-file.pixels': { name: string; width: number; height: number; mp: number; max: number };
  'image-file.damaged': { name: string; detail: string };
  'image-file.error': { name: string; reason: string };
  'file-name.character': { name: string; char: string; kind: NameCharacter; rename: string };
  'file-name.trailing': { name: string; rename: string };
  symlink: Record<string, never>;
}
