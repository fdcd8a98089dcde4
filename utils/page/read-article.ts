/**
 * DOM → { text, map, lang }: the article's text as a reader sees it. Blocks (paragraphs, headings,
 * list items…) are separated by "\n\n"; inline elements (a, em, strong, span…) are joined with
 * nothing added, so a sentence crossing a link stays one sentence; whitespace collapses as CSS
 * renders it. Page chrome (navigation, comments, share bars, author boxes), editable and code
 * regions and hidden elements are left out. The page is only read, never changed.
 */
import { TextMap, TextMapBuilder } from './text-map';
import { detectArticle, findHeadline } from './detect-article';
import { isSkippedElement } from './regions';

export interface Article {
  /** The analysed text; offsets into it are what the engine reports. */
  text: string;
  map: TextMap;
  /** Primary language subtag declared by the page ("fr" for lang="fr-FR"), or null. */
  lang: string | null;
  /** The element the text was read from. */
  root: Element;
}

const BLOCK_BREAK = '\n\n';
const LINE_BREAK = '\n';

interface Frame {
  nodes: ArrayLike<Node>;
  i: number;
  isBlock: boolean;
  tree: number;
}

/**
 * Reads one article root. Work is resumable: `step(shouldYield)` stops when asked and picks up
 * where it left, so a 100,000-word page can be read without a long task. Iterative, not
 * recursive: a page nested 5,000 deep must not exhaust the stack.
 */
export class ArticleReader {
  private readonly builder = new TextMapBuilder();
  private readonly stack: Frame[] = [];
  private pendingBreak = '';
  private pendingSpace: [Text, number, number] | null = null;
  private isLineStart = true;
  private headlineVisits = 0;
  private trees = 0;

  constructor(readonly root: Element, private readonly headline: Element | null = null) {
    this.stack.push({ nodes: root.childNodes, i: 0, isBlock: true, tree: 0 });
    if (headline) this.stack.push({ nodes: [headline], i: 0, isBlock: true, tree: 0 });
  }

  /** Reads until done (true) or until `shouldYield()` says to stop for now (false). */
  step(shouldYield: () => boolean = () => false): boolean {
    let budget = 0;
    while (this.stack.length) {
      if (++budget % 128 === 0 && shouldYield()) return false;
      const frame = this.stack[this.stack.length - 1]!;
      if (frame.i >= frame.nodes.length) {
        this.stack.pop();
        if (frame.isBlock) this.lineBreak(BLOCK_BREAK);
        continue;
      }
      const node = frame.nodes[frame.i++]!;
      if (node.nodeType === 3) this.readText(node as Text, frame.tree);
      else if (node.nodeType === 1) this.enter(node as Element, frame.tree);
    }
    return true;
  }

  result(): { text: string; map: TextMap } {
    const map = this.builder.build();
    return { text: map.text, map };
  }

  private enter(el: Element, tree: number): void {
    if (el === this.headline && this.headlineVisits++ > 0) return; // already read first, as the title
    if (isSkippedElement(el)) {
      if (el.localName === 'iframe') this.enterFrame(el as HTMLIFrameElement);
      return;
    }
    const view = el.ownerDocument.defaultView;
    const style = view ? view.getComputedStyle(el) : null;
    const display = style?.display || 'inline'; // '' where the engine (happy-dom) leaves it unset
    if (display === 'none' || style?.visibility === 'hidden' || style?.visibility === 'collapse' || style?.contentVisibility === 'hidden') return;
    if (el.localName === 'br') {
      this.lineBreak(LINE_BREAK);
      return;
    }
    // display decides, not the tag: a <span style="display:block"> starts a paragraph, an inline <p> does not.
    const isBlock = !display.startsWith('inline') && display !== 'contents' && display !== 'ruby' && display !== 'ruby-text';
    if (isBlock) this.lineBreak(BLOCK_BREAK);
    let nodes: ArrayLike<Node> = el.childNodes;
    const shadow = el.shadowRoot; // open shadow roots only: closed ones are the page's private business
    if (shadow) {
      nodes = shadow.childNodes;
      tree = ++this.trees;
    } else if (el.localName === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.() ?? [];
      if (assigned.length) nodes = assigned;
    }
    this.stack.push({ nodes, i: 0, isBlock, tree });
  }

  /** Same-origin frames are read like a block; cross-origin ones throw or give null, and are left out. */
  private enterFrame(frame: HTMLIFrameElement): void {
    if (frame.hasAttribute('hidden')) return;
    let body: HTMLElement | null = null;
    try {
      body = frame.contentDocument?.body ?? null;
    } catch {
      body = null;
    }
    if (!body) return;
    this.lineBreak(BLOCK_BREAK);
    this.stack.push({ nodes: body.childNodes, i: 0, isBlock: true, tree: ++this.trees });
  }

  private lineBreak(kind: string): void {
    this.pendingSpace = null;
    if (kind.length > this.pendingBreak.length) this.pendingBreak = kind;
    this.isLineStart = true;
  }

  private readText(node: Text, tree: number): void {
    const data = node.data;
    const spaces = /[ \t\n\r\f]+/g;
    let at = 0;
    for (let m = spaces.exec(data); ; m = spaces.exec(data)) {
      const end = m ? m.index : data.length;
      if (end > at) this.emit(node, at, end - at, tree);
      if (!m) break;
      if (!this.isLineStart && !this.pendingSpace) this.pendingSpace = [node, m.index, tree];
      at = m.index + m[0].length;
    }
  }

  private emit(node: Text, start: number, length: number, tree: number): void {
    if (this.pendingBreak) {
      if (this.builder.length) this.builder.appendSeparator(this.pendingBreak);
      this.pendingBreak = '';
    } else if (this.pendingSpace) {
      const [n, at, t] = this.pendingSpace;
      this.builder.appendSpace(n, at, t);
    }
    this.pendingSpace = null;
    this.builder.appendText(node, start, length, tree);
    this.isLineStart = false;
  }
}

/** The language the page declares for this element: primary subtag, lower case, or null. */
export function declaredLang(el: Element): string | null {
  const raw = el.closest('[lang]')?.getAttribute('lang') ?? el.ownerDocument.documentElement.getAttribute('lang') ?? '';
  const primary = raw.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** Shortest text worth analysing: below this a page is a teaser or an app, not an article. */
export const MIN_ARTICLE_CHARS = 400;

/**
 * Reads the article of `doc`, or returns null when the page has none (see detectArticle) or its
 * text is too short to be one. Synchronous; `readArticleChunked` is the same work in slices.
 */
export function readArticle(doc: Document, root: Element | null = detectArticle(doc)): Article | null {
  if (!root) return null;
  const reader = new ArticleReader(root, findHeadline(root));
  reader.step();
  return finish(reader, root);
}

/** readArticle in slices: awaits `pause()` whenever `shouldYield()` says the main thread is needed. */
export async function readArticleChunked(doc: Document, shouldYield: () => boolean, pause: () => Promise<void>, root: Element | null = detectArticle(doc)): Promise<Article | null> {
  if (!root) return null;
  const reader = new ArticleReader(root, findHeadline(root));
  while (!reader.step(shouldYield)) await pause();
  return finish(reader, root);
}

function finish(reader: ArticleReader, root: Element): Article | null {
  const { text, map } = reader.result();
  if (text.length < MIN_ARTICLE_CHARS) return null;
  return { text, map, lang: declaredLang(root), root };
}
