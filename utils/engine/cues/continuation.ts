/**
 * Reported speech that continues across sentences without a new cue:
 * - German Konjunktiv I: "Das Auswärtige Amt teilte mit, … Hinweise auf verletzte Deutsche gebe es
 *   nicht." — the second sentence is still the ministry's statement;
 * - a quotation whose speaker was named in the previous sentence and that a medium relays:
 *   "Le ministère … a insisté … Il s'agit uniquement de « cibles militaires … », selon la BBC."
 *   → the ministry, via the BBC (the medium is the relay, not the speaker).
 * Pronoun subjects ("Il affirme…", "she added") and pro-drop are resolved with the other sources.
 */
import type { Candidate } from '../context';
import { trimClaim } from '../context';
import { relayKind } from '../phrases';
import { defineCue } from './define';

export default defineCue({
  id: 'continuation',
  refine(ctx, candidates) {
    const { tokens, sentences, text, quotes } = ctx.doc;
    const sentenceOf = (offset: number) => tokens[ctx.doc.tokenAt(offset)]?.sentence ?? -1;
    const bySentence = new Map<number, Candidate[]>();
    for (const c of candidates) {
      if (c.kind !== 'claim') continue;
      const si = sentenceOf(c.cue?.start ?? c.at);
      const list = bySentence.get(si) ?? [];
      list.push(c);
      bySentence.set(si, list);
    }
    const out = [...candidates];
    const speakerIn = (si: number) => (bySentence.get(si) ?? []).filter((c) => !relayKind(ctx, c.source)).pop();
    for (let si = 1; si < sentences.length; si++) {
      const sent = sentences[si]!;
      const prev = sentences[si - 1]!;
      if (prev.paragraph !== sent.paragraph) continue;
      const own = bySentence.get(si) ?? [];
      const speaker = speakerIn(si - 1);
      if (!speaker) continue;
      if (own.length === 0) {
        // Konjunktiv I alone marks the sentence as reported speech.
        let marked = false;
        for (let k = sent.first; k < sent.last && !marked; k++) {
          const t = tokens[k]!;
          if (t.isWord && ctx.c.sets.reportedSpeechMarkers.has(t.lower) && ctx.doc.quoteAt(t.start) < 0) marked = true;
        }
        // A sentence with a reporting verb of its own is its own statement, even if we failed to read it.
        for (let k = sent.first; k < sent.last && marked; k++) {
          const v = ctx.c.verbAt(tokens, k);
          if (!v || ctx.doc.quoteAt(tokens[k]!.start) >= 0) continue;
          // "gebe" is "bekanntgeben" only with its particle in the clause.
          if (v.separablePrefix && !tokens.slice(v.last, sent.last).some((t) => t.lower === v.separablePrefix)) continue;
          marked = false;
        }
        const claim = marked ? trimClaim(text, sent.start, sent.end) : null;
        if (claim) out.push({ rule: 'continuation', kind: 'claim', source: speaker.source, cue: null, claim: { ...claim, end: sent.end, text: text.slice(claim.start, sent.end) }, via: [...speaker.via], at: sent.start, ...(speaker.sameAsPrevious ? { sameAsPrevious: true } : {}) });
        continue;
      }
      // The only cue of the sentence is a medium relaying a quotation: the quotation is the previous speaker's.
      if (own.length !== 1) continue;
      const r = own[0]!;
      if (r.rule !== 'according-to' || !r.claim || relayKind(ctx, r.source) !== 'medium' || r.via.length) continue;
      const hasSpeech = quotes.some((q) => q.words >= 4 && r.claim!.start <= q.open && q.end <= r.claim!.end);
      if (!hasSpeech) continue;
      const i = out.indexOf(r);
      out[i] = { rule: 'continuation', kind: 'claim', source: speaker.source, cue: null, claim: r.claim, via: [r.source, ...speaker.via], at: r.at, ...(speaker.sameAsPrevious ? { sameAsPrevious: true } : {}) };
    }
    return out;
  },
  examples: {
    en: { hits: ['The ministry insisted that civilians were not targets. It was only hitting "legitimate military targets with precision weapons", according to the BBC.'], misses: ['The ministry insisted that civilians were not targets. The war began in 2020.'] },
    fr: { hits: ["Le ministère a insisté sur le fait que les civils ne sont pas visés. Il s'agit uniquement de « cibles militaires légitimes neutralisées », selon la BBC."], misses: ["Le ministère a insisté sur le fait que les civils ne sont pas visés. La guerre a commencé en 2020."] },
    de: { hits: ['Das Auswärtige Amt teilte mit, die Botschaft stehe in Kontakt. Hinweise auf verletzte Deutsche gebe es nicht.'], misses: ['Das Auswärtige Amt teilte mit, die Botschaft stehe in Kontakt. Die Bahn wurde 2016 eröffnet.'] },
  },
});
