/**
 * One colour per source, the same in the page and in the popup: derived from the source's
 * canonical name alone, so no state is shared. No DOM here: the popup imports this file as is.
 * Every colour is a light background under forced dark text (contrast >= 7:1), which stays
 * readable on light and dark pages alike. highlights.css has one rule per slot, in this order.
 */

export interface PaletteColor {
  /** Slot number, 0-based: the CSS highlight is `sourcelight-color-${index}`. */
  index: number;
  background: string;
  text: string;
}

export const PALETTE: readonly string[] = [
  '#ffd166', // amber
  '#9ad4f5', // sky
  '#b9e769', // lime
  '#f7a8c8', // pink
  '#cdb8f2', // lavender
  '#ffb48a', // apricot
  '#7fe0cc', // aqua
  '#e6cf9a', // sand
];

export const PALETTE_TEXT = '#111111';

/** FNV-1a over the case-folded name: stable across sessions, browsers and builds. */
function hash(name: string): number {
  let h = 0x811c9dc5;
  for (const ch of name.normalize('NFC').trim().toLowerCase()) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The palette slot of a source name. */
export function paletteIndex(name: string): number {
  return hash(name) % PALETTE.length;
}

export function sourceColor(name: string): PaletteColor {
  const index = paletteIndex(name);
  return { index, background: PALETTE[index]!, text: PALETTE_TEXT };
}
