/**
 * Paints a Report over the page with the CSS Custom Highlight API: Ranges registered in
 * `CSS.highlights` under names starting with `sourcelight`, styled by ::highlight() rules in
 * highlights.css. Nothing is added to the page's DOM, so its structure, scripts and layout are
 * exactly as they were. Browsers without the API get mark-fallback.ts instead.
 */
import type { Attribution, Report, SourceType } from '../engine/types';
import { paletteIndex } from './palette';
import type { Slicer } from './schedule';
import type { TextMap } from './text-map';

export const HIGHLIGHT_PREFIX = 'sourcelight';
export const CLAIM_HIGHLIGHT = 'sourcelight-claim';
export const CUE_HIGHLIGHT = 'sourcelight-cue';
export const FLASH_HIGHLIGHT = 'sourcelight-flash';
export const sourceHighlight = (type: SourceType): string => `sourcelight-source-${type}`;
export const colorHighlight = (index: number): string => `sourcelight-color-${index}`;

/**
 * Later names paint over earlier ones: the claim is a faint wash under everything, the cue an
 * underline, the source a solid colour (type style, then its own palette colour), the flash on top.
 */
const priorityOf = (name: string): number =>
  name === CLAIM_HIGHLIGHT ? 0 : name === CUE_HIGHLIGHT ? 1 : name === FLASH_HIGHLIGHT ? 10 : name.includes('-source-') ? 2 : 3;

/** One piece of text to paint under one highlight name. */
export interface LabelledSpan {
  start: number;
  end: number;
  name: string;
  attributionId: string;
}

/**
 * Everything a report asks to paint: each source twice (its type, its colour), each cue, each
 * claim, and each relay where the engine found it named ("selon l'agence Interfax", "told the BBC").
 */
export function highlightSpans(report: Report): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  const seen = new Set<string>();
  const push = (span: { start: number; end: number } | null, name: string, a: Attribution) => {
    const key = `${span?.start}:${name}`;
    if (span && span.end > span.start && !seen.has(key)) {
      seen.add(key);
      out.push({ start: span.start, end: span.end, name, attributionId: a.id });
    }
  };
  const source = (span: { start: number; end: number }, name: string, type: SourceType, a: Attribution) => {
    push(span, sourceHighlight(type), a);
    push(span, colorHighlight(paletteIndex(name)), a);
  };
  for (const a of report.attributions) {
    push(a.claim, CLAIM_HIGHLIGHT, a);
    push(a.cue, CUE_HIGHLIGHT, a);
    source(a.source, a.source.name, a.source.type, a);
    for (const r of a.relays) source(r, r.name, r.type, a);
  }
  return out;
}

/** The part of the Highlight API we use; the real one in browsers, a fake in tests. */
export interface HighlightLike extends Iterable<AbstractRange> {
  priority: number;
  add(range: AbstractRange): unknown;
  readonly size: number;
}
export interface HighlightApi {
  registry: { set(name: string, h: HighlightLike): unknown; get(name: string): unknown; delete(name: string): boolean };
  create(): HighlightLike;
}

/** The page's Highlight API, or null where the browser has none (then use mark-fallback). */
export function highlightApi(win: Window & typeof globalThis = window): HighlightApi | null {
  const registry = (win.CSS as unknown as { highlights?: HighlightApi['registry'] } | undefined)?.highlights;
  const Ctor = (win as unknown as { Highlight?: new () => HighlightLike }).Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return { registry, create: () => new Ctor() };
}

export interface Painting {
  isVisible: boolean;
  /** Removes or restores every highlight at once. */
  setVisible(visible: boolean): void;
  /** Removes the highlights for good. */
  clear(): void;
  /** Paints `ranges` with the flash style for `ms` milliseconds (one flash at a time). */
  flash(ranges: AbstractRange[], ms: number): void;
  /** The text under each registered highlight of ours, by name: what a reader sees painted. */
  paintedText(): Record<string, string[]>;
}

export function paint(map: TextMap, report: Report, api: HighlightApi, onError: (e: unknown) => void = () => {}): Painting {
  const painting = createPainting(map, api, onError);
  for (const span of highlightSpans(report)) painting.add(span);
  return painting.done();
}

