import { promisify } from 'node:util';
import { crc32, deflate as deflateCallback } from 'node:zlib';

const deflate = promisify(deflateCallback);

/**
 * An indexed-colour PNG writer (PNG, ISO/IEC 15948:2004 / W3C PNG 3rd edition: colour type 3,
 * bit depth 8, filter type 0 on every row, no ancillary chunks, so no metadata). Share cards are
 * drawn from a known palette (the office's frame, quantized once, plus two ink ramps,
 * src/share/card-render.ts), so each card needs no quantizer: libimagequant through sharp took
 * 101 ms for a 1200 × 630 card where this takes 15 ms at the same size (28 kB), and sharp writes
 * indexed PNGs only through its quantizer; fast-png writes them with a JavaScript deflate
 * (86 ms). Node's zlib does the compression.
 */

/** An RGB colour, each channel 0–255. */
export type Rgb = readonly [number, number, number];

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * Lays palette indices out as PNG scanlines: each row is filter type 0 (None), then its
 * `width` indices, so `(width + 1) × height` bytes. A card keeps its frame in this form
 * (src/share/card-frame.ts) and sets its text straight into a copy, without a per-card copy of
 * every row.
 * @param indices - one byte per pixel, row by row (`width × height` bytes).
 */
export function scanlines(width: number, height: number, indices: Uint8Array): Buffer {
  if (!(width >= 1 && height >= 1) || indices.length !== width * height)
    throw new RangeError(`indexed PNG: ${indices.length} indices for ${width} × ${height} px`);
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++)
    rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return rows;
}

/**
 * Encodes scanlines from {@link scanlines} as a PNG. It does not read every pixel again: the
 * caller guarantees that every index is below `palette.length` (a share card does by
 * construction: its frame's indices and two ink ramps after them); {@link encodeIndexedPng}
 * checks them.
 * @param width - in px (≥ 1).
 * @param height - in px (≥ 1).
 * @param rows - `(width + 1) × height` bytes, each row's filter byte 0.
 * @param palette - 1–256 colours.
 * @returns the PNG file's bytes.
 * @throws RangeError (the promise rejects) when the sizes or the palette are out of range.
 */
export async function encodePngRows(
  width: number,
  height: number,
  rows: Uint8Array,
  palette: readonly Rgb[],
): Promise<Buffer> {
  if (!(width >= 1 && height >= 1) || rows.length !== (width + 1) * height)
    throw new RangeError(`indexed PNG: ${rows.length} bytes of rows for ${width} × ${height} px`);
  if (palette.length < 1 || palette.length > 256)
    throw new RangeError(`indexed PNG: ${palette.length} colours (1–256)`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8); // bit depth 8, colour type 3 (palette), deflate, filter 0, no interlace
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(palette.flat())),
    // zlib in libuv's thread pool, off the thread that renders pages.
    chunk('IDAT', await deflate(rows, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Encodes palette indices as a PNG, checking every index.
 * @param width - in px (≥ 1).
 * @param height - in px (≥ 1).
 * @param indices - one byte per pixel, row by row (`width × height` bytes), each < palette.length.
 * @param palette - 1–256 colours.
 * @returns the PNG file's bytes.
 * @throws RangeError (the promise rejects) when the sizes, the palette or an index are out of range.
 */
export async function encodeIndexedPng(
  width: number,
  height: number,
  indices: Uint8Array,
  palette: readonly Rgb[],
): Promise<Buffer> {
  const rows = scanlines(width, height, indices);
  let highest = 0;
  for (let i = 0; i < indices.length; i++) if (indices[i]! > highest) highest = indices[i]!;
  if (highest >= palette.length)
    throw new RangeError(`indexed PNG: index ${highest} with ${palette.length} colours`);
  return encodePngRows(width, height, rows, palette);
}
