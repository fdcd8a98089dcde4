/**
 * Offsets in the article text ↔ positions in the DOM. The text handed to the engine is not any
 * node's `textContent`: whitespace is collapsed as the browser renders it and block boundaries are
 * written as "\n\n" that exist in no node. A TextMap remembers, for every run of characters that
 * does come from a Text node, where that run starts in the text and in the node, so an engine
 * span (UTF-16 offsets, `end` exclusive) turns back into a DOM Range, and a caret position in the
 * page turns back into an offset. (Closures rather than classes: the minifier can shorten local
 * names but not method names, and the content script must stay small.)
 */

/** One run of text characters copied from one Text node: text[start + i] comes from node.data[nodeStart + i]. */
export interface Segment {
  start: number;
  length: number;
  node: Text;
  nodeStart: number;
  /** Trees are numbered by the reader (document, each shadow root, each iframe document): a Range cannot cross them. */
  tree: number;
}

export interface TextMap {
  readonly text: string;
  readonly length: number;
  /**
   * DOM Ranges covering text[start, end), one per tree the span crosses (a Range cannot reach
   * into a shadow root or an iframe from outside). Empty when the span covers no page character.
   * Throws RangeError when the offsets are not inside the text.
   */
  ranges(start: number, end: number): Range[];
  /** The text offset of a DOM position (a caret), or null when no text character was read from it. */
  offsetOf(node: Node, nodeOffset: number): number | null;
  /** True when every node text[start, end) was read from is still in the page with the same text. */
  isIntact(start?: number, end?: number): boolean;
  /** Segments overlapping text[start, end), for callers that wrap text node by node. */
  segmentsIn(start: number, end: number): Segment[];
}

type Point = [node: Text, offset: number, segment: number];

export function createTextMap(text: string, segments: Segment[]): TextMap {
  const n = text.length;
  // node.data when the map was built, to tell whether the page has rewritten a node since.
  const snapshots = new Map(segments.map((s) => [s.node, s.node.data]));

  const check = (start: number, end: number) => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > n) {
      throw new RangeError(`offsets ${start}-${end} outside 0-${n}`);
    }
  };

  /** Index of the last segment starting at or before `offset`, or -1 (binary search). */
  const floor = (offset: number) => {
    let lo = 0, hi = segments.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid]!.start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };

  /** Where a range starting at `offset` begins; a separator character starts at the next segment. */
  const startPoint = (offset: number): Point | null => {
    const i = floor(offset);
    const s = segments[i];
    if (s && offset < s.start + s.length) return [s.node, s.nodeStart + offset - s.start, i];
    const next = segments[i + 1];
    if (next) return [next.node, next.nodeStart, i + 1];
    const last = segments[segments.length - 1];
    return last ? [last.node, last.nodeStart + last.length, segments.length - 1] : null;
  };

  /** Where a range ending (exclusively) at `offset` ends: just after the last character it covers. */
  const endPoint = (offset: number): Point | null => {
    const i = floor(offset - 1);
    const s = segments[i];
    if (s) return [s.node, s.nodeStart + Math.min(offset - s.start, s.length), i];
    const first = segments[0];
    return first ? [first.node, first.nodeStart, 0] : null;
  };

  const ranges = (start: number, end: number): Range[] => {
    check(start, end);
    const a = startPoint(start), b = endPoint(end);
    if (!a || !b || start === end || a[2] > b[2] || (a[2] === b[2] && a[1] >= b[1])) return [];
    const out: Range[] = [];
    let first: Point = a;
    for (let i = a[2]; i <= b[2]; i++) {
      const s = segments[i]!, next = segments[i + 1];
      const isLast = i === b[2];
      if (isLast || next!.tree !== s.tree) {
        const r = s.node.ownerDocument.createRange();
        r.setStart(first[0], first[1]);
        if (isLast) r.setEnd(b[0], b[1]); else r.setEnd(s.node, s.nodeStart + s.length);
        out.push(r);
        if (next) first = [next.node, next.nodeStart, i + 1];
      }
    }
    return out;
  };

  return {
    text,
    length: n,
    ranges,
    offsetOf(node, nodeOffset) {
      // A scan, not an index: called at most once a frame (pointer moves), and an index costs memory on every page.
      const s = segments.find((s) => s.node === node && nodeOffset >= s.nodeStart && nodeOffset < s.nodeStart + s.length);
      return s ? s.start + nodeOffset - s.nodeStart : null;
    },
    isIntact(start = 0, end = n) {
      check(start, end);
      for (let i = Math.max(0, floor(start)); i < segments.length && segments[i]!.start < end; i++) {
        const node = segments[i]!.node;
        if (!node.isConnected || node.data !== snapshots.get(node)) return false;
      }
      return true;
    },
    segmentsIn(start, end) {
      check(start, end);
      const out: Segment[] = [];
      for (let i = Math.max(0, floor(start)); i < segments.length && segments[i]!.start < end; i++) {
        const s = segments[i]!;
        if (s.start + s.length > start) out.push(s);
      }
      return out;
    },
  };
}

/** Accumulates text and segments while the article is read; `build()` freezes them into a TextMap. */
export function createTextMapBuilder() {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let boundary: [number, number, number] = [0, 0, 0]; // parts, segments and length before the last separator
  /** Appends node.data[nodeStart, nodeStart + count) (`asSpace`: one collapsed blank, written " "). */
  const append = (node: Text, nodeStart: number, count: number, tree: number, asSpace?: boolean) => {
    parts.push(asSpace ? ' ' : node.data.slice(nodeStart, nodeStart + count));
    const last = segments[segments.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === nodeStart && last.start + last.length === length) last.length += count;
    else segments.push({ start: length, length: count, node, nodeStart, tree });
    length += count;
  };
  return {
    get length() {
      return length;
    },
    append,
    /** Appends characters that exist in no node (paragraph breaks). */
    separate(separator: string) {
      boundary = [parts.length, segments.length, length];
      parts.push(separator);
      length += separator.length;
    },
    /** Drops everything from the last separator on: the text ends with the last whole block. */
    cut() {
      [parts.length, segments.length, length] = boundary;
    },
    build: (): TextMap => createTextMap(parts.join(''), segments),
  };
}

/**
 * One DOM Range for text[start, end): RangeError for bad offsets or a span crossing a shadow root
 * or frame; collapsed at the next text position when the span covers only separators.
 */
export function rangeOf(map: TextMap, start: number, end: number): Range {
  const list = map.ranges(start, end);
  if (list.length > 1) throw new RangeError(`offsets ${start}-${end} cross a shadow root or frame`);
  if (list[0]) return list[0];
  const next = map.ranges(start, map.length)[0];
  const r = (next?.startContainer.ownerDocument ?? document).createRange();
  if (next) r.setStart(next.startContainer, next.startOffset);
  return r;
}
