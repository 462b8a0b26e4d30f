import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyName, findUpload, uploadPath } from '../../../../src/publish/wordpress/uploads.ts';
import { TMP } from '../../../helpers/paths.ts';

describe('uploads of a WordPress site', () => {
  const dir = join(TMP, 'unit-wp-uploads');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, '2025/06'), { recursive: true });
  writeFileSync(join(dir, '2025/06/photo.jpg'), 'x');
  writeFileSync(join(dir, '2025/06/only-300x200.jpg'), 'x');
  writeFileSync(join(TMP, 'unit-wp-secret.pdf'), 'x');
  symlinkSync(join(TMP, 'unit-wp-secret.pdf'), join(dir, '2025/06/link.pdf'));
  mkdirSync(join(TMP, 'unit-wp-outside'), { recursive: true });
  writeFileSync(join(TMP, 'unit-wp-outside/secret.pdf'), 'x');
  symlinkSync(join(TMP, 'unit-wp-outside'), join(dir, 'linked'));

  it('reads the path below wp-content/uploads from an address, decoded', () => {
    expect(
      uploadPath('https://old.example.org/wp-content/uploads/2025/06/%d9%88%d9%81%d8%af.jpg?w=300'),
    ).toBe('2025/06/وفد.jpg');
    expect(uploadPath('https://old.example.org/2025/06/post/')).toBeUndefined();
  });

  it('takes the original of a resized copy, never a file outside the folder or a link', () => {
    expect(findUpload(dir, '2025/06/photo-300x200.jpg')).toBe(join(dir, '2025/06/photo.jpg'));
    expect(findUpload(dir, '2025/06/only-300x200.jpg')).toBe(join(dir, '2025/06/only-300x200.jpg'));
    expect(findUpload(dir, '../unit-wp-secret.pdf')).toBeUndefined();
    expect(findUpload(dir, '2025/06/link.pdf')).toBeUndefined();
    expect(findUpload(dir, 'linked/secret.pdf')).toBeUndefined();
    expect(findUpload(dir, '2025/06/lost.jpg')).toBeUndefined();
  });

  it('names copies as slugs with lower-case extensions, never twice the same', () => {
    const taken = new Set(['index.mdx']);
    expect(copyName('/u/صورة الوفد.JPG', taken)).toBe('صورة-الوفد.jpg');
    expect(copyName('/v/صورة الوفد.jpg', taken)).toBe('صورة-الوفد-2.jpg');
  });
});
