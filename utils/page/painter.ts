/**
 * One interface over the two ways of painting a report: the CSS Custom Highlight API (paint.ts,
 * no DOM change) where the browser has it, <mark> elements (mark-fallback.ts) where it does not.
 * The session only ever talks to a Painter.
 */
import type { Attribution, Report } from '../engine/types';
import { markFallback, type MarkPainting } from './mark-fallback';
import { paintChunked, type HighlightApi, type Painting } from './paint';
import type { Slicer } from './schedule';
import type { TextMap } from './text-map';

export const FLASH_MS = 1500;

export interface Painter {
  readonly mode: 'highlights' | 'marks';
  readonly isVisible: boolean;
  setVisible(visible: boolean): void;
  /** Scrolls the attribution's claim (or its source, for a credit) into view and flashes it; false when its text is gone. */
  reveal(attributionId: string): boolean;
  /** Text under each highlight name, as painted now (empty while hidden). */
  paintedText(): Record<string, string[]>;
  clear(): void;
}

/** The span a reader is taken to for an attribution: its claim, else its source. */
export function revealSpan(a: Attribution): { start: number; end: number } {
  return a.claim ?? a.source;
}

/**
 * Scrolls the page so `box` (viewport coordinates) sits mid-screen; smoothly unless the reader asked
 * for reduced motion. window.scrollTo, not scrollIntoView: Firefox ignores a smooth scrollIntoView
 * called from a content script (the page's own call scrolls).
 */
function scrollToBox(box: DOMRect): void {
  scrollTo({ top: scrollY + box.top - (innerHeight - box.height) / 2, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

export async function createPainter(map: TextMap, report: Report, api: HighlightApi | null, onError: (e: unknown) => void, slicer: Slicer): Promise<Painter> {
  const byId = new Map(report.attributions.map((a) => [a.id, a]));
  return api ? highlightPainter(map, byId, await paintChunked(map, report, api, onError, slicer)) : markPainter(map, report, byId);
}

function highlightPainter(map: TextMap, byId: Map<string, Attribution>, painting: Painting): Painter {
  return {
    mode: 'highlights',
    get isVisible() {
      return painting.isVisible;
    },
    setVisible: (visible) => painting.setVisible(visible),
    reveal(id) {
      const a = byId.get(id);
      if (!a) return false;
      const { start, end } = revealSpan(a);
      // Pages that re-render replace their text nodes and our Ranges collapse: say so, don't guess.
      if (!map.isIntact(start, end)) return false; // (offsets past the text throw: reveal() says false)
      const ranges = map.ranges(start, end);
      if (!ranges[0]) return false;
      scrollToBox(ranges[0].getBoundingClientRect());
      painting.flash(ranges, FLASH_MS);
      return true;
    },
    paintedText: () => painting.paintedText(),
    clear: () => painting.clear(),
  };
}

function markPainter(map: TextMap, report: Report, byId: Map<string, Attribution>): Painter {
  let marks: MarkPainting | null = null;
  const painter: Painter = {
    mode: 'marks',
    get isVisible() {
      return marks !== null;
    },
    setVisible(visible) {
      if (visible && !marks && map.isIntact()) marks = markFallback(map, report);
      else if (!visible && marks) {
        marks.restore();
        marks = null;
      }
    },
    // Without the Highlight API there is no flash: the claim is scrolled to the middle of the screen.
    reveal(id) {
      const found = byId.has(id) && marks ? marks.marksOf(id).filter((m) => m.isConnected) : [];
      if (found[0]) scrollToBox(found[0].getBoundingClientRect());
      return !!found[0];
    },
    paintedText: () => ({}), // the marks are in the page: read them there (mark[data-sourcelight])
    clear: () => painter.setVisible(false),
  };
  painter.setVisible(true);
  return painter;
}
