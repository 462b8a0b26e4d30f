import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { attachmentContentProblems } from '../../../src/checks/attachment-metadata.ts';
import { pdfMetadata } from '../../../src/checks/pdf-metadata.ts';
import type { CheckedRelease } from '../../../src/checks/release.ts';
import { TMP } from '../../helpers/paths.ts';

const dir = join(TMP, 'pdf-metadata');

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const telling = await PDFDocument.create();
  telling.addPage();
  telling.setAuthor('Ahmed B.');
  telling.setCreator('Microsoft Word 2019');
  telling.setProducer('Microsoft: Print To PDF');
  telling.setTitle('C:\\Users\\ahmed\\Desktop\\بلاغ.docx');
  writeFileSync(join(dir, 'telling.pdf'), await telling.save());
  const clean = await PDFDocument.create({ updateMetadata: false });
  clean.addPage();
  clean.setTitle('نص البلاغ');
  writeFileSync(join(dir, 'clean.pdf'), await clean.save());
  writeFileSync(join(dir, 'fake.pdf'), 'not a pdf at all');
});

describe('PDF metadata', () => {
  it('reads author, software and a file path in the title', async () => {
    expect(await pdfMetadata(join(dir, 'telling.pdf'))).toEqual([
      { field: 'Author', value: 'Ahmed B.' },
      { field: 'Creator', value: 'Microsoft Word 2019' },
      { field: 'Producer', value: 'Microsoft: Print To PDF' },
      { field: 'Title', value: 'C:\\Users\\ahmed\\Desktop\\بلاغ.docx' },
    ]);
    expect(await pdfMetadata(join(dir, 'clean.pdf'))).toEqual([]);
  });

  it('warns on a telling PDF, refuses a file that is not a PDF, on the line of its src', async () => {
    const release = {
      file: 'releases/2025/x/index.mdx',
      dir,
      id: '2025/x',
      draft: false,
      tags: [],
      lineOf: (path: readonly PropertyKey[]) => 20 + Number(path[1]),
      data: {
        attachments: [
          { src: './telling.pdf', title: 'a' },
          { src: './clean.pdf', title: 'b' },
          { src: './fake.pdf', title: 'c' },
          { src: './missing.pdf', title: 'd' },
        ],
      },
    } as unknown as CheckedRelease;
    const found = await attachmentContentProblems([release]);
    expect(found.map((d) => [d.severity, d.rule, d.line, d.field])).toEqual([
      ['warning', 'attachment-metadata', 20, 'attachments[0].src'],
      ['error', 'attachment', 22, 'attachments[2].src'],
    ]);
    expect(found[0]!.message).toContain('Author "Ahmed B.", Creator "Microsoft Word 2019"');
    expect(found[1]!.message).toContain('"./fake.pdf" is not a readable PDF');
  });
});
