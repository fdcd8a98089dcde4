/**
 * Quotations: a speaker introduced by a colon ("Kerjean : « … »"), and bare quotations that continue
 * the previous speaker — the second half of a split quote, the next paragraph of a multi-paragraph
 * quotation (opened again with “ or, in French, with »). A bare quotation is attributed only when it
 * opens its sentence, is closed (or continues a quotation) and follows its speaker in the same paragraph
 * or continues that speaker's quotation; an unclosed quotation with no speaker stays unattributed.
 */
import type { Candidate, Ctx } from '../context';
import type { Span } from '../types';
import { rangeSpan, span } from '../context';
import { forwardNP, headType, personRun } from '../phrases';
import { defineCue } from './define';

const within = (x: number, a: { start: number; end: number } | null) => !!a && a.start <= x && x < a.end;

function sentenceOpenedBy(ctx: Ctx, offset: number): boolean {
  const t = ctx.doc.tokenAt(offset);
  const tok = ctx.doc.tokens[t];
  if (!tok || tok.start !== offset) return false;
  const s = ctx.doc.sentences[tok.sentence];
  return !!s && s.first === t;
}

/** Source types whose reaction before a colon introduces what they said. */
const SPEAKER_TYPES = new Set(['person', 'organization', 'government', 'anonymous']);

/**
 * "Die Ministerin zeigte sich erleichtert: „…“", "El alcalde fue tajante: «…»", "The mayor was blunt:
 * "…"": a subject opening the sentence, a short lower-case predicate with no reporting verb of its own
 * (a reporting verb is read by its own cue), then a colon and a quotation. The subject must name a
 * speaker: a person, a title, or a speaking institution, not a document or a thing ("Die Bilanz ist
 * ernüchternd: …").
 */
function reactionFrame(ctx: Ctx, np: { first: number; last: number }, colon: number): Span | null {
  const { tokens } = ctx.doc;
  const s = ctx.c.sets;
  const tail = tokens.slice(np.last, colon);
  if (tail.length < 1 || tail.length > 4 || !tail.every((t) => t.isWord && !t.isCap)) return null;
  if (s.npLinks.has(tail[0]!.lower) || s.adverbialPreps.has(tail[0]!.lower) || s.clauseOpeners.has(tail[0]!.lower)) return null;
  for (let k = np.last; k < colon; k++) if (ctx.c.verbAt(tokens, k)) return null;
  let f = np.first;
  while (f < np.last && s.determiners.has(tokens[f]!.lower)) f++;
  if (f >= np.last) return null;
  const person = personRun(ctx, np);
  const titled = ctx.c.phrases.titles.match(tokens, f) > 0;
  const known = ctx.gaz.match(tokens, np.first) || ctx.gaz.match(tokens, f);
  const head = headType(ctx, tokens[np.last - 1]!);
  if (!person && !titled && !known && !(head && SPEAKER_TYPES.has(head))) return null;
  if (head === 'document' || head === 'media' || head === 'agency') return null;
  return rangeSpan(ctx.doc, person ?? np);
}

