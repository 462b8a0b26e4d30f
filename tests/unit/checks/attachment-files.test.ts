import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReleaseData } from '../../../src/archive/model.ts';
import { attachmentFileProblems } from '../../../src/checks/attachment-files.ts';
import type { CheckedRelease } from '../../../src/checks/release.ts';
import { TMP } from '../../helpers/paths.ts';

const dir = join(TMP, 'unit-attachment-files');
const release = (srcs: string[]): CheckedRelease => ({
  file: 'r/index.mdx',
  id: 'r',
  draft: false,
  tags: [],
  data: {
    attachments: srcs.map((src) => ({ src, title: 'ملف' })),
  } as unknown as ReleaseData<string>,
  lineOf: (path) => 10 + Number(path[1] ?? 0),
});
const problems = (...srcs: string[]) =>
  attachmentFileProblems(release(srcs), dir).map((d) => `${d.line} ${d.field}: ${d.message}`);

describe('attachment files', () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'files'), { recursive: true });
  mkdirSync(join(TMP, 'unit-attachment-outside'), { recursive: true });
  writeFileSync(join(dir, 'release.pdf'), '%PDF-1.7\n');
  writeFileSync(join(dir, 'Annex.docx'), 'PK');
  writeFileSync(join(dir, 'empty.pdf'), '');
  writeFileSync(join(TMP, 'unit-attachment-outside', 'secret.pdf'), '%PDF-1.7\n');
  symlinkSync(join(TMP, 'unit-attachment-outside', 'secret.pdf'), join(dir, 'link.pdf'));
  symlinkSync(join(TMP, 'unit-attachment-outside'), join(dir, 'linked'));

  it('accepts a file inside the release folder', () => {
    expect(problems('./release.pdf')).toEqual([]);
  });

  it('names a missing file, hinting at a letter-case slip, on the line of its src', () => {
    expect(problems('./release.pdf', './annex.docx')).toEqual([
      expect.stringMatching(
        /^11 attachments\[1\]\.src: file "\.\/annex\.docx" does not exist .*the folder has "Annex\.docx"/,
      ),
    ]);
  });

  it('refuses symbolic links, linked folders, folders and empty files', () => {
    expect(problems('./link.pdf')[0]).toContain('is a symbolic link');
    expect(problems('./linked/secret.pdf')[0]).toContain('through a linked folder');
    expect(problems('./empty.pdf')[0]).toContain('is empty (0 bytes)');
  });
});
