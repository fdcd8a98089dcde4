/**
 * Attribution without a grammatical speaker: impersonal reporting whose source is a prepositional
 * phrase ("Aus Koalitionskreisen hieß es, …", "…, hieß es in einer Mitteilung des Unternehmens",
 * "Au ministère des Transports, on indique que …") and postpositions ("Einem Bericht des
 * Handelsblatts zufolge …"). A bare "on dit" with no such phrase names nobody and stays unattributed.
 */
import type { Candidate, Ctx, Range } from '../context';
import { rangeSpan, span, trimClaim } from '../context';
import { claimAfter, claimBefore } from '../claims';
import { forwardNP, headType, looksLikeNP, participleModifiedNP } from '../phrases';
import { defineCue } from './define';

/** The NP after a source preposition starting at token k, or null. */
function sourcePP(ctx: Ctx, k: number, limit: number): Range | null {
  while (k < limit && ctx.doc.tokens[k]!.isWord && ctx.c.sets.adverbs.has(ctx.doc.tokens[k]!.lower)) k++;
  const n = ctx.c.phrases.impersonalSourcePreps.match(ctx.doc.tokens, k);
  if (!n) return null;
  const np = forwardNP(ctx, k + n, limit);
  // "in einem am Samstag veröffentlichten Bericht der UN-Beobachter": an article, a participle phrase,
  // then the head noun (German puts the modifier between them).
  const d = k + n;
  if (!np || np.last <= d + 1) return participleModifiedNP(ctx, d, limit) ?? np;
  return np;
}

/** "geht aus [NP] hervor" at token i: the cue's length, the source NP and the token after the particle. */
function splitCueAt(ctx: Ctx, i: number, limit: number): { n: number; source: Range; next: number } | null {
  const { tokens } = ctx.doc;
  const n = ctx.c.phrases.splitSourceHeads.match(tokens, i);
  if (!n) return null;
  const head = tokens.slice(i, i + n).map((t) => t.lower).join(' ');
  for (const [h, particle] of ctx.c.lex.splitSourceCues) {
    if (h.replace(/[’ʼ]/g, "'") !== head) continue;
    const words = { length: n };
    const np = forwardNP(ctx, i + words.length, limit);
    if (!np) return null;
    let next = np.last;
    if (particle) {
      // A relative clause may sit between the source and the particle: "aus einer Studie …, die … erschienen ist, hervor" is rare; accept the particle within a few words.
      let p = next;
      while (p < limit && p < next + 3 && tokens[p]!.lower !== particle) p++;
      if (tokens[p]?.lower !== particle) return null;
      next = p + 1;
    }
    return { n: words.length, source: np, next };
  }
  return null;
}

/** The sentence before `si` in the same paragraph, as a claim. */
function previousSentence(ctx: Ctx, si: number) {
  const prev = ctx.doc.sentences[si - 1];
  if (!prev || prev.paragraph !== ctx.doc.sentences[si]!.paragraph) return null;
  return trimClaim(ctx.doc.text, prev.start, prev.end);
}

export default defineCue({
  id: 'impersonal',
  find(ctx) {
    const out: Candidate[] = [];
    const { tokens, sentences, text } = ctx.doc;
    for (let si = 0; si < sentences.length; si++) {
      const sent = sentences[si]!;
      for (let i = sent.first; i < sent.last; i++) {
        if (ctx.doc.quoteAt(tokens[i]!.start) >= 0) continue;
        const post = ctx.c.phrases.accordingPost.match(tokens, i);
        if (post) {
          // The source ends right before the postposition and starts the sentence (or follows a comma).
          let b = i - 1;
          while (b > sent.first && tokens[b - 1]!.text !== ',') b--;
          const r = { first: b, last: i };
          if (!looksLikeNP(ctx, r, 8)) continue;
          const claim = claimAfter(ctx, si, i + post);
          if (claim) out.push({ rule: 'impersonal', kind: 'claim', source: rangeSpan(ctx.doc, r), cue: span(text, tokens[i]!.start, tokens[i + post - 1]!.end), claim, via: [], at: tokens[i]!.start });
          continue;
        }
        const split = splitCueAt(ctx, i, sent.last);
        if (split) {
          // "Das geht aus einer Studie … hervor": the content is the previous sentence; ", dass …" brings its own.
          const lead = ctx.c.phrases.anaphoricLeads.match(tokens, sent.first);
          const claim = (split.next < sent.last && claimAfter(ctx, si, split.next, true)) || (lead && sent.first + lead === i ? previousSentence(ctx, si) : null);
          if (claim) out.push({ rule: 'impersonal', kind: 'claim', source: rangeSpan(ctx.doc, split.source), cue: span(text, tokens[i]!.start, tokens[i + split.n - 1]!.end), claim, via: [], at: tokens[i]!.start });
          i = split.next - 1;
          continue;
        }
        const n = ctx.c.phrases.impersonalCues.match(tokens, i);
        if (!n) continue;
        const cue = span(text, tokens[i]!.start, tokens[i + n - 1]!.end);
        // Source after the cue ("hieß es in einer Mitteilung …") or fronted before it ("Aus Koalitionskreisen hieß es").
        let src = sourcePP(ctx, i + n, sent.last);
        let claim = null;
        if (src) {
          claim = tokens[i - 1]?.text === ',' ? claimBefore(ctx, si, i - 1) : claimAfter(ctx, si, src.last);
        } else {
          for (let b = sent.first; b < i && !src; b++) {
            const np = sourcePP(ctx, b, i);
            if (np && (np.last === i || tokens[np.last]?.text === ',')) src = np;
          }
          // "…, wie aus einem Entwurf hervorgeht": a fronted "as" clause comments on the content before it.
          const as = src ? src.first - 2 : -1;
          if (src && as > sent.first && ctx.c.sets.asWords.has(tokens[as]!.lower) && tokens[as - 1]?.text === ',') claim = claimBefore(ctx, si, as - 1);
          else if (src) claim = claimAfter(ctx, si, i + n);
        }
        if (!src || !claim) continue;
        out.push({ rule: 'impersonal', kind: 'claim', source: rangeSpan(ctx.doc, src), cue, claim, via: [], at: cue.start });
        i += n - 1;
      }
    }
    return out;
  },
  examples: {
    en: { hits: [], misses: ['It is said that the castle is haunted.'] },
    fr: { hits: ['Au ministère des Transports, on indique que les travaux commenceront au printemps.'], misses: ["L'on dit volontiers qu'elle revient à la vitesse d'un cheval au galop."] },
    de: { hits: ['Aus Koalitionskreisen hieß es, das Finanzministerium habe Bedenken angemeldet.', 'Ab 2027 soll ein Pfand fällig werden, wie aus einem Referentenentwurf des Umweltministeriums hervorgeht.', 'Aus dem Bericht geht hervor, dass die Anlage veraltet war.', 'Einem Bericht des Handelsblatts zufolge handelt es sich um einen Konzern.'], misses: ['Es hieß, man werde sehen.'] },
  },
});
