import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bodyImageProblems,
  ImageCheckCache,
  imageFileProblem,
  imagePathProblem,
} from '../../../src/checks/images.ts';
import { checkTranslations } from '../../../src/checks/translations.ts';
import { render } from '../../../src/messages/index.ts';
import { scratch } from '../../helpers/cli.ts';
import { FIXTURES } from '../../helpers/paths.ts';

const HOSTILE = join(FIXTURES, 'hostile');
const GOOD = join(HOSTILE, 'harmless/2025/photo-gps/gps.jpg');

describe('image paths as written in a release', () => {
  const dir = join(HOSTILE, 'harmless/2025/photo-gps');
  it.each([
    ['https://example.org/p.jpg', /is a web address/],
    ['data:image/png;base64,AAAA', /an image written into the text \(a data: address\)/],
    ['/etc/passwd.jpg', /is an absolute path/],
    ['../../../../../etc/x.jpg', /is outside the release's folder/],
    ['./photo.jpg?raw', /contains "\?" or "#"/],
    ['./logo.svg', /is an SVG drawing, which can hold scripts/],
    ['./payload.js', /is not an image type the site can publish/],
    ['./GPS.jpg', /letter case differs.*src: \.\/gps\.jpg/],
  ])('%s is refused with the reason', (src, reason) => {
    expect(imagePathProblem(src, dir)).toMatch(reason);
  });

  it('accepts a file of the release', () => {
    expect(imagePathProblem('./gps.jpg', dir)).toBeUndefined();
    expect(imagePathProblem('gps-body.jpg', dir)).toBeUndefined();
  });
});

describe('the images of a release body, for originals and translations alike', () => {
  it('refuses a bad path at its line, with the catalogue text, and lists a good one decoded', () => {
    const dir = scratch('unit-body-images');
    copyFileSync(GOOD, join(dir, 'photo one.jpg'));
    const found = bodyImageProblems(
      'r/index.mdx',
      [{ src: './photo%20one.jpg', line: 7 }, { src: '../secret.jpg', line: 9 }, { src: 'x.js' }],
      dir,
      5,
    );
    expect(found.images).toEqual([
      { path: join(dir, 'photo one.jpg'), releaseDir: dir, file: 'r/index.mdx', line: 7 },
    ]);
    expect(found.diagnostics.map((d) => [d.rule, d.line, d.text?.key])).toEqual([
      ['image', 9, 'image.outside'],
      ['image', 5, 'image.type'],
    ]);
    expect(render(found.diagnostics[0]!.text!, 'ar').message).toMatch(/secret\.jpg/);
  });

  it("checks a translation's body images as the original's: decoded, in Arabic too", () => {
    const dir = scratch('unit-translation-images');
    mkdirSync(join(dir, '2025/r'), { recursive: true });
    copyFileSync(GOOD, join(dir, '2025/r/photo one.jpg'));
    writeFileSync(join(dir, '2025/r/index.mdx'), '---\ntitle: بلاغ\n---\nنص\n');
    writeFileSync(
      join(dir, '2025/r/index.fr.mdx'),
      '---\ntitle: Communiqué\n---\n\n![Photo](./photo%20one.jpg)\n\n![Logo](./logo.jpg)\n',
    );
    const { diagnostics } = checkTranslations(
      dir,
      ['2025/r/index.fr.mdx'],
      ['2025/r/index.mdx'],
      ['fr'],
      (f) => f,
    );
    expect(diagnostics.map((d) => [d.line, d.text?.key])).toEqual([[7, 'image.no-file-others']]);
  });
});

describe('image files, read and decoded before the build', () => {
  const problem = (path: string, dir: string, cacheDir?: string) =>
    imageFileProblem(path, dir, new ImageCheckCache(cacheDir)).then((said) => said?.message);

  it.each([
    ['images/2025/random-bytes/photo.jpg', /is not an image the site can read/],
    ['images/2025/text-as-image/photo.png', /is not an image the site can read/],
    ['images/2025/truncated/photo.jpg', /cannot be decoded to the end.*damaged or incomplete/],
    [
      'images/2025/pixel-bomb/photo.png',
      /is 20000 × 20000 pixels \(400 megapixels\); the limit is 40 megapixels/,
    ],
  ])('%s is refused', async (file, reason) => {
    const path = join(HOSTILE, file);
    expect(await problem(path, join(path, '..'))).toMatch(reason);
  });

  it('refuses a symbolic link without reading what it points to, and a file over the size limit', async () => {
    const dir = scratch('unit-images-links');
    symlinkSync('/etc/passwd', join(dir, 'photo.jpg'));
    expect(await problem(join(dir, 'photo.jpg'), dir)).toMatch(
      /^the image "photo.jpg" is a symbolic link/,
    );
    mkdirSync(join(dir, 'outside'));
    copyFileSync(GOOD, join(dir, 'outside/p.jpg'));
    mkdirSync(join(dir, 'release'));
    symlinkSync(join(dir, 'outside'), join(dir, 'release/linked'));
    expect(await problem(join(dir, 'release/linked/p.jpg'), join(dir, 'release'))).toMatch(
      /linked folder outside/,
    );
    writeFileSync(join(dir, 'big.jpg'), '');
    truncateSync(join(dir, 'big.jpg'), 41 * 1024 * 1024); // sparse: no 41 MB written
    expect(await problem(join(dir, 'big.jpg'), dir)).toMatch(
      /^the image "big.jpg" is 43 MB; the limit is 40 MB/,
    );
  });

  it('accepts a real photo and remembers it by content in the build cache', async () => {
    const cacheDir = scratch('unit-images-cache');
    const cache = new ImageCheckCache(cacheDir);
    expect(await imageFileProblem(GOOD, join(GOOD, '..'), cache)).toBeUndefined();
    cache.save();
    const digest = createHash('sha256').update(readFileSync(GOOD)).digest('hex');
    expect(new ImageCheckCache(cacheDir).has(digest)).toBe(true);
    // The verdict covers these exact bytes only: a damaged file under the same name is decoded.
    const copy = join(scratch('unit-images-cache-copy'), 'gps.jpg');
    copyFileSync(join(HOSTILE, 'images/2025/truncated/photo.jpg'), copy);
    expect(await problem(copy, join(copy, '..'), cacheDir)).toMatch(/cannot be decoded/);
  });
});
