/**
 * Offsets in the article text ↔ positions in the DOM. The text handed to the engine is not any
 * node's `textContent`: whitespace is collapsed as the browser renders it and block boundaries are
 * written as "\n\n" that exist in no node. A TextMap remembers, for every run of characters that
 * does come from a Text node, where that run starts in the text and in the node, so an engine
 * span (UTF-16 offsets, `end` exclusive) turns back into a DOM Range, and a caret position in the
 * page turns back into an offset.
 */

/** One run of text characters copied from one Text node: text[start + i] comes from node.data[nodeStart + i]. */
export interface Segment {
  start: number;
  length: number;
  node: Text;
  nodeStart: number;
  /** Trees are numbered by the builder (document, each shadow root, each iframe document): a Range cannot cross them. */
  tree: number;
}

export class TextMap {
  readonly text: string;
  private readonly starts: number[];
  private readonly segments: Segment[];
  /** node.data when the map was built, to tell whether the page has rewritten a node since. */
  private readonly snapshots: Map<Text, string>;
  private byNode: Map<Text, number[]> | null = null;

  constructor(text: string, segments: Segment[]) {
    this.text = text;
    this.segments = segments;
    this.starts = segments.map((s) => s.start);
    this.snapshots = new Map(segments.map((s) => [s.node, s.node.data]));
  }

  get length(): number {
    return this.text.length;
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  /** The Text nodes the text was read from, in text order, each once. */
  nodes(): Text[] {
    return [...this.snapshots.keys()];
  }

  private check(start: number, end: number): void {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > this.text.length) {
      throw new RangeError(`offsets ${start}-${end} outside text of length ${this.text.length}`);
    }
  }

  /** Index of the last segment whose start is <= offset, or -1. */
  private floor(offset: number): number {
    let lo = 0, hi = this.starts.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  /**
   * Where a range starting at `offset` begins: inside the segment holding that character, or, when
   * the character is a separator that exists in no node, at the start of the next segment.
   */
  private startPoint(offset: number): [Text, number, number] | null {
    const i = this.floor(offset);
    if (i >= 0) {
      const s = this.segments[i]!;
      if (offset < s.start + s.length) return [s.node, s.nodeStart + offset - s.start, i];
    }
    const next = this.segments[i + 1];
    if (next) return [next.node, next.nodeStart, i + 1];
    const last = this.segments[this.segments.length - 1];
    return last ? [last.node, last.nodeStart + last.length, this.segments.length - 1] : null;
  }

  /** Where a range ending (exclusively) at `offset` ends: after the last character it covers. */
  private endPoint(offset: number): [Text, number, number] | null {
    const i = this.floor(offset - 1);
    if (i >= 0) {
      const s = this.segments[i]!;
      return offset <= s.start + s.length ? [s.node, s.nodeStart + offset - s.start, i] : [s.node, s.nodeStart + s.length, i];
    }
    const first = this.segments[0];
    return first ? [first.node, first.nodeStart, 0] : null;
  }

  /**
   * DOM Ranges covering text[start, end), one per tree the span crosses (a Range cannot reach
   * into a shadow root or an iframe from outside). Empty when the span covers no page character.
   * Throws RangeError when the offsets are not inside the text.
   */
  ranges(start: number, end: number): Range[] {
    this.check(start, end);
    const a = this.startPoint(start);
    const b = this.endPoint(end);
    if (!a || !b || start === end || a[2] > b[2] || (a[2] === b[2] && a[1] >= b[1])) return [];
    const out: Range[] = [];
    let first = a;
    for (let i = a[2]; i <= b[2]; i++) {
      const s = this.segments[i]!;
      const isLast = i === b[2];
      if (isLast || this.segments[i + 1]!.tree !== s.tree) {
        const r = s.node.ownerDocument.createRange();
        r.setStart(first[0], first[1]);
        if (isLast) r.setEnd(b[0], b[1]); else r.setEnd(s.node, s.nodeStart + s.length);
        out.push(r);
        if (!isLast) {
          const n = this.segments[i + 1]!;
          first = [n.node, n.nodeStart, i + 1];
        }
      }
    }
    return out;
  }

  /** One DOM Range for text[start, end); throws RangeError for bad offsets or a span crossing trees. */
  range(start: number, end: number): Range {
    const list = this.ranges(start, end);
    if (list.length > 1) throw new RangeError(`offsets ${start}-${end} cross a shadow root or frame boundary`);
    if (list.length === 1) return list[0]!;
    const p = this.startPoint(start);
    const doc = p ? p[0].ownerDocument : document;
    const r = doc.createRange();
    if (p) r.setStart(p[0], p[1]);
    return r; // collapsed: the span covers only separators
  }

  /**
   * The text offset of a DOM position (a caret from caretPositionFromPoint), or null when the
   * position is not in a character the text was read from (collapsed whitespace, skipped regions).
   */
  offsetOf(node: Node, nodeOffset: number): number | null {
    if (node.nodeType !== 3) return null;
    if (!this.byNode) {
      this.byNode = new Map();
      this.segments.forEach((s, i) => {
        const list = this.byNode!.get(s.node);
        if (list) list.push(i); else this.byNode!.set(s.node, [i]);
      });
    }
    for (const i of this.byNode.get(node as Text) ?? []) {
      const s = this.segments[i]!;
      if (nodeOffset >= s.nodeStart && nodeOffset < s.nodeStart + s.length) return s.start + nodeOffset - s.nodeStart;
    }
    return null;
  }

  /** True when every node text[start, end) was read from is still in the page with the same text. */
  isIntact(start = 0, end = this.text.length): boolean {
    this.check(start, end);
    let i = Math.max(0, this.floor(start));
    for (; i < this.segments.length && this.segments[i]!.start < end; i++) {
      const n = this.segments[i]!.node;
      if (!n.isConnected || n.data !== this.snapshots.get(n)) return false;
    }
    return true;
  }

  /** Segments overlapping text[start, end), for callers that wrap text node by node. */
  segmentsIn(start: number, end: number): Segment[] {
    this.check(start, end);
    const out: Segment[] = [];
    for (let i = Math.max(0, this.floor(start)); i < this.segments.length && this.segments[i]!.start < end; i++) {
      const s = this.segments[i]!;
      if (s.start + s.length > start) out.push(s);
    }
    return out;
  }
}

/** Accumulates text and segments while the article is read; `build()` freezes them into a TextMap. */
export class TextMapBuilder {
  private parts: string[] = [];
  private segments: Segment[] = [];
  length = 0;

  /** Appends node.data[nodeStart, nodeStart + length) verbatim. */
  appendText(node: Text, nodeStart: number, length: number, tree: number): void {
    if (length <= 0) return;
    this.parts.push(length === node.data.length ? node.data : node.data.slice(nodeStart, nodeStart + length));
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === nodeStart && last.start + last.length === this.length) {
      last.length += length;
    } else {
      this.segments.push({ start: this.length, length, node, nodeStart, tree });
    }
    this.length += length;
  }

  /** Appends one page whitespace character, written as a plain space (CSS collapses runs to one). */
  appendSpace(node: Text, nodeStart: number, tree: number): void {
    this.parts.push(' ');
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === nodeStart && last.start + last.length === this.length) last.length += 1;
    else this.segments.push({ start: this.length, length: 1, node, nodeStart, tree });
    this.length += 1;
  }

  /** Appends characters that exist in no node (paragraph breaks). */
  appendSeparator(separator: string): void {
    this.parts.push(separator);
    this.length += separator.length;
  }

  build(): TextMap {
    return new TextMap(this.parts.join(''), this.segments);
  }
}
