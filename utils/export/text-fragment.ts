/**
 * Text fragment links (`#:~:text=`, https://wicg.github.io/scroll-to-text-fragment/): open the page
 * scrolled to a quote and highlighted by the browser itself, with no extension needed.
 */

/**
 * Percent-encodes a text directive term. On top of encodeURIComponent, `-` must be escaped because
 * it separates prefix/suffix (`prefix-,start`), and `,` and `&` separate terms and directives.
 */
export function encodeTextDirective(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** Quotes longer than this many words are linked by their first and last words (`start,end`). */
const MAX_EXACT_WORDS = 10;
const EDGE_WORDS = 4;

/**
 * The page URL with a text directive for `quote` (any existing fragment is dropped; the directive
 * would not combine with it reliably across browsers). Whitespace is collapsed, as the browser's
 * matching ignores it.
 */
export function textFragmentUrl(pageUrl: string, quote: string, context: { prefix?: string; suffix?: string } = {}): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return pageUrl;
  const base = pageUrl.replace(/#.*$/s, '');
  const terms = words.length <= MAX_EXACT_WORDS
    ? [encodeTextDirective(words.join(' '))]
    : [encodeTextDirective(words.slice(0, EDGE_WORDS).join(' ')), encodeTextDirective(words.slice(-EDGE_WORDS).join(' '))];
  const prefix = lastWords(context.prefix, 3);
  const suffix = firstWords(context.suffix, 3);
  if (prefix) terms.unshift(`${encodeTextDirective(prefix)}-`);
  if (suffix) terms.push(`-${encodeTextDirective(suffix)}`);
  return `${base}#:~:text=${terms.join(',')}`;
}

// Context stops at a line break: a prefix from the previous paragraph would not be adjacent in the
// rendered page, and the browser would then find no match at all.
function lastWords(s: string | undefined, n: number): string {
  return (s ?? '').split('\n').pop()!.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean).slice(-n).join(' ');
}
function firstWords(s: string | undefined, n: number): string {
  return (s ?? '').split('\n')[0]!.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean).slice(0, n).join(' ');
}

/** Characters of context looked at either side of a quote. */
const CONTEXT = 32;

/**
 * Context for a text directive, taken from the analysed `text` around `span` — only when the quote
 * occurs more than once: every extra term is one more chance for the page's rendered text to differ
 * from the text Sourcelight read (hidden elements, generated content), and then nothing matches.
 */
export function fragmentContext(text: string, span: { start: number; end: number }): { prefix?: string; suffix?: string } {
  const quote = text.slice(span.start, span.end);
  if (text.indexOf(quote) === text.lastIndexOf(quote)) return {};
  return { prefix: text.slice(Math.max(0, span.start - CONTEXT), span.start), suffix: text.slice(span.end, span.end + CONTEXT) };
}
