/**
 * Colour contrast as WCAG 2.1 defines it (§1.4.3, "relative luminance" and "contrast ratio",
 * sRGB). Used to refuse a brand colour that would make the archive's links or header unreadable.
 */

/** Parses `#rrggbb` or `#rgb`; `undefined` for anything else. */
export function parseHex(colour: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: readonly [number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * Contrast ratio of two colours, 1 to 21.
 * @param a - `#rrggbb`.
 * @param b - `#rrggbb`.
 * @throws Error when a colour is not hexadecimal.
 */
export function contrast(a: string, b: string): number {
  const [ca, cb] = [a, b].map((c) => {
    const rgb = parseHex(c);
    if (!rgb) throw new Error(`not a #rrggbb colour: "${c}"`);
    return luminance(rgb);
  });
  const [hi, lo] = ca! > cb! ? [ca!, cb!] : [cb!, ca!];
  return (hi + 0.05) / (lo + 0.05);
}

/** The theme's page backgrounds a brand colour is checked against (src/styles/global.css). */
export const BACKGROUND = { light: '#ffffff', dark: '#111417' } as const;

/** WCAG AA for normal text. */
export const AA = 4.5;
