/**
 * The reader's own colours for palette slots (options page), layered over highlights.css. Added as
 * a constructed style sheet pushed onto `document.adoptedStyleSheets`: like the manifest CSS it is
 * no node of the page, so `document.documentElement.outerHTML` does not change.
 */
import { PALETTE } from './palette';

const HEX = /^#[0-9a-f]{6}$/i;

/** Dark text on light colours, white on dark ones (perceived brightness, ITU-R BT.601 weights). */
export function textColorFor(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return ((n >> 16) * 299 + ((n >> 8) & 255) * 587 + (n & 255) * 114) / 1000 > 140 ? '#111111' : '#ffffff';
}

/** CSS for the valid overrides only: a slot that is not a palette slot or a colour that is not #rrggbb is ignored. */
export function customColorsCss(colors: Record<string, string>): string {
  return Object.entries(colors)
    .filter(([slot, color]) => /^[0-9]+$/.test(slot) && +slot < PALETTE.length && HEX.test(color))
    .map(([slot, color]) => `::highlight(sourcelight-color-${slot}),[data-sourcelight~="color-${slot}"]{background-color:${color};color:${textColorFor(color)}}`)
    .join('');
}

/** Adds the overrides to the page; returns how to take them away again, or null when there are none. */
export function applyCustomColors(doc: Document, colors: Record<string, string>): { remove(): void } | null {
  const css = customColorsCss(colors);
  if (!css) return null;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return { remove: () => void (doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet)) };
}
