/**
 * Is this page a news article, and which element holds its text? Cheap signals first (the page's
 * own declarations: itemprop=articleBody, JSON-LD NewsArticle, og:type), then Readability-style
 * paragraph scoring. Search results, web apps, shops, mail, docs and video pages get null, so the
 * engine never runs for them.
 */
import { isSkippedElement } from './regions';

/** schema.org types of a news or blog article, as JSON-LD `@type`. */
const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|Report|LiveBlogPosting|BlogPosting|SatiricalArticle)$/;
/** Types of pages that are something else: shop, search, listing, video, app, profile, docs… */
const OTHER_TYPE = /^(?:Product\w*|Offer|SearchResultsPage|ItemList|CollectionPage|Video\w*|ProfilePage|\w*Application|TechArticle|APIReference|Recipe|Event)$/;
const OTHER_OG = /^(?:product|video|music|profile|book|business|place|game)\b/;

/** `@type`s declared in the page's JSON-LD, `@graph`s included; a malformed block is skipped. */
export function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    // The "@type" values alone, read with a pattern: no JSON.parse of a page's arbitrary data.
    for (const m of (script.textContent ?? '').slice(0, 200_000).matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      types.push(...(m[1]!.match(/[\w:/.]+/g) ?? []).map((t) => t.replace(/^.*[/:]/, '')));
    }
  }
  return types;
}

export type PageKind = 'article' | 'other' | 'unknown';

/** What the page says it is, from its metadata alone. */
export function declaredKind(doc: Document): PageKind {
  const types = jsonLdTypes(doc); // (microdata articles carry itemprop=articleBody, checked below)
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() ?? '';
  if (types.some((t) => ARTICLE_TYPE.test(t)) || og === 'article' || doc.querySelector('[itemprop~="articleBody"]')) return 'article';
  return types.some((t) => OTHER_TYPE.test(t)) || OTHER_OG.test(og) ? 'other' : 'unknown';
}

