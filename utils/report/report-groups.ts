/** Pure views over a Report for the popup: sources grouped by type, chains, short excerpts. */
import type { Attribution, Report, SourceType } from '../engine/types';

/** Display order of the groups: who is most often the origin of news first. */
export const TYPE_ORDER: readonly SourceType[] = ['agency', 'media', 'person', 'government', 'organization', 'anonymous', 'document'];

export interface SourceEntry {
  name: string;
  type: SourceType;
  /** The engine's count: attributions whose source or relay this is. */
  count: number;
  /** Attributions this source backs, as speaker or as relay, in text order. */
  attributions: Attribution[];
  /** Attributions where this source is the one named in the text (its mentions), in text order. */
  mentions: Attribution[];
}

export interface SourceGroup {
  type: SourceType;
  sources: SourceEntry[];
}

/** Groups the report's sources by type (TYPE_ORDER), most cited first; empty groups are left out. */
export function groupSources(report: Report): SourceGroup[] {
  const entries = new Map<string, SourceEntry>();
  for (const s of report.sources) entries.set(s.name, { name: s.name, type: s.type, count: s.count, attributions: [], mentions: [] });
  for (const a of report.attributions) {
    let speaker = entries.get(a.source.name);
    if (!speaker) { // a source the summary forgot: still show it rather than lose the claim
      speaker = { name: a.source.name, type: a.source.type, count: 0, attributions: [], mentions: [] };
      entries.set(a.source.name, speaker);
    }
    speaker.mentions.push(a);
    speaker.attributions.push(a);
    for (const relay of new Set(a.via)) {
      const entry = entries.get(relay);
      if (entry && entry !== speaker) entry.attributions.push(a);
    }
  }
  for (const e of entries.values()) if (e.count === 0) e.count = e.attributions.length;
  return TYPE_ORDER.map((type) => ({
    type,
    sources: [...entries.values()].filter((e) => e.type === type)
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  })).filter((g) => g.sources.length > 0);
}

/** "Marija Zakharova → AFP": the speaker then its relays, nearest first. */
export function chainOf(a: Attribution): string[] {
  return [a.source.name, ...a.via];
}

/** Whitespace collapsed, cut at a word boundary to at most `max` characters (UTF-16 units), with "…". */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
