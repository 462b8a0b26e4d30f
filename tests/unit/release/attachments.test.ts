import { describe, expect, it } from 'vitest';
import { attachmentPathProblem, attachmentType } from '../../../src/release/attachments.ts';

describe('attachment paths', () => {
  it('accepts PDF, Word, Excel, images and audio next to the release', () => {
    for (const src of [
      './release.pdf',
      './annex.DOCX',
      './table.xlsx',
      './photo.jpg',
      './files/statement.mp3',
    ])
      expect(attachmentPathProblem(src), src).toBeUndefined();
    expect(attachmentType('./annex.DOCX')?.kind).toBe('word');
    expect(attachmentType('./release.pdf')?.mime).toBe('application/pdf');
  });

  it('refuses web addresses, paths outside the folder and types that could run in a browser', () => {
    expect(attachmentPathProblem('https://old.example.org/wp-content/uploads/r.pdf')).toContain(
      'is a web address',
    );
    expect(attachmentPathProblem('/etc/passwd.pdf')).toContain('not a path inside');
    expect(attachmentPathProblem('./../other/r.pdf')).toContain("leaves the release's folder");
    expect(attachmentPathProblem('release.pdf')).toContain('must start with ./');
    for (const src of ['./page.html', './logo.svg', './old.doc', './x.js', './noextension'])
      expect(attachmentPathProblem(src), src).toContain('is not a type the archive publishes');
  });
});
