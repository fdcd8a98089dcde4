/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) as JSON-LD: one annotation per
 * attribution, tagging the claim (or, for a credit, the dateline) with its source and chain. Tools
 * such as Hypothesis anchor them with the quote selector; the position selector counts UTF-16 code
 * units into the article text Sourcelight read, which may differ from the whole page's text.
 */
import type { Attribution, Report } from '../engine/types';
import { fragmentContext, textFragmentUrl } from './text-fragment';

export interface PageInfo { url: string; title: string }

/** Characters of context kept on each side of a quote when the article text is known. */
const CONTEXT = 32;

interface TextQuoteSelector { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
interface TextPositionSelector { type: 'TextPositionSelector'; start: number; end: number }
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'tagging';
  body: ({ type: 'TextualBody'; purpose: 'describing' | 'tagging'; value: string; format?: string })[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  /** The text fragment link that opens the page at this passage. */
  'dcterms:source'?: string;
}
export interface AnnotationCollection {
  '@context': ['http://www.w3.org/ns/anno.jsonld', { dcterms: string }];
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; items: WebAnnotation[] };
}

/**
 * The report as an AnnotationCollection. With `text` (the analysed article text, of length
 * `report.textLength`) the quote selectors carry `prefix` and `suffix`; without it, only `exact`.
 */
export function toWebAnnotations(report: Report, page: PageInfo, text?: string): AnnotationCollection {
  const hasText = text !== undefined && text.length === report.textLength;
  const items = report.attributions.map((a) => annotation(a, page, hasText ? text : undefined));
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { dcterms: 'http://purl.org/dc/terms/' }],
    type: 'AnnotationCollection',
    label: page.title,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

function annotation(a: Attribution, page: PageInfo, text: string | undefined): WebAnnotation {
  const span = a.claim ?? a.cue ?? a.source;
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: span.text };
  if (text) {
    quote.prefix = text.slice(Math.max(0, span.start - CONTEXT), span.start);
    quote.suffix = text.slice(span.end, span.end + CONTEXT);
  }
  const chain = [a.source.name, ...a.via].join(' → ');
  return {
    id: `urn:sourcelight:${encodeURIComponent(page.url)}:${a.id}`,
    type: 'Annotation',
    motivation: 'tagging',
    body: [
      { type: 'TextualBody', purpose: 'describing', value: a.kind === 'credit' ? `Credit: ${chain}` : `Source: ${chain}`, format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: `sourcelight:${a.source.type}` },
    ],
    target: { source: page.url, selector: [quote, { type: 'TextPositionSelector', start: span.start, end: span.end }] },
    'dcterms:source': textFragmentUrl(page.url, span.text, text ? fragmentContext(text, span) : {}),
  };
}
