import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  encodeIndexedPng,
  encodePngRows,
  scanlines,
  type Rgb,
} from '../../../src/share/png-indexed.ts';

/** The PNG writer's files open in libvips (sharp) with exactly the pixels that were written. */
describe('encodeIndexedPng', () => {
  const palette: Rgb[] = [
    [255, 255, 255],
    [11, 79, 138],
    [201, 162, 39],
    [20, 24, 29],
  ];

  it('writes the pixels of its indices, in a palette PNG without metadata', async () => {
    const width = 37;
    const height = 5;
    const indices = Uint8Array.from({ length: width * height }, (_, i) => (i * 7 + (i >> 3)) % 4);
    const png = await encodeIndexedPng(width, height, indices, palette);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.isPalette]).toEqual([
      'png',
      width,
      height,
      true,
    ]);
    expect(meta.exif ?? meta.icc ?? meta.xmp).toBeUndefined();
    const { data, info } = await sharp(png)
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(3);
    for (let i = 0; i < indices.length; i++)
      expect([...data.subarray(i * 3, i * 3 + 3)]).toEqual(palette[indices[i]!]);
  });

  it('refuses indices outside the palette and sizes that do not match', async () => {
    await expect(encodeIndexedPng(2, 1, Uint8Array.from([0, 4]), palette)).rejects.toThrow(
      /index 4/,
    );
    await expect(encodeIndexedPng(3, 1, Uint8Array.from([0, 1]), palette)).rejects.toThrow(
      RangeError,
    );
    await expect(encodeIndexedPng(1, 1, Uint8Array.from([0]), [])).rejects.toThrow(/colours/);
  });

  it("writes scanlines set in place as the same pixels (the share cards' path)", async () => {
    const indices = Uint8Array.from([0, 1, 2, 3, 3, 2]);
    const rows = scanlines(3, 2, indices);
    expect([...rows]).toEqual([0, 0, 1, 2, 0, 3, 3, 2]);
    rows[1 + 1] = 3; // pixel (1, 0), as inkOver sets a shade
    const png = await encodePngRows(3, 2, rows, palette);
    const { data } = await sharp(png).toColourspace('srgb').raw().toBuffer({
      resolveWithObject: true,
    });
    expect([...data.subarray(3, 6)]).toEqual(palette[3]);
    expect([...data.subarray(0, 3)]).toEqual(palette[0]);
    await expect(encodePngRows(3, 2, rows.subarray(1), palette)).rejects.toThrow(RangeError);
  });
});
