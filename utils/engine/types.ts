/**
 * The engine's vocabulary, shared by every layer. Offsets are UTF-16 code units into the analysed
 * text, `end` exclusive, and `text.slice(span.start, span.end) === span.text` always holds.
 */

export type Lang = 'en' | 'fr' | 'de' | 'es';
export const LANGS: readonly Lang[] = ['en', 'fr', 'de', 'es'];

export type SourceType = 'agency' | 'media' | 'person' | 'organization' | 'government' | 'anonymous' | 'document';
export const SOURCE_TYPES: readonly SourceType[] = ['agency', 'media', 'person', 'organization', 'government', 'anonymous', 'document'];

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The words that name a source in the text, with the canonical name and type they resolve to. */
export interface SourceSpan extends Span {
  name: string;
  type: SourceType;
}

/**
 * One (source, claim) pair. `kind: 'credit'` is a dateline or wire credit ("PARIS (AFP) —",
 * "(avec AFP)") that attributes the whole article: its `claim` is null.
 */
export interface Attribution {
  /** Stable within one report: `a0`, `a1`… in text order. */
  id: string;
  kind: 'claim' | 'credit';
  source: SourceSpan;
  /** Reporting verb, preposition, dateline…; null for a bare quotation whose speaker is named elsewhere. */
  cue: Span | null;
  claim: Span | null;
  /** Canonical names of the relays, nearest first: "X said Y, according to AFP" → ["AFP"]. */
  via: string[];
  /**
   * Where the relays are named in the text ("l'agence Interfax", "told the BBC"), with the name and
   * type each resolves to, for painting. A relay carried over from an earlier sentence (a pronoun
   * continuing "Selon l'AFP, X a déclaré…") points back to where that sentence named it.
   */
  relays: SourceSpan[];
  /** The cue family that found it (e.g. "according-to", "reporting-verb"): for debugging and tests. */
  rule: string;
}

/** Per-source summary: every distinct source the article relies on, relays included. */
export interface SourceSummary {
  name: string;
  type: SourceType;
  /** Number of attributions whose source or relay this is. */
  count: number;
}

export interface Report {
  lang: Lang;
  /** Length of the analysed text, so consumers can check offsets belong to it. */
  textLength: number;
  attributions: Attribution[];
  sources: SourceSummary[];
}

export interface AnalyzeOptions {
  /** The page's declared language, if any; otherwise detected from the text. */
  lang?: string;
  /** User-defined sources (options page) merged into the gazetteer. */
  customSources?: ReadonlyArray<{ name: string; type: SourceType; aliases: string[] }>;
}