/**
 * Above this many spans, text is painted as it comes near the viewport: Chromium draws thousands
 * of highlighted ranges in one long task (100–300 ms for 6,400), however they were added.
 */
export const LAZY_FROM = 1500;

/**
 * `paint` in slices, yielding to the page between them: 100,000 words make no long task. A long
 * report is painted element by element as each comes within a screen of the viewport.
 */
export async function paintChunked(map: TextMap, report: Report, api: HighlightApi, onError: (e: unknown) => void, slicer: Slicer): Promise<Painting> {
  const painting = createPainting(map, api, onError);
  const spans = highlightSpans(report);
  for (const span of spans) {
    painting.add(span, spans.length > LAZY_FROM);
    if (slicer.shouldYield()) await slicer.pause();
  }
  return painting.done();
}

/**
 * Builds the highlights span by span, then shows them all at once. A span whose offsets are
 * outside the text is skipped with its RangeError passed to `onError`; the rest is painted.
 */
function createPainting(map: TextMap, api: HighlightApi, onError: (e: unknown) => void) {
  const highlights = new Map<string, HighlightLike>();
  // Our own list of each highlight's ranges: Firefox's Xray does not let a content script iterate a Highlight.
  const texts = new Map<string, Range[]>();
  const make = (name: string) => {
    const h = api.create();
    h.priority = priorityOf(name);
    return h;
  };
  const put = (name: string, ranges: Range[]) => {
    let h = highlights.get(name);
    if (!h) {
      highlights.set(name, (h = make(name)));
      texts.set(name, []);
      if (painting.isVisible) api.registry.set(name, h); // a name first met after done()
    }
    for (const r of ranges) {
      h.add(r);
      texts.get(name)!.push(r);
    }
  };
  // Lazy painting: spans waiting, by the element holding their first character, until it nears the viewport.
  const waiting = new Map<Element, [string, Range[]][]>();
  let observer: IntersectionObserver | undefined;
  const add = (span: LabelledSpan, isLazy?: boolean) => {
    try {
      const ranges = map.ranges(span.start, span.end);
      const el = isLazy && ranges[0]?.startContainer.parentElement;
      if (!el) return put(span.name, ranges);
      observer ??= new IntersectionObserver((entries) => {
        for (const { isIntersecting, target } of entries) {
          if (!isIntersecting) continue;
          observer!.unobserve(target);
          for (const [name, list] of waiting.get(target) ?? []) put(name, list);
          waiting.delete(target);
        }
      }, { rootMargin: '100% 0px' });
      const list = waiting.get(el);
      if (list) list.push([span.name, ranges]);
      else {
        waiting.set(el, [[span.name, ranges]]);
        observer.observe(el);
      }
    } catch (e) {
      onError(e); // one bad span must not cost the others their paint
    }
  };
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const endFlash = () => {
    clearTimeout(flashTimer);
    api.registry.delete(FLASH_HIGHLIGHT);
  };
  const painting: Painting = {
    isVisible: false,
    setVisible(visible) {
      for (const [name, h] of highlights) {
        if (visible) api.registry.set(name, h);
        else if (api.registry.get(name) === h) api.registry.delete(name); // never remove someone else's
      }
      painting.isVisible = visible;
    },
    clear() {
      painting.setVisible(false);
      observer?.disconnect();
      waiting.clear();
      highlights.clear();
      endFlash();
    },
    flash(ranges, ms) {
      endFlash();
      const h = make(FLASH_HIGHLIGHT);
      for (const r of ranges) h.add(r);
      api.registry.set(FLASH_HIGHLIGHT, h);
      flashTimer = setTimeout(endFlash, ms);
    },
    paintedText() {
      const out: Record<string, string[]> = {};
      for (const [name, h] of highlights) if (api.registry.get(name) === h) out[name] = texts.get(name)!.map(String);
      return out;
    },
  };
  return {
    add,
    done: (): Painting => {
      painting.setVisible(true);
      return painting;
    },
  };
}
