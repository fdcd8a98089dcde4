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

const textLength = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, ' ').length;

/** Child-index path from `base` to `node`, to find in the live page what was scored on the clone. */
function pathOf(node: Node, base: Node): number[] {
  const path: number[] = [];
  for (let n: Node | null = node; n && n !== base; n = n.parentNode) {
    path.push(Array.prototype.indexOf.call(n.parentNode?.childNodes ?? [], n));
  }
  return path.reverse();
}

function follow(path: number[], base: Node): Node | null {
  let n: Node | null = base;
  for (const i of path) n = n?.childNodes[i] ?? null;
  return n;
}

interface Candidate {
  el: Element;
  score: number;
  paragraphs: number;
}

/**
 * Readability-style scoring: each paragraph scores by its length and commas; the score goes to
 * its parent and half to its grandparent, so the container of the prose wins over any one
 * paragraph. Runs on a clone, whose chrome (nav, aside, comments…) is pruned first without
 * touching the page.
 */
export function scoreCandidates(body: Element): { best: Candidate | null; linkDensity: number; codeBlocks: number } {
  const clone = body.cloneNode(true) as Element;
  // Chrome is swapped for an empty comment, not removed, so child indices still lead back to the live page.
  for (const el of [...clone.querySelectorAll('*')]) if (isSkippedElement(el) && el.localName !== 'pre') el.replaceWith(el.ownerDocument.createComment(''));
  const scores = new Map<Element, Candidate>();
  const add = (el: Element | null, score: number, isDirect: boolean) => {
    if (!el) return;
    const c = scores.get(el) ?? { el, score: 0, paragraphs: 0 };
    c.score += score;
    if (isDirect) c.paragraphs++;
    scores.set(el, c);
  };
  for (const p of clone.querySelectorAll('p,td,blockquote,li,div')) {
    if (p.localName === 'div' && p.querySelector('p,div,blockquote,ul,ol,table,h1,h2,h3')) continue;
    const text = (p.textContent ?? '').trim();
    if (text.length < 25) continue;
    const score = 1 + (text.match(/[,，、]/g)?.length ?? 0) + Math.min(3, Math.floor(text.length / 100));
    const isLong = isProse(text);
    add(p.parentElement, score, isLong);
    add(p.parentElement?.parentElement ?? null, score / 2, isLong); // a live blog: one paragraph per entry
  }
  let best: Candidate | null = null;
  let bestDensity = 0;
  for (const c of scores.values()) {
    const total = textLength(c.el) || 1;
    let linked = 0;
    for (const a of c.el.querySelectorAll('a')) linked += textLength(a);
    const density = linked / total;
    const score = c.score * (1 - density);
    if (!best || score > best.score) { best = { ...c, score }; bestDensity = density; }
  }
  if (!best) return { best: null, linkDensity: 0, codeBlocks: 0 };
  const codeBlocks = best.el.querySelectorAll('pre').length;
  const live = follow(pathOf(best.el, clone), body);
  return { best: live?.nodeType === 1 ? { ...best, el: live as Element } : null, linkDensity: bestDensity, codeBlocks };
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
    let paragraphs = 0;
    for (const p of single.querySelectorAll('p')) {
      let a = p as Element | null;
      while (a && a !== single && !isSkippedElement(a)) a = a.parentElement;
      if (a === single && isProse(p.textContent ?? '')) paragraphs++;
    }
    if (single.querySelectorAll('pre').length < 2 && paragraphs >= (kind === 'article' ? 1 : 4)) return single;
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