/** A paragraph of prose: long enough, and ending its sentence (subject lines and titles do not). */
const isProse = (text: string): boolean => text.trim().length >= 60 && /[.!?…»"”’)]$/.test(text.trim());

/**
 * Visits the nodes of `root` (elements, plus text when `withText`) outside skipped regions (chrome,
 * controls…; <pre> is visited, to be counted), in place and read-only: nothing is copied, so none of
 * the page's custom-element constructors run and no <img> is fetched again, as a clone would cause.
 */
function walk(root: Element, withText: boolean, visit: (node: Node) => unknown): void {
  const walker = root.ownerDocument.createTreeWalker(root, withText ? 5 : 1, {
    // 2 = FILTER_REJECT (the whole subtree), 1 = FILTER_ACCEPT
    acceptNode: (n) => (n.nodeType === 1 && isSkippedElement(n as Element) && (n as Element).localName !== 'pre' ? 2 : 1),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (visit(n) === true) return; // true: seen enough
}

/** The text of `el` outside skipped regions, as the reader would find it. */
function readableText(el: Element): string {
  let text = '';
  walk(el, true, (n) => n.nodeType === 3 && (text += (n as Text).data));
  return text;
}

const textLength = (el: Element): number => readableText(el).replace(/\s+/g, ' ').length;

interface Candidate {
  el: Element;
  score: number;
  paragraphs: number;
}

/**
 * Readability-style scoring: each paragraph scores by its length and commas; the score goes to
 * its parent and half to its grandparent, so the container of the prose wins over any one
 * paragraph. Chrome (nav, aside, comments…) is left out, and the page is only read.
 */
export function scoreCandidates(body: Element): { best: Candidate | null; linkDensity: number; codeBlocks: number } {
  const scores = new Map<Element, Candidate>();
  const add = (el: Element | null, score: number, isDirect: boolean) => {
    if (!el) return;
    const c = scores.get(el) ?? { el, score: 0, paragraphs: 0 };
    c.score += score;
    if (isDirect) c.paragraphs++;
    scores.set(el, c);
  };
  walk(body, false, (node) => {
    const p = node as Element;
    if (!/^(?:p|td|blockquote|li|div)$/.test(p.localName) || (p.localName === 'div' && p.querySelector('p,div,blockquote,ul,ol,table,h1,h2,h3'))) return;
    const text = readableText(p).trim();
    if (text.length < 25) return;
    const score = 1 + (text.match(/[,，、]/g)?.length ?? 0) + Math.min(3, Math.floor(text.length / 100));
    const isLong = isProse(text);
    add(p.parentElement, score, isLong);
    add(p.parentElement?.parentElement ?? null, score / 2, isLong); // a live blog: one paragraph per entry
  });
  let best: Candidate | null = null;
  let bestDensity = 0;
  for (const c of scores.values()) {
    const total = textLength(c.el) || 1;
    let linked = 0;
    walk(c.el, false, (el) => (el as Element).localName === 'a' && (linked += textLength(el as Element)));
    const density = linked / total;
    const score = c.score * (1 - density);
    if (!best || score > best.score) { best = { ...c, score }; bestDensity = density; }
  }
  return { best, linkDensity: bestDensity, codeBlocks: best?.el.querySelectorAll('pre').length ?? 0 };
}

/**
 * The element holding the article's text, or null when the page is not an article. Declared
 * articles trust their markup; undeclared pages must look like prose (several long paragraphs,
 * few links, no code listings), which search results, shops, apps and docs do not.
 */
export function detectArticle(doc: Document): Element | null {
  const body = doc.body;
  if (!body || doc.designMode === 'on') return null;
  const editable = body.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return null; // a page that is an editor (mail, docs)
  const kind = declaredKind(doc);
  if (kind === 'other') return null;

  const bodies = [...doc.querySelectorAll('[itemprop~="articleBody"]')];
  if (bodies.length) {
    const largest = bodies.reduce((a, b) => (textLength(b) > textLength(a) ? b : a));
    if (textLength(largest) >= 200) return largest;
  }

  // Fast path, no clone: the page's one <article> (or <main>) when it plainly holds prose.
  const articles = doc.querySelectorAll('article');
  const single = articles.length === 1 ? articles[0]! : articles.length ? null : doc.querySelector('main,[role=main]');
  if (single) {
    const needed = kind === 'article' ? 1 : 4;
    let paragraphs = 0;
    walk(single, false, (p) => (p as Element).localName === 'p' && isProse(readableText(p as Element)) && ++paragraphs >= needed);
    if (single.querySelectorAll('pre').length < 2 && paragraphs >= needed) return single;
  }

  const { best, linkDensity, codeBlocks } = scoreCandidates(body);
  if (!best) return null;
  const looksLikeProse = best.paragraphs >= 3 && linkDensity < 0.35 && codeBlocks < 2;
  if (kind !== 'article' && !(looksLikeProse && best.paragraphs >= 4)) return null;
  if (kind === 'article' && best.paragraphs < 1) return null;
  // Widen to the <article> or <main> that holds the prose, so its headline and every section come along.
  const container = best.el.closest('article') ?? best.el.closest('main,[role=main]');
  return container && textLength(container) < textLength(best.el) * 3 ? container : best.el;
}

/**
 * The article's title element, read first even when it sits in a <header> that the reader skips:
 * the first visible h1 of the enclosing <article>, else the page's itemprop=headline or h1 outside
 * navigation and footers.
 */
export function findHeadline(root: Element): Element | null {
  const scope = root.closest('article') ?? root;
  const doc = root.ownerDocument;
  const isVisible = (h: Element) => !h.closest('[hidden],[aria-hidden="true"]') && (h.textContent ?? '').trim().length >= 10;
  return [...scope.querySelectorAll('h1'), ...doc.querySelectorAll('[itemprop~="headline"],h1')]
    .find((h) => isVisible(h) && (scope.contains(h) || !h.closest('nav,footer,aside'))) ?? null;
}
