/**
 * Fallback painting with real elements: <mark data-sourcelight="…"> around the painted text, for
 * browsers without CSS.highlights and for screen readers (a <mark> is announced, a ::highlight()
 * is not). Built with createElement and splitText only: page text never goes through HTML
 * parsing. `restore()` puts back the very Text nodes that were split, with their original data,
 * so the page's DOM is byte-identical afterwards, and the page's own adjacent text nodes are left
 * alone (no normalize()).
 */
import type { Report } from '../engine/types';
import { HIGHLIGHT_PREFIX, highlightSpans } from './paint';
import { asOurs } from './own-mutations';
import type { TextMap } from './text-map';

export const MARK_ATTRIBUTE = 'data-sourcelight';

/** One original Text node that was cut into pieces. */
interface Cut {
  node: Text;
  data: string;
  /** Nodes created by splitText, in any order. */
  pieces: Text[];
  marks: HTMLElement[];
}

export interface MarkPainting {
  /** Every <mark> added, in no particular order. */
  readonly marks: readonly HTMLElement[];
  /** Marks painting a span of this attribution. */
  marksOf(attributionId: string): HTMLElement[];
  /** Removes every mark and puts the page's text nodes back exactly as they were. */
  restore(): void;
}

/**
 * The text cut into intervals where the set of labels is constant: overlapping spans (a source
 * inside its claim) become adjacent marks with several labels, never nested marks.
 */
function intervals(report: Report, text: string): Array<{ start: number; end: number; labels: string[]; ids: string[] }> {
  const spans = highlightSpans(report).filter((s) => s.start >= 0 && s.end <= text.length);
  spans.sort((a, b) => a.start - b.start);
  const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const out: Array<{ start: number; end: number; labels: string[]; ids: string[] }> = [];
  let active: typeof spans = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!, end = cuts[i + 1]!;
    // Sweep: spans join when they start, leave when they end; only the few open ones are looked at.
    while (next < spans.length && spans[next]!.start <= start) active.push(spans[next++]!);
    active = active.filter((s) => s.end > start);
    if (!active.length) continue;
    const labels = [...new Set(active.map((s) => s.name.slice(HIGHLIGHT_PREFIX.length + 1)))].sort();
    out.push({ start, end, labels, ids: [...new Set(active.map((s) => s.attributionId))] });
  }
  return out;
}

/** Wraps the report's spans in <mark> elements. The map must be intact (freshly read). */
export function markFallback(map: TextMap, report: Report): MarkPainting {
  return asOurs(() => wrap(map, report));
}

function wrap(map: TextMap, report: Report): MarkPainting {
  // Per original node, the pieces to wrap: [nodeStart, nodeEnd, labels, ids].
  const perNode = new Map<Text, Array<[number, number, string[], string[]]>>();
  for (const iv of intervals(report, map.text)) {
    for (const s of map.segmentsIn(iv.start, iv.end)) {
      const from = Math.max(iv.start, s.start), to = Math.min(iv.end, s.start + s.length);
      if (to <= from) continue;
      const list = perNode.get(s.node) ?? [];
      const piece: [number, number, string[], string[]] = [s.nodeStart + from - s.start, s.nodeStart + to - s.start, iv.labels, iv.ids];
      // Two segments of one node in one interval differ only by collapsed whitespace: one mark covers both.
      const prev = list[list.length - 1];
      if (prev && prev[2] === iv.labels) prev[1] = piece[1];
      else list.push(piece);
      perNode.set(s.node, list);
    }
  }
  const cuts: Cut[] = [];
  const byId = new Map<string, HTMLElement[]>();
  for (const [node, pieces] of perNode) {
    const cut: Cut = { node, data: node.data, pieces: [], marks: [] };
    cuts.push(cut);
    // Right to left: splitting off the tail keeps the offsets of the pieces still to do valid.
    pieces.sort((a, b) => b[0] - a[0]);
    for (const [start, end, labels, ids] of pieces) {
      if (end < node.data.length) cut.pieces.push(node.splitText(end));
      const middle = start > 0 ? node.splitText(start) : node;
      if (middle !== node) cut.pieces.push(middle);
      const mark = node.ownerDocument.createElement('mark');
      mark.setAttribute(MARK_ATTRIBUTE, labels.join(' '));
      middle.parentNode!.insertBefore(mark, middle);
      mark.appendChild(middle);
      cut.marks.push(mark);
      for (const id of ids) {
        const list = byId.get(id) ?? [];
        list.push(mark);
        byId.set(id, list);
      }
    }
  }
  return {
    marks: cuts.flatMap((c) => c.marks),
    marksOf: (id) => byId.get(id) ?? [],
    restore: () => asOurs(() => {
      for (const cut of cuts) {
        const { node } = cut;
        // The original node is the first piece: alone, or as the first child of a mark.
        const holder = node.parentNode as HTMLElement | null;
        if (holder && cut.marks.includes(holder)) holder.parentNode?.insertBefore(node, holder);
        node.data = cut.data;
        for (const piece of cut.pieces) piece.remove();
        for (const mark of cut.marks) mark.remove();
      }
      cuts.length = 0;
      byId.clear();
    }),
  };
}
