/**
 * Prepositional attribution: "Selon l'AFP, …", "…, according to Reuters", "Laut Betreiber war …",
 * "Nach Angaben der Betreibergesellschaft …", "según las mismas fuentes", with the relay form
 * "selon l'AFP citant les services de secours" / "Según ANSA, que cita a los carabineros, …".
 */
import type { Candidate, Ctx, Range } from '../context';
import { rangeSpan, span, trimClaim, type RelayHolder } from '../context';
import { claimAfter, claimBefore } from '../claims';
import { forwardNP, headType, personRun, readRelay, participleModifiedNP } from '../phrases';
import { defineCue } from './define';

/**
 * After "Pour Grégoire Maunoury," or "Selon l'association Cœur de Villarnoux,": a relative clause
 * ("qui regroupe 140 boutiques,") or, after a name, a role ("chef de file de la droite au conseil,",
 * "la porte-parole du ministère,") set off by commas describes the source; the content starts after it.
 * Returns the token where the content starts (`k` when there is no apposition).
 */
function skipApposition(ctx: Ctx, np: Range, k: number, limit: number): number {
  const { tokens } = ctx.doc;
  const s = ctx.c.sets;
  let c = k;
  while (c < limit && c < k + 16 && tokens[c]!.text !== ',' && ctx.doc.quoteAt(tokens[c]!.start) < 0) c++;
  if (tokens[c]?.text !== ',' || c === k || limit - (c + 1) < 3) return k;
  const t = tokens[k]!;
  if (!t.isWord) return k;
  const relative = (s.relativePronouns.has(t.lower) || s.relativeAdverbs.has(t.lower)) && !s.determiners.has(t.lower);
  let r = k;
  if (s.determiners.has(tokens[r]!.lower) && !t.isCap) r++;
  const named = tokens[np.last - 1]!.isCap;
  const role = named && !t.isCap && c - k <= 10 && (ctx.c.phrases.titles.match(tokens, r) > 0 || s.spokesHeads.has(tokens[r]!.lower))
    && !tokens.slice(k, c).some((x, n) => ctx.c.verbAt(tokens, k + n));
  return relative || role ? c + 1 : k;
}

