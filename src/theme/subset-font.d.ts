/** Types of `subset-font` 2.9 (the package ships none): HarfBuzz hb-subset compiled to WebAssembly. */
declare module 'subset-font' {
  /**
   * @param font - a TTF, WOFF or WOFF2 font.
   * @param text - the characters to keep.
   * @returns the subset font in `targetFormat` (default: the input's).
   */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; preserveNameIds?: number[] },
  ): Promise<Uint8Array>;
}
