import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileNameProblems, hiddenFileNotes } from '../../../src/checks/file-names.ts';
import { render } from '../../../src/messages/index.ts';
import { listReleaseFiles } from '../../../src/release/files.ts';
import { scratch } from '../../helpers/cli.ts';

describe('file and folder names under releases/', () => {
  it('refuses names that lose a release, and every symbolic link, once per name', () => {
    const dir = scratch('unit-file-names');
    for (const f of [
      '2025/what?/index.mdx',
      '2025/x#y/index.mdx',
      '2025/a:b.mdx',
      '2025/end./index.mdx',
      '2025/tab\tname.mdx',
      '2025/ok name/index.mdx',
      '2025/_drafts/x.mdx',
      '2025/.notes/y.mdx',
    ]) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), '');
    }
    symlinkSync('/etc/passwd', join(dir, '2025/ok name/photo.jpg'));
    const listing = listReleaseFiles(dir);
    const problems = fileNameProblems(listing, dir, (p) => p.slice(dir.length + 1));
    expect(problems.map((p) => [p.rule, p.file, p.fix])).toEqual([
      ['file-name', '2025/a:b.mdx', 'rename it to "a-b.mdx"'],
      ['file-name', '2025/end.', 'rename it to "end"'],
      ['file-name', '2025/tab\tname.mdx', 'rename it to "tab-name.mdx"'],
      ['file-name', '2025/what?', 'rename it to "what"'],
      ['file-name', '2025/x#y', 'rename it to "x-y"'],
      [
        'symlink',
        '2025/ok name/photo.jpg',
        expect.stringContaining('copy the file into the release folder'),
      ],
    ]);
    expect(problems[3]!.message).toBe(
      'the name "what?" contains "?", which ends a web address: the build cannot read what is inside',
    );
    const hidden = hiddenFileNotes(listing, dir, (p) => p.slice(dir.length + 1));
    const reason = 'a folder or file name starting with "_" or "." is never published';
    expect(hidden.map(({ file, reason }) => ({ file, reason }))).toEqual([
      { file: '2025/.notes/y.mdx', reason },
      { file: '2025/_drafts/x.mdx', reason },
    ]);
    expect(render(hidden[0]!.text, 'ar').message).toBe(
      'مجلد أو ملف يبدأ اسمه بـ \u2068_\u2069 أو \u2068.\u2069 لا يُنشر أبدًا',
    );
  });
});
