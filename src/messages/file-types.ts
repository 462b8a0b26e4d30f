/**
 * The values of the texts about one file as a whole (src/checks/release-file.ts, encoding.ts,
 * control-chars.ts, attachment-metadata.ts, the checks' own failures, the rarer schema shapes)
 * and of a system error (ENOENT, EACCES…) met by a command, merged into `TextValues` (types.ts).
 */

/** What a command was doing with a file when the system refused. */
export type FileAction = 'read' | 'write' | 'open';

/** The values of each file text, by key. */
export interface FileValues {
  'file.too-big': { kb: number; maxKb: number };
  'file.name-no-letters': { name: string };
  'file.name-too-long': { start: string; bytes: number; max: number };
  /** A `.docx`/`.txt` release waits for `npm run import`; `path` is the file as given to it. */
  'file.not-release': { importable: boolean; path: string };
  'file.internal': { reason: string };
  'control.frontmatter': { count: number; names: readonly string[] };
  'control.body': { count: number; names: readonly string[] };
  'control.escape': { names: readonly string[] };
  'pdf.unreadable': { src: string; reason: string };
  /** `fields[i]` says `values[i]`; the field `XMP` is a whole metadata block (value ''). */
  'pdf.metadata': { src: string; fields: readonly string[]; values: readonly string[] };
  'encoding.utf16': Record<string, never>;
  'encoding.windows-1256': Record<string, never>;
  'encoding.damaged': { bytes: number; lines: readonly string[] };
  'encoding.unknown': Record<string, never>;
  'encoding.bom': Record<string, never>;
  'encoding.crlf': Record<string, never>;
  'encoding.nfd': Record<string, never>;
  'encoding.not-fixed-damaged': { path: string; bytes: number; lines: readonly string[] };
  'encoding.not-fixed-unknown': { path: string };
  'corrections.item': Record<string, never>;
  'corrections.not-list': Record<string, never>;
  'withdrawn.not-object': Record<string, never>;
  'aliases.not-list': Record<string, never>;
  'attachments.item': Record<string, never>;
  'attachments.not-list': Record<string, never>;
  'translation.image': Record<string, never>;
  /** A system error: its code (`ENOENT`, `EACCES`…) and the file. */
  'system.file': { code: string; path: string; action: FileAction; detail: string };
}