export default defineCue({
  id: 'according-to',
  find(ctx) {
    const out: Candidate[] = [];
    const { tokens, sentences, text } = ctx.doc;
    const s = ctx.c.sets;
    for (let si = 0; si < sentences.length; si++) {
      const sent = sentences[si]!;
      for (let i = sent.first; i < sent.last; i++) {
        let n = ctx.c.phrases.according.match(tokens, i);
        let initial = false, incise = false;
        if (!n && i === sent.first) { n = ctx.c.phrases.accordingInitial.match(tokens, i); initial = n > 0; }
        if (!n && tokens[i - 1]?.text === ',' && i > sent.first) { n = ctx.c.phrases.accordingIncise.match(tokens, i); incise = n > 0; }
        if (!n || ctx.doc.quoteAt(tokens[i]!.start) >= 0) continue;
        // "Le quotidien El Comercio, citant un rapport …, affirme que …": a relay cue in apposition to the
        // subject belongs to the verb that follows (reporting-verb.ts), not to a claim of its own.
        if (ctx.c.phrases.relayCues.match(tokens, i) && tokens[i - 1]?.text === ',' && i - 1 - sent.first <= 8 && i - 1 > sent.first) continue;
        // "…, a rapporté Le Figaro, citant des responsables": the relay cue belongs to the incise verb before it.
        if (ctx.c.phrases.relayCues.match(tokens, i) && tokens[i - 1]?.text === ',') {
          let hasVerb = false;
          for (let k = Math.max(sent.first, i - 8); k < i - 1 && !hasVerb; k++) hasVerb = !!ctx.c.verbAt(tokens, k) && tokens[k - 1]?.text === ',';
          if (hasVerb) continue;
        }
        // "De source ferroviaire": a cue that ends in a head noun keeps it in the source.
        const headInCue = n > 1 && headType(ctx, tokens[i + n - 1]!) === 'anonymous';
        // "selon lui", "according to him": the pronoun is the source, resolved to the last speaker.
        // "según ha informado este martes el Ministerio": a time adverbial before the source.
        if (n > 1) {
          let k = i + n;
          while (k < sent.last && k < i + n + 3 && tokens[k]!.isWord && s.adverbs.has(tokens[k]!.lower)) k++;
          if (k > i + n && tokens[k]?.isWord && s.determiners.has(tokens[k]!.lower) && !s.adverbs.has(tokens[k]!.lower)) n = k - i;
        }
        // "según ha anunciado la consejera …": a reporting verb right after a one-word cue belongs to it.
        if (n === 1 && !initial && !incise) {
          const v = ctx.c.verbAt(tokens, i + 1);
          if (v && v.first === i + 1 && v.last - v.first <= 3 && !v.isHomograph) {
            n = v.last - i;
            let k = i + n;
            while (k < sent.last && k < i + n + 3 && tokens[k]!.isWord && s.adverbs.has(tokens[k]!.lower)) k++;
            if (tokens[k]?.isWord && s.determiners.has(tokens[k]!.lower)) n = k - i;
          }
        }
        const pro = tokens[i + n];
        let np = pro?.isWord && s.objectPronouns.has(pro.lower) && (!tokens[i + n + 1]?.isWord || s.adverbs.has(tokens[i + n + 1]!.lower))
          ? { first: i + n, last: i + n + 1 } : forwardNP(ctx, headInCue ? i + n - 1 : i + n, sent.last);
        // "Laut einem am Dienstag veröffentlichten Bericht des Rechnungshofs": the participle phrase after the article.
        if (!headInCue && (!np || np.last <= i + n + 1)) np = participleModifiedNP(ctx, i + n, sent.last) ?? np;
        if (!np) continue;
        // "…, según la consejera de Fomento, Marta Villegas.": a role, then the person's name in apposition.
        if (tokens[np.last]?.text === ',') {
          let f0 = np.first;
          while (f0 < np.last && s.determiners.has(tokens[f0]!.lower)) f0++;
          const app = ctx.c.phrases.titles.match(tokens, f0) ? forwardNP(ctx, np.last + 1, sent.last) : null;
          const pr = app ? personRun(ctx, app) : null;
          const closes = app && (app.last >= sent.last || /^[.!?,]$/.test(tokens[app.last]!.text));
          if (app && pr && pr.first === app.first && pr.last === app.last && closes && !personRun(ctx, np)) { np.first = app.first; np.last = app.last; }
        }
        // "Nach einem Bericht des „Handelsblatts“", "Selon « Le Parisien »": a title in quotation marks is
        // the source without its marks, and the content starts after the closing one.
        const q0 = ctx.doc.quotes[ctx.doc.quoteAt(tokens[np.first]!.start)];
        let npEnd = np.last;
        if (q0 && q0.open === tokens[np.first]!.start && !tokens[np.first]!.isWord && np.last - np.first >= 2) {
          np.first++;
          if (tokens[np.last] && !tokens[np.last]!.isWord && q0.close === tokens[np.last]!.end) npEnd = np.last + 1;
        }
        // "Pour le syndicat, …" needs its comma; "…, so Uwe Stenzel." must close the sentence.
        if (initial && tokens[npEnd]?.text !== ',') continue;
        // "…, so Wendland gegenüber der Deutschen Presse-Agentur.": the addressee may close the incise.
        let told: Range | null = null;
        if (incise && tokens[npEnd]?.isWord && s.addresseePreps.has(tokens[npEnd]!.lower)) {
          told = forwardNP(ctx, npEnd + 1, sent.last);
          if (told && told.last < sent.last && !/^[.!?]$/.test(tokens[told.last]!.text)) told = null;
        }
        if (incise && !told && npEnd < sent.last && !/^[.!?]$/.test(tokens[npEnd]!.text)) continue;
        let f = np.first;
        while (f < np.last && s.determiners.has(tokens[f]!.lower)) f++;
        const words = tokens.slice(f, np.last).map((t) => t.lower).join(' ');
        if (s.nonSources.has(words) || s.nonSources.has(tokens[f]?.lower ?? '')) continue; // "selon moi", "according to plan"
        const holder: RelayHolder = {};
        let next = readRelay(ctx, npEnd, sent.last, holder);
        // "D'après une source humanitaire citée par l'agence EFE, …": the participle names the relay.
        let cited = null;
        const rp = next === npEnd ? ctx.c.phrases.relayParticiples.match(tokens, npEnd) : 0;
        const ip = next === npEnd && !rp ? ctx.c.phrases.interviewParticiples.match(tokens, npEnd) : 0;
        let interviewer = null;
        if (rp) {
          cited = forwardNP(ctx, npEnd + rp, sent.last);
          if (cited) next = cited.last;
        } else if (ip) {
          interviewer = forwardNP(ctx, npEnd + ip, sent.last);
          if (interviewer) next = interviewer.last;
        }
        let lead = sent.first;
        while (lead < i && tokens[lead]!.isWord && s.leadingConjunctions.has(tokens[lead]!.lower)) lead++;
        let claim;
        // "That's according to a report by …": the content is the previous sentence.
        const anaphoric = ctx.c.phrases.anaphoricLeads.match(tokens, sent.first);
        const restIsSource = () => { for (let x = next; x < sent.last; x++) if (tokens[x]!.text === ',' || ctx.c.verbAt(tokens, x)) return false; return true; };
        if (anaphoric && sent.first + anaphoric === i && si > 0 && restIsSource()) {
          const prev = sentences[si - 1]!;
          claim = prev.paragraph === sent.paragraph ? trimClaim(text, prev.start, prev.end) : null;
        } else if (lead === i) {
          // "According to a lawsuit filed Friday by three teachers, …": the phrase runs to its comma.
          const participle = (t: { lower: string; isWord: boolean } | undefined) => !!t && t.isWord && ctx.c.participleSuffixes.some((x) => x && t.lower.length > x.length + 2 && t.lower.endsWith(x));
          if (tokens[next]?.text !== ',' && !holder.relay && !ctx.c.lex.capitalizedNouns && (participle(tokens[np.last - 1]) || participle(tokens[next]) || s.agentPreps.has(tokens[next]?.lower ?? ''))) {
            let c = next;
            while (c < sent.last && c < next + 10 && tokens[c]!.text !== ',' && (tokens[c]!.isWord || /^[()'’-]$/.test(tokens[c]!.text)) && !ctx.c.verbAt(tokens, c)) c++;
            if (tokens[c]?.text === ',' && c > next) { next = c; np.last = c; }
          }
          if (tokens[next]?.text === ',') {
            next++;
            next = skipApposition(ctx, np, next, sent.last);
          }
          claim = claimAfter(ctx, si, next, false, false);
        } else {
          let p = i - 1;
          while (p > sent.first && tokens[p]!.isWord && s.adverbs.has(tokens[p]!.lower)) p--;
          claim = claimBefore(ctx, si, tokens[p]!.text === ',' ? p : p + 1) ?? claimAfter(ctx, si, next);
        }
        if (!claim) continue;
        const c: Candidate = {
          rule: 'according-to', kind: 'claim', source: rangeSpan(ctx.doc, np), cue: span(text, tokens[i]!.start, tokens[i + n - 1]!.end),
          claim, via: [], at: tokens[i]!.start,
        };
        if (cited) c.via = [rangeSpan(ctx.doc, cited)];
        if (interviewer) c.addressee = rangeSpan(ctx.doc, interviewer);
        if (told) c.addressee = rangeSpan(ctx.doc, told);
        if (holder.relay) {
          c.via = [...(holder.relay.through ?? []), c.source];
          c.source = holder.relay.source;
          c.cue = holder.relay.cue;
        }
        out.push(c);
        i = Math.max(npEnd, next) - 1; // a relay read with the cue ("citant X, qui cite Y") is not a cue of its own
      }
    }
    return out;
  },
  examples: {
    en: { hits: ['Talks stalled, according to Reuters.', 'According to the report, inspectors rated the joints "fair".'], misses: ['It all went according to plan.'] },
    fr: { hits: ["Selon l'AFP, Moscou a rejeté l'offre.", 'Un compromis reste possible, selon un diplomate africain.'], misses: ['Selon moi, il a tort.', 'Selon la légende, un cavalier y aurait été englouti.'] },
    de: { hits: ['Laut Betreiber war die Anlage erst im Oktober geprüft worden.', 'Nach Angaben der Polizei wurde niemand verletzt.'], misses: ['Laut Plan beginnt die Saison im Dezember.'] },
    es: { hits: ['Según EFE, el Gobierno aprobó el decreto.', 'Los ladrones entraron por una ventana, según las mismas fuentes.'], misses: ['Según la leyenda, el castillo está encantado.'] },
  },
});
