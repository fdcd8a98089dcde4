/**
 * Relay chains and nesting. A claim that contains another attribution either relays it or contains it:
 * - a medium or agency relays what it reports: "Selon l'AFP, les séparatistes affirment …",
 *   "L'AFP écrit qu'un groupe … accuse …", "…, two people familiar with the matter said, according to
 *   Reuters" → the inner speaker, via the medium (nearest relay first);
 * - a document relays a statement it records ("Según el atestado policial, el hombre aseguró que …");
 * - any other speaker's claim simply contains reported content: "La Russie appelle …, a déclaré
 *   Zakharova" → only Zakharova's attribution is kept.
 */
import type { Candidate } from '../context';
import { relayKind } from '../phrases';
import { defineCue } from './define';

const inside = (x: { start: number; end: number }, c: { start: number; end: number }) => c.start <= x.start && x.end <= c.end;

export default defineCue({
  id: 'chains',
  refine(ctx, candidates) {
    const claims = candidates.filter((c) => c.kind === 'claim' && c.claim);
    const dropped = new Set<Candidate>();
    const relayed = new Set<Candidate>();
    // Innermost first, so that "X said, according to AP, citing state media" accumulates relays in order.
    const order = [...claims].sort((a, b) => (a.claim!.end - a.claim!.start) - (b.claim!.end - b.claim!.start));
    // Only claims that start at most one claim-length before the anchor can contain it: a window over
    // claims sorted by start keeps the pass linear.
    const byStart = [...claims].sort((a, b) => a.claim!.start - b.claim!.start);
    const starts = byStart.map((c) => c.claim!.start);
    const maxLen = byStart.reduce((m, c) => Math.max(m, c.claim!.end - c.claim!.start), 0);
    const windowFor = (offset: number): Candidate[] => {
      let lo = 0, hi = starts.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid]! < offset - maxLen) lo = mid + 1; else hi = mid; }
      const out: Candidate[] = [];
      for (let k = lo; k < starts.length && starts[k]! <= offset; k++) out.push(byStart[k]!);
      return out;
    };
    for (const inner of order) {
      const anchor = inner.cue ?? inner.source;
      let outer: Candidate | undefined;
      for (const o of windowFor(anchor.start)) {
        // An outer reading already dropped as someone's content cannot swallow another: "According to the
        // report, a test … revealed …" (the verb's inverted reading loses to the preposition, which stays).
        if (o === inner || dropped.has(o) || !inside(anchor, o.claim!) || !inside(inner.source, o.claim!)) continue;
        if (!outer || o.claim!.end - o.claim!.start < outer.claim!.end - outer.claim!.start) outer = o;
      }
      if (!outer) continue;
      const kind = relayKind(ctx, outer.source);
      const opensClause = !!inner.claim && ctx.c.phrases.complementizers.match(ctx.doc.tokens, ctx.doc.tokenAt(inner.claim.start)) > 0;
      if (kind === 'medium' || kind === 'dispatch' || (kind === 'document' && opensClause)) {
        inner.via = [...inner.via, outer.source, ...outer.via];
        relayed.add(outer);
      } else dropped.add(inner);
    }
    return candidates.filter((c) => !dropped.has(c) && !relayed.has(c));
  },
  examples: {
    en: { hits: ['Talks had been under way since February, two people familiar with the matter said, according to Reuters.'], misses: [] },
    fr: { hits: ["Selon l'AFP, les séparatistes arméniens affirment que l'Azerbaïdjan tente d'avancer."], misses: [] },
  },
});
