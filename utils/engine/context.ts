/**
 * What every cue receives: the document, the compiled lexicon and the gazetteer, plus the candidate
 * shape cues produce and the resolver turns into Attributions.
 */
import type { Span } from './types';
import type { Doc, Token } from './doc';
import type { Compiled } from './compile';
import type { Gazetteer } from './gazetteer';

export interface Ctx {
  doc: Doc;
  c: Compiled;
  gaz: Gazetteer;
}

/** Token range [first, last). */
export interface Range {
  first: number;
  last: number;
}

export interface RelayHolder {
  /** A source cited by a relay: "citing the Russian Embassy", "unter Berufung auf die Staatsanwaltschaft". */
  relay?: {
    source: Span;
    cue: Span;
    /**
     * Relays between the cited source and the speaker, nearest to the source first: "Interfax, citing
     * Kommersant, which in turn cited officials" → source officials, through [Kommersant].
     */
    through?: Span[];
  };
}

export interface Candidate {
  rule: string;
  kind: 'claim' | 'credit';
  source: Span;
  cue: Span | null;
  claim: Span | null;
  /** Relay spans as written, nearest to the source first. */
  via: Span[];
  /** A medium the speaker talked to ("told the BBC"): a relay unless it is the article's own agency. */
  addressee?: Span;
  /** The addressee is a title read from its shape, not from the gazetteer ("told the Oregon Capital Chronicle"): a medium. */
  addresseeIsTitle?: boolean;
  /** The source is the previous speaker (Spanish pro-drop, bare quotations, reported-speech continuations). */
  sameAsPrevious?: boolean;
  /** Position used for ordering and for "previous speaker" look-ups. */
  at: number;
}

export const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

export const rangeSpan = (doc: Doc, r: Range): Span => span(doc.text, doc.tokens[r.first]!.start, doc.tokens[r.last - 1]!.end);

export const isPunct = (t: Token | undefined): boolean => !!t && !t.isWord;

const CLOSING = new Set(['»', '”', '“', '"', '›', "'", '’', '«', '‹', '‘']);
export const isClosingQuote = (doc: Doc, t: Token | undefined): boolean => {
  if (!t || !CLOSING.has(t.text)) return false;
  const q = doc.quotes[doc.quoteAt(t.start)];
  if (!q || q.close !== t.end) return false;
  // A quoted title ("die „Süddeutsche Zeitung“ berichtet") is part of a phrase, not a quoted statement.
  const inner = doc.text.slice(q.start, q.end);
  return !(q.words <= 4 && /^\p{Lu}/u.test(inner) && !/[,.;:!?]/.test(inner));
};

/** Trim spaces and the punctuation that never belongs to a claim's edges; null when nothing is left. */
export function trimClaim(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s,;:.\-—–]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:.\-—–]/u.test(text[end - 1]!)) end--;
  return end - start >= 3 ? span(text, start, end) : null;
}
