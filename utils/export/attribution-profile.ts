/**
 * A report's attribution profile: how much of the article is attributed, and to whom. Pure: only the
 * Report is needed, so the popup, the Markdown export and tests compute the same figures.
 */
import type { Report, Span } from '../engine/types';

export interface AttributionProfile {
  /** Attributions of kind `claim`. */
  claimCount: number;
  /**
   * Share (0–1) of the analysed text's characters that lie inside a claim span, overlaps merged.
   * A character measure: the Report carries no sentence boundaries.
   */
  attributedShare: number;
  /** The agency the most claims rely on (as speaker or relay) and the share (0–1) of claims that do; null without agency. */
  topAgency: { name: string; share: number } | null;
  /** Distinct anonymous sources ("a source close to…", "officials"). */
  anonymousCount: number;
  /** Datelines and wire credits ("MOSCOU (AFP) —"), as written, in text order. */
  credits: string[];
  /** Distinct sources, relays included. */
  sourceCount: number;
  /** With the analysed text: its sentences, and how many of them overlap a claim. */
  sentences?: { total: number; attributed: number };
}

/** Sentence spans of `text` (Unicode sentence boundaries in `lang`), blank ones left out. */
export function sentenceSpans(text: string, lang: string): Span[] {
  const spans: Span[] = [];
  for (const { segment, index } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    const trimmed = segment.trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.trim()) spans.push({ start: index + lead, end: index + trimmed.length, text: trimmed.slice(lead) });
  }
  return spans;
}

/**
 * The profile of `report`. Pass the analysed `text` (of length `report.textLength`) to get sentence
 * counts; without it, only the character share says how much is attributed.
 */
export function attributionProfile(report: Report, text?: string): AttributionProfile {
  const claims = report.attributions.filter((a) => a.kind === 'claim' && a.claim);
  const agencies = new Set(report.sources.filter((s) => s.type === 'agency').map((s) => s.name));
  const perAgency = new Map<string, number>();
  for (const a of claims) {
    for (const name of new Set([a.source.name, ...a.via])) {
      if (agencies.has(name) || (name === a.source.name && a.source.type === 'agency')) perAgency.set(name, (perAgency.get(name) ?? 0) + 1);
    }
  }
  let topAgency: AttributionProfile['topAgency'] = null;
  for (const [name, n] of perAgency) {
    if (!topAgency || n / claims.length > topAgency.share || (n / claims.length === topAgency.share && name < topAgency.name)) {
      topAgency = { name, share: n / claims.length };
    }
  }
  return {
    claimCount: claims.length,
    attributedShare: report.textLength > 0 ? coveredLength(claims.map((a) => a.claim!)) / report.textLength : 0,
    topAgency,
    anonymousCount: new Set(report.attributions.filter((a) => a.source.type === 'anonymous').map((a) => a.source.name)).size,
    credits: report.attributions.filter((a) => a.kind === 'credit').map((a) => (a.cue ?? a.source).text),
    sourceCount: report.sources.length,
    ...(text !== undefined && text.length === report.textLength ? { sentences: countSentences(text, report.lang, claims.map((a) => a.claim!)) } : {}),
  };
}

function countSentences(text: string, lang: string, claims: Span[]): { total: number; attributed: number } {
  const sentences = sentenceSpans(text, lang);
  const attributed = sentences.filter((s) => claims.some((c) => c.start < s.end && c.end > s.start)).length;
  return { total: sentences.length, attributed };
}

/** Total length covered by the spans, each character counted once. */
function coveredLength(spans: Span[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let total = 0;
  let end = -1;
  for (const s of sorted) {
    if (s.end <= end) continue;
    total += s.end - Math.max(s.start, end);
    end = s.end;
  }
  return total;
}
