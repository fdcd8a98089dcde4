/**
 * DOM → { text, map, lang }: the article's text as a reader sees it. Blocks (paragraphs, headings,
 * list items…) are separated by "\n\n"; inline elements (a, em, strong, span…) are joined with
 * nothing added, so a sentence crossing a link stays one sentence; whitespace collapses as CSS
 * renders it. Page chrome (navigation, comments, share bars, author boxes), editable and code
 * regions and hidden elements are left out. The page is only read, never changed.
 */
import { createTextMapBuilder, type TextMap } from './text-map';
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

export interface ArticleReader {
  /** Reads until done (true) or until `shouldYield()` says to stop for now (false). */
  step(shouldYield?: () => boolean): boolean;
  result(): TextMap;
}

/**
 * Reads one article root, the headline first. Resumable: `step(shouldYield)` stops when asked and
 * picks up where it left, so a 100,000-word page is read without a long task. Iterative, not
 * recursive: a page nested 5,000 deep must not exhaust the stack.
 */
export function createReader(root: Element, headline: Element | null = null): ArticleReader {
  const builder = createTextMapBuilder();
  const stack: Frame[] = [{ nodes: root.childNodes, i: 0, isBlock: true, tree: 0 }];
  if (headline) stack.push({ nodes: [headline], i: 0, isBlock: true, tree: 0 });
  let pendingBreak = '';
  let pendingSpace: [Text, number, number] | null = null;
  let isLineStart = true;
  let headlineVisits = 0;
  let trees = 0;

  const lineBreak = (kind: string) => {
    pendingSpace = null;
    if (kind.length > pendingBreak.length) pendingBreak = kind;
    isLineStart = true;
  };

  const emit = (node: Text, start: number, length: number, tree: number) => {
    if (!stack.length) return; // cut below: the rest of this node is not read either
    if (builder.length + length + 2 > MAX_ARTICLE_CHARS) {
      builder.cut(); // the text ends with the last whole block, and reading stops
      stack.length = 0;
      return;
    }
    if (pendingBreak) {
      if (builder.length) builder.separate(pendingBreak);
      pendingBreak = '';
    } else if (pendingSpace) builder.append(pendingSpace[0], pendingSpace[1], 1, pendingSpace[2], true);
    pendingSpace = null;
    builder.append(node, start, length, tree);
    isLineStart = false;
  };

  const readText = (node: Text, tree: number) => {
    const data = node.data;
    const spaces = /[ \t\n\r\f]+/g;
    let at = 0;
    for (let m = spaces.exec(data); ; m = spaces.exec(data)) {
      const end = m ? m.index : data.length;
      if (end > at) emit(node, at, end - at, tree);
      if (!m) break;
      if (!isLineStart && !pendingSpace) pendingSpace = [node, m.index, tree];
      at = m.index + m[0].length;
    }
  };

  const enter = (el: Element, tree: number) => {
    if (el === headline && headlineVisits++ > 0) return; // already read first, as the title
    if (el.localName === 'iframe') return enterFrame(el as HTMLIFrameElement);
    if (isSkippedElement(el)) return;
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    const display = style?.display || 'inline'; // '' where the DOM (happy-dom) leaves it unset
    if (display === 'none' || /hidden|collapse/.test(style?.visibility ?? '') || style?.contentVisibility === 'hidden') return;
    if (el.localName === 'br') return lineBreak(LINE_BREAK);
    // display decides, not the tag: a <span style="display:block"> starts a paragraph, an inline <p> does not.
    const isBlock = !/^(inline|contents|ruby)/.test(display);
    if (isBlock) lineBreak(BLOCK_BREAK);
    let nodes: ArrayLike<Node> = el.childNodes;
    const shadow = el.shadowRoot; // open shadow roots only: closed ones are the page's private business
    if (shadow) {
      nodes = shadow.childNodes;
      tree = ++trees;
    } else if (el.localName === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.() ?? [];
      if (assigned.length) nodes = assigned;
    }
    stack.push({ nodes, i: 0, isBlock, tree });
  };

  /** Same-origin frames are read as a block; cross-origin ones throw or give null and are left out. */
  const enterFrame = (frame: HTMLIFrameElement) => {
    let body: HTMLElement | null | undefined;
    try {
      body = frame.hasAttribute('hidden') ? null : frame.contentDocument?.body;
    } catch {
      body = null;
    }
    if (!body) return;
    lineBreak(BLOCK_BREAK);
    stack.push({ nodes: body.childNodes, i: 0, isBlock: true, tree: ++trees });
  };

  return {
    step(shouldYield = () => false) {
      let count = 0;
      while (stack.length) {
        if (++count % 128 === 0 && shouldYield()) return false;
        const frame = stack[stack.length - 1]!;
        if (frame.i >= frame.nodes.length) {
          stack.pop();
          if (frame.isBlock) lineBreak(BLOCK_BREAK);
          continue;
        }
        const node = frame.nodes[frame.i++]!;
        if (node.nodeType === 3) readText(node as Text, frame.tree);
        else if (node.nodeType === 1) enter(node as Element, frame.tree);
      }
      return true;
    },
    result: () => builder.build(),
  };
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
 * Longest text read (UTF-16 units; about 80,000 words): a page that goes on (an endless feed, a
 * book) is read to its last whole block within it. `analyzeArticle` refuses longer texts.
 */
export const MAX_ARTICLE_CHARS = 500_000;

/**
 * Reads the article of `doc`, or returns null when the page has none (see detectArticle) or its
 * text is too short to be one. Synchronous; `readArticleChunked` is the same work in slices.
 */
export function readArticle(doc: Document, root: Element | null = detectArticle(doc)): Article | null {
  if (!root) return null;
  const reader = createReader(root, findHeadline(root));
  reader.step();
  return finish(reader.result(), root);
}

/** readArticle in slices: awaits `pause()` whenever `shouldYield()` says the main thread is needed. */
export async function readArticleChunked(doc: Document, shouldYield: () => boolean, pause: () => Promise<void>, root: Element | null = detectArticle(doc)): Promise<Article | null> {
  if (!root) return null;
  const reader = createReader(root, findHeadline(root));
  while (!reader.step(shouldYield)) await pause();
  return finish(reader.result(), root);
}

function finish(map: TextMap, root: Element): Article | null {
  return map.length < MIN_ARTICLE_CHARS ? null : { text: map.text, map, lang: declaredLang(root), root };
}