export default defineCue({
  id: 'quotation',
  find(ctx) {
    // "Name : « … »" — the colon is the cue.
    const out: Candidate[] = [];
    const { tokens, sentences, quotes, text } = ctx.doc;
    for (const sent of sentences) {
      let colon = -1;
      for (let k = sent.first; k < sent.last && k < sent.first + 14; k++) if (tokens[k]!.text === ':') { colon = k; break; }
      if (colon <= sent.first) continue;
      const q = quotes[ctx.doc.quoteAt(tokens[colon + 1]?.start ?? -1)];
      if (!q || q.open !== tokens[colon + 1]!.start) continue;
      const np = forwardNP(ctx, sent.first, colon);
      if (np && np.last < colon && tokens[np.last]?.text !== ',') {
        const frame = reactionFrame(ctx, np, colon);
        if (frame) out.push({ rule: 'quotation', kind: 'claim', source: frame, cue: span(text, tokens[np.last]!.start, tokens[colon]!.end), claim: span(text, q.start, q.end), via: [], at: tokens[colon]!.start });
        continue;
      }
      // The speaker opens the sentence; a comma may add the topic before the colon ("Marín, sobre el cierre: «…»").
      if (!np || (np.last !== colon && tokens[np.last]?.text !== ',')) continue;
      if (np.last !== colon && !tokens.slice(np.first, np.last).every((x) => x.isCap || !x.isWord)) continue;
      const person = personRun(ctx, np);
      const known = ctx.gaz.match(tokens, np.first);
      const name = np.last - np.first === 1 && tokens[np.first]!.isCap && !headType(ctx, tokens[np.first]!);
      if (!person && !known && !name) continue;
      out.push({ rule: 'quotation', kind: 'claim', source: rangeSpan(ctx.doc, person ?? np), cue: span(text, tokens[colon]!.start, tokens[colon]!.end), claim: span(text, q.start, q.end), via: [], at: tokens[colon]!.start });
    }
    return out;
  },
  refine(ctx, candidates) {
    const { quotes } = ctx.doc;
    const claims = candidates.filter((c) => c.kind === 'claim').sort((a, b) => a.at - b.at);
    const ats = claims.map((c) => c.at);
    /** The last claim whose position is before `offset` (binary search: the pass stays linear). */
    const lastBefore = (offset: number): Candidate | undefined => {
      let lo = 0, hi = ats.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (ats[mid]! < offset) lo = mid + 1; else hi = mid; }
      return claims[lo - 1];
    };
    const paragraphOf = (offset: number) => ctx.doc.sentences[ctx.doc.tokens[ctx.doc.tokenAt(offset)]?.sentence ?? -1]?.paragraph ?? -1;
    const claimsByParagraph = new Map<number, Candidate[]>();
    for (const c of claims) {
      if (!c.claim) continue;
      for (let p = paragraphOf(c.claim.start); p >= 0 && p <= paragraphOf(Math.max(c.claim.start, c.claim.end - 1)); p++) claimsByParagraph.set(p, [...(claimsByParagraph.get(p) ?? []), c]);
    }
    const claimBySpan = new Map(claims.filter((c) => c.claim).map((c) => [`${c.claim!.start}:${c.claim!.end}`, c]));
    const added: Candidate[] = [];
    const claimOf = new Map<number, Candidate>(); // quote index → the attribution whose claim it is
    quotes.forEach((q, qi) => {
      const owner = claimBySpan.get(`${q.start}:${q.end}`);
      if (owner) claimOf.set(qi, owner);
    });
    quotes.forEach((q, qi) => {
      if (claimOf.has(qi) || q.words < 3) return;
      if ((claimsByParagraph.get(q.paragraph) ?? []).some((c) => within(q.start, c.claim) || within(q.open, c.cue))) return;
      // Continuation of a quotation whose speaker is known (multi-paragraph quotations).
      let speaker: Candidate | undefined;
      for (let p = q.continues; p >= 0 && !speaker; p = quotes[p]!.continues) speaker = claimOf.get(p);
      let cue: Candidate['cue'] = null;
      const prev = lastBefore(q.open);
      // "…told AFP she had packed her car in ten minutes:" + « … » opening the next paragraph.
      if (!speaker && prev?.cue && q.paragraph > 0 && ctx.doc.paragraphs[q.paragraph]!.start === q.open) {
        const before = ctx.doc.text.slice(ctx.doc.paragraphs[q.paragraph - 1]!.start, ctx.doc.paragraphs[q.paragraph - 1]!.end);
        const colonAt = ctx.doc.paragraphs[q.paragraph - 1]!.end - 1;
        if (before.endsWith(':') && prev.cue.start >= ctx.doc.paragraphs[q.paragraph - 1]!.start) {
          speaker = prev;
          cue = span(ctx.doc.text, colonAt, colonAt + 1);
        }
      }
      // A quotation split by its cue: "“The backups,” Whitfield said, “are intact …”".
      if (!speaker && prev?.cue && q.close >= 0 && prev.cue.end <= q.open && /^[\s,]*$/.test(ctx.doc.text.slice(prev.cue.end, q.open)) && prev.claim && quotes[ctx.doc.quoteAt(prev.claim.start)]?.start === prev.claim.start) speaker = prev;
      if (!speaker) {
        if (q.close < 0 && q.continuedBy < 0) return; // an unclosed quotation with no speaker
        if (!sentenceOpenedBy(ctx, q.open)) return; // titles and scare quotes sit inside a sentence
        if (!prev) return;
        const prevPara = ctx.doc.tokens[ctx.doc.tokenAt(prev.at)]?.sentence;
        const para = prevPara === undefined ? -1 : ctx.doc.sentences[prevPara]?.paragraph;
        if (para !== q.paragraph) return;
        // The speaker must have spoken through a quotation or a colon in that paragraph, or in the sentence
        // right before when the quotation fills its own sentence ("X sagte, der Gesetzgeber habe … . „Das ist
        // mit dem Grundgesetz nicht vereinbar.“").
        const quotedBefore = !!prev.claim && quotes[ctx.doc.quoteAt(prev.claim.start)]?.end === prev.claim.end;
        const qSent = ctx.doc.tokens[ctx.doc.tokenAt(q.open)]?.sentence ?? -1;
        const prevSent = prev.claim ? ctx.doc.tokens[ctx.doc.tokenAt(Math.max(prev.claim.start, prev.claim.end - 1))]?.sentence ?? -2 : -2;
        const fills = q.close >= 0 && q.words >= 4 && (ctx.doc.sentences[qSent]?.end ?? -1) - q.end <= 1;
        if (!quotedBefore && !(fills && prevSent === qSent - 1 && prev.kind === 'claim' && prev.cue)) return;
        speaker = prev;
      }
      const c: Candidate = { rule: 'quotation', kind: 'claim', source: speaker.source, cue, claim: span(ctx.doc.text, q.start, q.end), via: [...speaker.via], at: q.open };
      if (speaker.addressee) c.addressee = speaker.addressee;
      if (speaker.sameAsPrevious) c.sameAsPrevious = true;
      claimOf.set(qi, c);
      added.push(c);
    });
    return [...candidates, ...added];
  },
  examples: {
    en: { hits: ['"The warning signs were there," said Harriet Lindqvist. "Nobody acted on them."'], misses: ['He called it a "very bad" idea.', '“The forces are advancing in the region.'] },
    fr: { hits: ['Maël Kerjean : « Cinq ans, c’est le temps qu’il faut pour lancer une étude. »'], misses: ['Il a fait un film, « La Rivière endormie », en 1985.'] },
    de: { hits: ['„Es war kalt“, sagte Matteo Oberhauser. „Wir hatten einen Plan für genau diesen Fall.“'], misses: ['Das Buch „Die Rückkehr der Seilbahn“ erschien 2016.'] },
    es: { hits: ['"Es una alegría enorme", dijo Luigi Bertocchi. "Muchos vecinos ya habían perdido la esperanza."'], misses: ['El caso recuerda al de la novela "El coleccionista de sombras".'] },
  },
});
