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
}

export function attributionProfile(report: Report): AttributionProfile {
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
  };
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
