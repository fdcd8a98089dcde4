/**
 * One interface over the two ways of painting a report: the CSS Custom Highlight API (paint.ts,
 * no DOM change) where the browser has it, <mark> elements (mark-fallback.ts) where it does not.
 * The session only ever talks to a Painter.
 */
import type { Attribution, Report } from '../engine/types';
import { markFallback, MARK_ATTRIBUTE, type MarkPainting } from './mark-fallback';
import { paint, HIGHLIGHT_PREFIX, type HighlightApi, type Painting } from './paint';
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

function scrollTo(node: Node): void {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

export function createPainter(map: TextMap, report: Report, api: HighlightApi | null, onError: (e: unknown) => void): Painter {
  const byId = new Map(report.attributions.map((a) => [a.id, a]));
  return api ? new HighlightPainter(map, report, api, byId, onError) : new MarkPainter(map, report, byId);
}

class HighlightPainter implements Painter {
  readonly mode = 'highlights';
  private readonly painting: Painting;

  constructor(private readonly map: TextMap, report: Report, api: HighlightApi, private readonly byId: Map<string, Attribution>, onError: (e: unknown) => void) {
    this.painting = paint(map, report, api, onError);
  }

  get isVisible(): boolean {
    return this.painting.isVisible;
  }

  setVisible(visible: boolean): void {
    this.painting.setVisible(visible);
  }

  reveal(attributionId: string): boolean {
    const a = this.byId.get(attributionId);
    if (!a) return false;
    const { start, end } = revealSpan(a);
    // Pages that re-render replace their text nodes and our Ranges collapse: report it, don't guess.
    if (end > this.map.length || !this.map.isIntact(start, end)) return false;
    const ranges = this.map.ranges(start, end);
    if (!ranges.length) return false;
    scrollTo(ranges[0]!.startContainer);
    this.painting.flash(ranges, FLASH_MS);
    return true;
  }

  paintedText(): Record<string, string[]> {
    return this.painting.paintedText();
  }

  clear(): void {
    this.painting.clear();
  }
}

class MarkPainter implements Painter {
  readonly mode = 'marks';
  private marks: MarkPainting | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly map: TextMap, private readonly report: Report, private readonly byId: Map<string, Attribution>) {
    this.setVisible(true);
  }

  get isVisible(): boolean {
    return this.marks !== null;
  }

  setVisible(visible: boolean): void {
    if (visible && !this.marks && this.map.isIntact()) this.marks = markFallback(this.map, this.report);
    else if (!visible && this.marks) {
      this.endFlash();
      this.marks.restore();
      this.marks = null;
    }
  }

  reveal(attributionId: string): boolean {
    const a = this.byId.get(attributionId);
    const marks = a && this.marks ? this.marks.marksOf(attributionId).filter((m) => m.isConnected) : [];
    if (!marks.length) return false;
    scrollTo(marks[0]!);
    this.endFlash();
    // Only our own <mark> elements change: a token added to their attribute, removed after the flash.
    for (const m of marks) m.setAttribute(MARK_ATTRIBUTE, `${m.getAttribute(MARK_ATTRIBUTE)} flash`);
    this.flashTimer = setTimeout(() => this.endFlash(), FLASH_MS);
    return true;
  }

  private endFlash(): void {
    clearTimeout(this.flashTimer);
    for (const m of this.marks?.marks ?? []) {
      const v = m.getAttribute(MARK_ATTRIBUTE) ?? '';
      if (v.endsWith(' flash')) m.setAttribute(MARK_ATTRIBUTE, v.slice(0, -6));
    }
  }

  paintedText(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const m of this.marks?.marks ?? []) {
      for (const label of (m.getAttribute(MARK_ATTRIBUTE) ?? '').split(' ')) {
        if (label && label !== 'flash') (out[`${HIGHLIGHT_PREFIX}-${label}`] ??= []).push(m.textContent ?? '');
      }
    }
    return out;
  }

  clear(): void {
    this.setVisible(false);
  }
}
