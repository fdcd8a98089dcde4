/**
 * Reporting verbs in every word order a news text uses:
 * - subject first: "Castleton added that …", "Le ministère … nie avoir …";
 * - post-posed: "…, the coast guard said.", "…, wie die Nachrichtenagentur Ansa berichtete.";
 * - inverted: "…, a déclaré la porte-parole …, Marija Zakharova", "…, sagte er", "…, a-t-elle ajouté";
 * - pro-drop: "…", añadió. (the speaker is the previous one);
 * - with an addressee that relays ("told the BBC", "a indiqué au Monde", "sagte der ARD", "dijo a EFE")
 *   and a cited source ("reported, citing the Russian Embassy", "meldete Ansa unter Berufung auf …").
 */
import type { Span } from '../types';
import type { Candidate, Ctx, Range, RelayHolder } from '../context';
import { isClosingQuote, rangeSpan, span, trimClaim } from '../context';
import type { VerbMatch } from '../compile';
import { claimAfter, claimBefore, isInciseAt, quoteEndingBefore } from '../claims';
import { cueStartsAt, forwardNP, headType, looksLikeNP, personRun, readRelay, spanRange, trimSubject } from '../phrases';
import { defineCue } from './define';
import { firstVerbAt, isRoleNoun } from '../nlp';

/** Speech acts whose content may follow an adverbial and a comma ("schrieb auf X, …"); not "complained about …, …". */
const SAYING_ACTS = new Set(['say', 'assert', 'announce', 'add', 'explain', 'write', 'report', 'tell', 'insist', 'confirm', 'warn', 'estimate', 'admit', 'deny', 'ask']);

const QUOTE_MARKS = new Set(['«', '»', '“', '”', '„', '"', '‹', '›', '‚', '‘', ':', ';', '—', '–']);

interface After extends RelayHolder {
  /** First token of what follows the verb group, its addressee and its relay. */
  next: number;
  addressee?: Span;
  addresseeIsTitle?: boolean;
  subject?: Span;
}

/** Skip an addressee that is a known medium or a generic audience after token k. */
function skipAddressee(ctx: Ctx, k: number, limit: number, v: VerbMatch, out: After, inverted = false): number {
  const { tokens } = ctx.doc;
  const s = ctx.c.sets;
  let j = k;
  let hasPrep = false;
  if (tokens[j] && s.addresseePreps.has(tokens[j]!.lower) && !ctx.gaz.match(tokens, j)) { j++; hasPrep = true; }
  while (j < limit && tokens[j]!.isWord && s.determiners.has(tokens[j]!.lower) && !ctx.gaz.match(tokens, j)) j++;
  // "dem «Tages-Anzeiger»": a title in quotation marks.
  const quotedTitle = j < limit && !tokens[j]!.isWord && ctx.doc.quotes[ctx.doc.quoteAt(tokens[j]!.start)]?.open === tokens[j]!.start;
  if (quotedTitle) j++;
  // "gegenüber Radio SRF", "à l'agence Reuters": generic media heads before the name.
  // ("told state broadcaster ERT", "a la televisión pública TVE": one or two modifiers around the head.)
  const isMediaHead = (x: number) => !!tokens[x]?.isWord && !ctx.gaz.match(tokens, x) && (headType(ctx, tokens[x]!) === 'media' || headType(ctx, tokens[x]!) === 'agency');
  let m0 = j;
  while (m0 < limit && m0 < j + 2 && tokens[m0]!.isWord && !isMediaHead(m0) && !ctx.gaz.match(tokens, m0) && !s.npStop.has(tokens[m0]!.lower) && !s.determiners.has(tokens[m0]!.lower)) m0++;
  if (!isMediaHead(m0)) m0 = j;
  let h = m0;
  while (h < limit && h < m0 + 3 && (isMediaHead(h) || (h > m0 && tokens[h]!.isWord && !tokens[h]!.isCap && !s.npStop.has(tokens[h]!.lower) && isMediaHead(h - 1) && tokens[h + 1]?.isCap))) h++;
  const addressed = hasPrep || (!inverted && ctx.c.addresseeLemmas.has(v.lemma));
  if (h > m0 && (m0 === j || addressed) && ctx.gaz.match(tokens, h)) j = h;
  else if (h > m0 && addressed && tokens[h]?.isCap && tokens[h]!.isWord) {
    // "a raconté à la chaîne Latina Rosa Quispe": a medium the gazetteer does not know, named after its
    // head; after an inverted verb the last two capitalised words are the speaker.
    let e = h;
    while (e < limit && tokens[e]!.isWord && tokens[e]!.isCap) e++;
    // ("dijo a Radio Nacional el ministro": an article after the name opens the subject.)
    const nameEnd = inverted && e - h >= 3 ? e - 2 : e - h <= 2 && (e >= limit || !tokens[e]!.isWord || s.complementizers.has(tokens[e]!.lower) || (inverted && s.determiners.has(tokens[e]!.lower))) ? e : -1;
    if (nameEnd > h) {
      // A capitalised head is no part of the name: "dem Sender Phoenix" → Phoenix, a title by its shape.
      out.addressee = rangeSpan(ctx.doc, { first: ctx.c.lex.capitalizedNouns ? h : k + 1 <= j ? j : k, last: nameEnd });
      if (ctx.c.lex.capitalizedNouns) out.addresseeIsTitle = true;
      return nameEnd;
    }
  }
  // "told the Oregon Capital Chronicle that", "a indiqué au Dauphiné libéré que", "a confié à la Gazzetta
  // dello Sport.": a title the gazetteer does not know, after a definite article (people take none),
  // with no institution word in it, closing the clause: a medium.
  if (!quotedTitle && !ctx.c.lex.capitalizedNouns && !ctx.gaz.match(tokens, j)) {
    const contracted = hasPrep && j === k + 1 && /^(au|aux|al)$/.test(tokens[k]!.lower);
    const definite = j > 0 && tokens[j - 1]!.isWord && s.determiners.has(tokens[j - 1]!.lower) && !s.indefiniteDeterminers.has(tokens[j - 1]!.lower) && !s.addresseePreps.has(tokens[j - 1]!.lower);
    // ("told Skai TV that", "dijo a Onda Cero Radio que": a name closed by a media word needs no article.)
    let mediaLast = false;
    if (!definite && !contracted && tokens[j]?.isWord && tokens[j]!.isCap) {
      let e = j;
      while (e < limit && e < j + 4 && tokens[e]!.isWord && tokens[e]!.isCap) e++;
      mediaLast = e - j >= 2 && headType(ctx, tokens[e - 1]!) === 'media' && (e >= limit || !tokens[e]!.isWord || ctx.c.phrases.complementizers.match(tokens, e) > 0);
    }
    if ((definite || contracted || mediaLast) && (hasPrep || ctx.c.addresseeLemmas.has(v.lemma)) && tokens[j]?.isWord && tokens[j]!.isCap) {
      let e = j;
      while (e < limit && e < j + 6 && tokens[e]!.isWord && (tokens[e]!.isCap || (tokens[e + 1]?.isCap && tokens[e]!.lower.length <= 5 && tokens[e + 1]!.isWord))) e++;
      // "Le Dauphiné libéré": one lower-case word may end the title right before the content.
      const closes = (x: number) => x >= limit || !tokens[x]!.isWord || ctx.c.phrases.complementizers.match(tokens, x) > 0;
      const participle = (t: { lower: string }) => ctx.c.participleSuffixes.some((x) => x && t.lower.length > x.length + 2 && t.lower.endsWith(x));
      if (!closes(e) && tokens[e]!.isWord && !tokens[e]!.isCap && participle(tokens[e]!) && !ctx.c.verbAt(tokens, e) && closes(e + 1) && tokens[e + 1]?.text !== ',') e++;
      const words = tokens.slice(j, e);
      // ("Oregon Capital Chronicle": a media word last makes a title whatever comes before it.)
      const institution = headType(ctx, tokens[e - 1]!) !== 'media' && (words.some((t) => { const h = headType(ctx, t); return !!h && h !== 'media'; }) || words.some((t) => s.titles.has(t.lower)));
      const nameLike = words.length >= 1 && words.length <= 5 && tokens[e - 1]!.isWord && (words.length > 1 || headType(ctx, words[0]!) === 'media');
      if (nameLike && !institution && (inverted ? e >= limit || /^[.!?]$/.test(tokens[e]!.text) : closes(e) && tokens[e]?.text !== ',')) {
        out.addressee = rangeSpan(ctx.doc, { first: j, last: e });
        out.addresseeIsTitle = true;
        return e;
      }
    }
  }
  const g = ctx.gaz.match(tokens, j);
  if (g && g.last <= limit && (g.entry.type === 'media' || g.entry.type === 'agency')) {
    hasPrep ||= s.addresseePreps.has(tokens[g.first]!.lower); // "au Monde"
    // Without a preposition a medium is the addressee only when a subject follows ("sagte der ARD eine
    // Urlauberin") or, in subject-first order, when the verb takes an addressee ("told the BBC").
    const nextTok = tokens[g.last];
    const subjectFollows = !!nextTok && nextTok.isWord && g.last < limit && (s.determiners.has(nextTok.lower) || nextTok.isCap || s.pronouns.has(nextTok.lower));
    if (!hasPrep && !(inverted ? subjectFollows : ctx.c.addresseeLemmas.has(v.lemma) || subjectFollows)) return k;
    let last = g.last;
    // "BBC Radio Leeds": a station of a known broadcaster keeps its own name (a media word follows the name).
    if (last < limit && tokens[last]!.isCap && headType(ctx, tokens[last]!) === 'media')
      while (last < limit && tokens[last]!.isCap && tokens[last]!.isWord && !ctx.c.verbAt(tokens, last)) last++;
    // "told BBC Wales he …": a regional edition named by one or two capitalised words before the content.
    else if (!ctx.c.lex.capitalizedNouns && last < limit && tokens[last]!.isCap && tokens[last]!.isWord && !s.adverbs.has(tokens[last]!.lower) && !s.adverbialPreps.has(tokens[last]!.lower) && !s.pronouns.has(tokens[last]!.lower)) {
      let e = last;
      while (e < limit && e < last + 2 && tokens[e]!.isCap && tokens[e]!.isWord && !s.adverbs.has(tokens[e]!.lower) && !ctx.gaz.match(tokens, e)) e++;
      const n = tokens[e];
      if (e > last && n?.isWord && !n.isCap && (s.pronouns.has(n.lower) || s.complementizers.has(n.lower))) last = e;
    }
    out.addressee = rangeSpan(ctx.doc, { first: g.first, last });
    if (quotedTitle && tokens[last] && !tokens[last]!.isWord) last++;
    return last;
  }
  const takes = ctx.c.addresseeLemmas.has(v.lemma) || s.addresseePreps.has(tokens[k]?.lower ?? '');
  if (takes) {
    const np = forwardNP(ctx, j, limit);
    // ("said members would decide": an audience word followed by an auxiliary is the content's subject.)
    const nx = tokens[np?.last ?? -1];
    const subjectOfContent = !!nx?.isWord && (s.auxiliaries.has(nx.lower) || s.hypotheticals.has(nx.lower) || ctx.c.sets.reportedSpeechMarkers.has(nx.lower));
    // ("told the court", "told a reporter": an audience of several words is matched whole.)
    const words = np ? tokens.slice(np.first, np.last).map((t) => t.lower) : [];
    const withArticle = np ? tokens.slice(hasPrep ? k + 1 : k, np.last).map((t) => t.lower).join(' ') : '';
    if (np && !subjectOfContent && (words.some((w) => s.audiences.has(w)) || s.audiences.has(words.join(' ')) || s.audiences.has(withArticle))) return np.last;
  }
  return k;
}

/** A known medium inside an adverbial between verb and content: "en entrevista con El Universal", "in an interview with the BBC". */
function addresseeIn(ctx: Ctx, from: number, to: number): Span | undefined {
  const { tokens } = ctx.doc;
  for (let k = from; k < to; k++) {
    const g = ctx.gaz.match(tokens, k);
    if (g && g.last <= to && (g.entry.type === 'media' || g.entry.type === 'agency') && !ctx.c.sets.agentPreps.has(tokens[k - 1]?.lower ?? '')) return rangeSpan(ctx.doc, g);
  }
  return undefined;
}

/** A capitalised word that is no adverb (after any articles) at token k: "The Lancet", "Geneva", not "Monday". */
function capitalisedNameAfter(ctx: Ctx, k: number, limit: number): boolean {
  const { tokens } = ctx.doc;
  while (k < limit && tokens[k]!.isWord && ctx.c.sets.determiners.has(tokens[k]!.lower) && !tokens[k]!.isCap) k++;
  if (k < limit && tokens[k]!.isCap && ctx.c.sets.determiners.has(tokens[k]!.lower) && tokens[k + 1]?.isCap) k++;
  const t = tokens[k];
  return !!t && k < limit && t.isWord && t.isCap && !ctx.c.sets.adverbs.has(t.lower) && !ctx.c.lex.capitalizedNouns;
}

function skipAdverbs(ctx: Ctx, k: number, limit: number): number {
  const { tokens } = ctx.doc;
  const s = ctx.c.sets;
  // (An article opens the content unless an adverbial noun follows it: "said the city was ready", "said this week".)
  while (k < limit && tokens[k]!.isWord && s.adverbs.has(tokens[k]!.lower) && !ctx.gaz.match(tokens, k)
    && !(s.determiners.has(tokens[k]!.lower) && !(tokens[k + 1]?.isWord && s.adverbs.has(tokens[k + 1]!.lower) && !s.determiners.has(tokens[k + 1]!.lower)))
    // (…and a preposition before a name opens a phrase of its own: "published in The Lancet", not "said on Monday".)
    && !(s.adverbialPreps.has(tokens[k]!.lower) && capitalisedNameAfter(ctx, k + 1, limit))) k++;
  return k;
}

/** Prefer the person named in an apposition: "la présidente de la conférence, la diplomate … Carolina Ibáñez Rojo". */
function subjectWithApposition(ctx: Ctx, np: Range, limit: number, surnames: ReadonlySet<string>): { subject: Range; next: number } {
  const { tokens } = ctx.doc;
  const own = personRun(ctx, np, surnames);
  let next = np.last;
  // "la maire (divers gauche), Solène Barthélemy-Ruiz": a short parenthesis between the role and the name.
  if (!own && tokens[next]?.text === '(') {
    let e = next + 1;
    while (e < limit && e < next + 6 && tokens[e]!.text !== ')' && tokens[e]!.text !== ',') e++;
    if (tokens[e]?.text === ')' && tokens[e + 1]?.text === ',') next = e + 1;
  }
  if (tokens[next]?.text === ',') {
    const np2 = forwardNP(ctx, next + 1, limit);
    if (np2) {
      const p2 = personRun(ctx, np2, surnames);
      const end2 = np2.last;
      if (!own && p2) return { subject: p2, next: tokens[end2]?.text === ',' ? end2 + 1 : end2 };
      if (own) return { subject: own, next: tokens[end2]?.text === ',' || tokens[end2]?.text === '.' ? end2 + (tokens[end2]?.text === ',' ? 1 : 0) : next };
    }
  }
  return { subject: own ?? np, next };
}

/** The subject after an inverted verb, with the addressee and relay around it. */
function readInvertedSubject(ctx: Ctx, k: number, limit: number, v: VerbMatch, out: After, surnames: ReadonlySet<string>): void {
  const { tokens } = ctx.doc;
  const s = ctx.c.sets;
  k = skipAdverbs(ctx, k, limit);
  k = skipAddressee(ctx, k, limit, v, out, true);
  k = skipAdverbs(ctx, k, limit);
  for (let n = 0; n < 2 && tokens[k]?.isWord && s.adverbialPreps.has(tokens[k]!.lower) && !s.pronouns.has(tokens[k]!.lower); n++) {
    let pp = forwardNP(ctx, k + 1, limit);
    if (!pp) break;
    // "dijo en conferencia de prensa Gabriela Montaño": the adverbial ends where a name begins.
    for (let x = pp.first + 1; x < pp.last && !ctx.c.lex.capitalizedNouns; x++) {
      if (tokens[x]!.isCap && tokens[x - 1]!.isWord && !tokens[x - 1]!.isCap && !ctx.c.phrases.npLinks.match(tokens, x - 1)) { pp = { first: pp.first, last: x }; break; }
    }
    const g = addresseeIn(ctx, k, pp.last);
    if (g && !out.addressee) out.addressee = g;
    k = skipAdverbs(ctx, pp.last, limit);
    k = skipAddressee(ctx, k, limit, v, out, true);
  }
  const t = tokens[k];
  if (!t || k >= limit) return;
  let subject: Range | null = null;
  let next = k;
  if (t.isWord && s.pronouns.has(t.lower)) {
    subject = { first: k, last: k + 1 };
    next = k + 1;
  } else {
    if (ctx.c.phrases.npLinks.match(tokens, k) && !s.determiners.has(t.lower) && !t.isCap) return; // "calificó | de …"
    let np = forwardNP(ctx, k, limit);
    if (!np) return;
    // After an inverted verb the subject ends before an adverbial: "aseguró la alcaldesa | en declaraciones a la Cadena SER".
    for (let x = np.first + 1; x < np.last - 1 && !ctx.c.lex.capitalizedNouns; x++) {
      const n = tokens[x + 1]!;
      if (s.adverbialPreps.has(tokens[x]!.lower) && n.isWord && !n.isCap && !s.determiners.has(n.lower)) {
        const g = addresseeIn(ctx, x, limit);
        if (g && !out.addressee) out.addressee = g;
        np = { first: np.first, last: x };
        break;
      }
    }
    // "declaró el ministro | a Radio Nacional": a preposition of address before a medium ends the subject.
    // ("sagte ein Diplomat | der Nachrichtenagentur Reuters": a German dative article does the same, but not after a
    // spokesperson, whose medium is a genitive: "ein Sprecher der Zeitung".)
    for (let x = np.first + 1; x < np.last; x++) {
      const dative = ctx.c.lex.capitalizedNouns && s.determiners.has(tokens[x]!.lower) && s.npLinks.has(tokens[x]!.lower) && !s.spokesHeads.has(tokens[x - 1]!.lower) && !s.titles.has(tokens[x - 1]!.lower);
      if ((!s.addresseePreps.has(tokens[x]!.lower) && !dative) || !tokens[x - 1]!.isWord) continue;
      let m = x + 1;
      while (m < limit && s.determiners.has(tokens[m]!.lower)) m++;
      const g = ctx.gaz.match(tokens, m);
      const medium = (g && (g.entry.type === 'media' || g.entry.type === 'agency')) || (tokens[m] && (headType(ctx, tokens[m]!) === 'media' || headType(ctx, tokens[m]!) === 'agency'));
      if (!medium) continue;
      const probe: After = { next: x };
      const e = skipAddressee(ctx, x, limit, v, probe);
      if (e > x && probe.addressee) {
        if (!out.addressee) { out.addressee = probe.addressee; if (probe.addresseeIsTitle) out.addresseeIsTitle = true; }
        np = { first: np.first, last: x };
      }
      break;
    }
    const a = subjectWithApposition(ctx, np, limit, surnames);
    subject = a.subject;
    next = a.next;
  }
  // What follows the subject must not continue a clause ("said the governor's office had …").
  const after = tokens[next];
  const endsWell = !after || next >= limit || !after.isWord || s.adverbialPreps.has(after.lower) || s.addresseePreps.has(after.lower) || s.adverbs.has(after.lower) || after.lower === v.separablePrefix
    || (s.clauseOpeners.has(after.lower) && !s.complementizers.has(after.lower))
    || tokens[next - 1]?.text === ',' || !!ctx.c.verbAt(tokens, next)
    || cueStartsAt(ctx, next) || !!ctx.gaz.match(tokens, next) || s.determiners.has(after.lower) || s.relativePronouns.has(after.lower);
  if (!endsWell) return;
  out.subject = rangeSpan(ctx.doc, subject);
  let j = next;
  if (tokens[j]?.text === ',') {
    // "…, Matteo Oberhauser, der Deutschen Presse-Agentur."
    const a = skipAddressee(ctx, j + 1, limit, v, out);
    if (a > j + 1) j = a;
  } else j = skipAddressee(ctx, j, limit, v, out);
  // "berichtete die „Süddeutsche Zeitung“ unter Berufung auf …": the closing mark of a quoted title.
  while (tokens[j] && !tokens[j]!.isWord && tokens[j]!.text !== ',' && isClosingQuote(ctx.doc, tokens[j]) === false && ctx.doc.quotes[ctx.doc.quoteAt(tokens[j]!.start)]?.close === tokens[j]!.end) j++;
  out.next = readRelay(ctx, j, limit, out);
}

/** "Two state officials, speaking on condition of anonymity …, said": subject, appositions, verb. */
function appositiveSubject(ctx: Ctx, si: number, vFirst: number, surnames: ReadonlySet<string>): { subject: Range; via: Span[]; start: number; relay?: After['relay']; addressee?: Span } | null {
  const { tokens, sentences } = ctx.doc;
  const sent = sentences[si]!;
  const s = ctx.c.sets;
  let b = vFirst - 1;
  while (b > sent.first && b > vFirst - 60 && !QUOTE_MARKS.has(tokens[b - 1]!.text)) b--;
  const parts: Range[] = [];
  let start = b;
  for (let k = b; k < vFirst; k++) {
    if (tokens[k]!.text === ',') { parts.push({ first: start, last: k }); start = k + 1; }
  }
  if (start !== vFirst || parts.length < 2) return null;
  let si0 = 0;
  const fronted: Span[] = [];
  let interviewer: Span | undefined;
  while (si0 < parts.length - 1) {
    const p = parts[si0]!;
    const t = tokens[p.first];
    // "Interrogé par franceinfo, le ministre …, a estimé": a fronted participle names the relay (an
    // interview's medium is the addressee: no relay when it is the article's own agency).
    const rp = ctx.c.phrases.relayParticiples.match(tokens, p.first), ip = rp ? 0 : ctx.c.phrases.interviewParticiples.match(tokens, p.first);
    if (rp || ip) {
      const np = forwardNP(ctx, p.first + (rp || ip), p.last);
      if (np && rp) fronted.push(rangeSpan(ctx.doc, np));
      if (np && ip) interviewer = rangeSpan(ctx.doc, np);
      si0++;
      continue;
    }
    // ("Sin embargo, un funcionario …, dijo": a sentence adverbial before the subject.)
    const adverbial = !!t && ctx.c.phrases.verbGroupAdverbials.match(tokens, p.first) === p.last - p.first;
    if (t && (ctx.c.phrases.according.match(tokens, p.first) || s.adverbialPreps.has(t.lower) || adverbial)) si0++;
    else break;
  }
  let subjPart = parts[si0];
  if (!subjPart || si0 >= parts.length - 1) return null;
  // "A patient whose knee replacement was cancelled, Mervyn Howells, 71, told …": a relative clause
  // inside the first part describes its noun; the subject is the noun phrase before it.
  for (let x = subjPart.first + 1; x < subjPart.last; x++) {
    const w = tokens[x]!;
    if (w.isWord && s.relativePronouns.has(w.lower) && !s.determiners.has(w.lower) && !s.complementizers.has(w.lower)) { subjPart = { first: subjPart.first, last: x }; break; }
  }
  const trimmed = trimSubject(ctx, subjPart);
  if (!trimmed || !looksLikeNP(ctx, trimmed, 9)) return null;
  const via: Span[] = [...fronted];
  let relay: After['relay'];
  let person: Range | null = null;
  let contentFollows = false;
  for (let k = vFirst + 1; k < sent.last && k < vFirst + 8 && tokens[k]!.isWord && !contentFollows; k++) contentFollows = ctx.c.phrases.complementizers.match(tokens, k) > 0;
  for (let m = si0 + 1; m < parts.length; m++) {
    const p = parts[m]!;
    const t = tokens[p.first];
    if (!t || p.last - p.first > 16) return null;
    const cites = ctx.c.phrases.relayCues.match(tokens, p.first);
    if (cites) {
      const np = forwardNP(ctx, p.first + cites, p.last);
      // "Interfax, citing Kommersant, which in turn cited officials, said": each further citation goes deeper.
      if (np && relay) relay = { source: rangeSpan(ctx.doc, np), cue: relay.cue, through: [relay.source, ...(relay.through ?? [])] };
      else if (np) relay = { source: rangeSpan(ctx.doc, np), cue: rangeSpan(ctx.doc, { first: p.first, last: p.first + cites }) };
      continue;
    }
    let relAt = -1, rel = 0, interview = false;
    for (let x = p.first; x < p.last && !rel; x++) {
      if ((rel = ctx.c.phrases.relayParticiples.match(tokens, x))) relAt = x;
      else if ((rel = ctx.c.phrases.interviewParticiples.match(tokens, x))) { relAt = x; interview = true; }
    }
    if (rel) {
      const np = forwardNP(ctx, relAt + rel, p.last);
      if (np && !interview) via.push(rangeSpan(ctx.doc, np));
      if (np && interview) interviewer = rangeSpan(ctx.doc, np);
      if (relAt === p.first) continue;
    }
    // "El Alcázar, por su parte, escribió", "The union, however, said": a parenthetical adverbial.
    if (p.last - p.first <= 4 && (s.adverbialPreps.has(t.lower) || s.adverbs.has(t.lower) || s.leadingConjunctions.has(t.lower)) && !t.isCap) continue;
    // "Les commerçants, eux, se disent …", "Le maire, lui, affirme …": an emphatic pronoun.
    if (p.last - p.first === 1 && s.objectPronouns.has(t.lower) && !t.isCap) continue;
    const appositive = s.relativePronouns.has(t.lower) || s.determiners.has(t.lower) || /^\p{N}/u.test(t.text) || t.isCap
      || ctx.c.participleSuffixes.some((suf) => t.lower.length > suf.length + 2 && t.lower.endsWith(suf))
      || !!headType(ctx, t) || s.titles.has(t.lower) || ctx.c.phrases.npLinks.match(tokens, p.first) > 0
      // "La métropole, cofinanceur du projet, assure": a role noun with its complement.
      // (Only when a complementizer follows the verb: in "Les pièces, …, datent du IIIe siècle, précise
      // l'Agence" the part is a clause and the verb an incise.)
      || (p.last - p.first <= 6 && !t.isCap && ctx.c.phrases.npLinks.match(tokens, p.first + 1) > 0 && !s.adverbs.has(t.lower) && !s.npStop.has(t.lower) && contentFollows);
    if (!appositive) return null;
    // Reporting verbs inside an apposition make it a clause of its own.
    // ("because their firms restrict public comment": after a blocker the word is no verb.)
    // ("The report, published on Tuesday, said": a participle opening the apposition has no subject: a modifier.)
    const participleFirst = ctx.c.participleSuffixes.some((suf) => suf && t.lower.length > suf.length + 2 && t.lower.endsWith(suf)) && !t.isCap;
    for (let k = p.first; k < p.last; k++) if (ctx.c.verbAt(tokens, k) && !(k === p.first && participleFirst) && !s.verbBlockers.has(tokens[k - 1]?.lower ?? '') && !s.relativePronouns.has(t.lower)) return null;
    const pr = personRun(ctx, p, surnames);
    if (pr && !person && pr.first <= p.first + 3) person = pr;
  }
  const own = personRun(ctx, trimmed, surnames);
  return { subject: own ?? person ?? trimmed, via, start: b, ...(relay ? { relay } : {}), ...(interviewer ? { addressee: interviewer } : {}) };
}

/**
 * The object of a quoting verb and where its content starts: "quoted [a senior official] as saying |",
 * "zitierte [einen Sprecher der Feuerwehr] mit den Worten, |". `atEnd` when the sentence stops after the
 * object ("…, Reuters quoted him as saying."): the content is then before the cue.
 */
function quotedObject(ctx: Ctx, si: number, from: number): { object: Range; next: number; atEnd: boolean } | null {
  const { tokens, sentences } = ctx.doc;
  const sent = sentences[si]!;
  let k = skipAdverbs(ctx, from, sent.last);
  if (tokens[k]?.isWord && ctx.c.sets.addresseePreps.has(tokens[k]!.lower) && tokens[k + 1]?.isWord) k++; // personal "a": "citó a fuentes policiales"
  const o = tokens[k];
  const np = o?.isWord && ctx.c.sets.objectPronouns.has(o.lower) ? { first: k, last: k + 1 } : forwardNP(ctx, k, sent.last);
  if (!np) return null;
  for (let x = np.first + 1; x < np.last; x++) if (ctx.c.phrases.quotingTails.match(tokens, x)) { np.last = x; break; }
  let j = np.last;
  while (tokens[j] && !tokens[j]!.isWord && tokens[j]!.text !== ',' && isClosingQuote(ctx.doc, tokens[j]) === false && ctx.doc.quotes[ctx.doc.quoteAt(tokens[j]!.start)]?.close === tokens[j]!.end) j++;
  const tailAt = tokens[j]?.text === ',' && ctx.c.phrases.quotingTails.match(tokens, j + 1) ? j + 1 : j;
  const tail = ctx.c.phrases.quotingTails.match(tokens, tailAt);
  const next = tail ? tailAt + tail : j;
  let e = next;
  while (e < sent.last && !tokens[e]!.isWord && !/^[«»“„"‹›‚:]$/.test(tokens[e]!.text)) e++;
  if (e >= sent.last) return { object: np, next, atEnd: true };
  return tail ? { object: np, next, atEnd: false } : null;
}

/**
 * Tokens [from, to) are one fronted adverbial ("Am Montag", "In seinem letzten Wort", "Ayer", "Lors de la
 * réunion,"): an adverbial preposition or a time adverb first, no clause opener or verb inside.
 */
function fronted(ctx: Ctx, from: number, to: number): boolean {
  const { tokens } = ctx.doc;
  const s = ctx.c.sets;
  let f = from;
  while (f < to && tokens[f]!.isWord && s.leadingConjunctions.has(tokens[f]!.lower)) f++;
  const t = tokens[f];
  if (!t || f >= to || !t.isWord || !(s.adverbialPreps.has(t.lower) || s.adverbs.has(t.lower)) || s.pronouns.has(t.lower) || s.determiners.has(t.lower)) return false;
  if (to - f > 8) return false;
  for (let k = f + 1; k < to; k++) {
    const x = tokens[k]!;
    if (!x.isWord && x.text !== ',') return false;
    if (x.isWord && (s.clauseOpeners.has(x.lower) && !s.determiners.has(x.lower) && !ctx.c.phrases.npLinks.match(tokens, k)) || ctx.c.verbAt(tokens, k)) return false;
  }
  return true;
}

/**
 * "…, en un partido que su entrenador, Julián Ocaña, calificó de …", "…, which its chairman, Ken Obi,
 * called …": inside a relative or subordinate clause, a role and the name in apposition before the verb.
 */
function relativeApposition(ctx: Ctx, si: number, vStart: number, surnames: ReadonlySet<string>): { subject: Range; via: Span[]; start: number; relay?: After["relay"]; addressee?: Span } | null {
  const { tokens, sentences } = ctx.doc;
  const sent = sentences[si]!;
  const s = ctx.c.sets;
  if (tokens[vStart - 1]?.text !== ',') return null;
  let c = vStart - 2;
  while (c > sent.first && tokens[c]!.isWord && vStart - c < 7) c--;
  if (tokens[c]?.text !== ',') return null;
  const name = { first: c + 1, last: vStart - 1 };
  const person = personRun(ctx, name, surnames);
  if (!person || person.first !== name.first || person.last !== name.last) return null;
  let b = c - 1;
  while (b > sent.first && tokens[b]!.isWord && c - b < 6 && !s.clauseOpeners.has(tokens[b]!.lower) && !s.relativePronouns.has(tokens[b]!.lower)) b--;
  if (!(s.clauseOpeners.has(tokens[b]!.lower) || s.relativePronouns.has(tokens[b]!.lower))) return null;
  const role = { first: b + 1, last: c };
  if (!looksLikeNP(ctx, role, 5) || !s.determiners.has(tokens[role.first]!.lower)) return null;
  return { subject: person, via: [], start: role.first };
}

/** The subject right before the verb, inside its clause. */
function backwardSubject(ctx: Ctx, si: number, vFirst: number): Range | null {
  const { tokens, sentences } = ctx.doc;
  const sent = sentences[si]!;
  const s = ctx.c.sets;
  let j = vFirst - 1;
  while (j >= sent.first && j >= vFirst - 40) {
    const t = tokens[j]!;
    if (!t.isWord) {
      if (/^['’ʼ][sS]$/.test(t.text) || t.text === '&' || t.text === '-') { j--; continue; }
      // "Sgt. Dana Whitfield", "Dr. Weber": the period of an abbreviated title stays in the subject.
      const ab = tokens[j - 1];
      if (t.text === '.' && ab?.isWord && ab.end === t.start && j - 1 >= sent.first && ctx.c.lex.abbreviations.includes(ab.lower)) { j--; continue; }
      const q = ctx.doc.quotes[ctx.doc.quoteAt(t.start)];
      // A quoted title inside the subject ("Wie die „Süddeutsche Zeitung“ berichtet"), not a quoted statement.
      if (q && q.close > 0 && q.words <= 4 && (q.open === t.start || q.close === t.end) && q.open >= sent.start && !/[,.;:!?]/.test(ctx.doc.text.slice(q.start, q.end))) { j--; continue; }
      break;
    }
    // "Governor Caldera hopes the workers will find …": what follows a verb of thinking is a thought, not a statement.
    if (s.mentalForms.has(t.lower) && j < vFirst - 1) return null;
    // "that the officials said": a determiner that also opens clauses opens one before another determiner.
    const nx = tokens[j + 1];
    const isDet = s.determiners.has(t.lower) && !(s.clauseOpeners.has(t.lower) && !!nx?.isWord && j + 1 < vFirst && (s.determiners.has(nx.lower) || s.pronouns.has(nx.lower) || s.numerals.has(nx.lower) || nx.isCap || looksLikeNP(ctx, { first: j + 1, last: vFirst })));
    // "Los sindicatos CCOO y UGT han advertido": a conjunction between two names stays in the subject.
    const joinsNames = s.leadingConjunctions.has(t.lower) && !!tokens[j - 1]?.isCap && tokens[j - 1]!.isWord && !!nx?.isCap && nx.isWord && j - 1 > sent.first;
    if (!isDet && !joinsNames && (s.clauseOpeners.has(t.lower) || s.relativePronouns.has(t.lower))) break;
    // ("A report obtained by Reuters said": after an article the verb form is a noun of the subject.)
    if (ctx.c.verbAt(tokens, j) && j < vFirst - 1 && !(j > sent.first && s.determiners.has(tokens[j - 1]!.lower) && !tokens[j - 1]!.lower.endsWith("'") && !s.pronouns.has(tokens[j - 1]!.lower) && !(ctx.c.lex.capitalizedNouns && !t.isCap))) break;
    j--;
  }
  let r = trimSubject(ctx, { first: j + 1, last: vFirst });
  if (!r) return null;
  // "Die Opposition hingegen erklärte", "The government also said": an adverb after the subject is not part of it.
  // ("Wie der Verein am Mittwoch mitteilte": German capitalises the weekday.)
  while (r.last - r.first > 1 && tokens[r.last - 1]!.isWord && (!tokens[r.last - 1]!.isCap || ctx.c.lex.capitalizedNouns) && s.adverbs.has(tokens[r.last - 1]!.lower) && !s.determiners.has(tokens[r.last - 1]!.lower) && !headType(ctx, tokens[r.last - 1]!)
    && !s.determiners.has(tokens[r.last - 2]!.lower)) r = { first: r.first, last: r.last - 1 };
  for (let k = r.first + 1; k < r.last - 1; k++) {
    if (s.agentPreps.has(tokens[k + 1]!.lower) && !ctx.c.phrases.relayParticiples.match(tokens, k) && !ctx.c.phrases.interviewParticiples.match(tokens, k) && tokens[k]!.isWord && !tokens[k]!.isCap) { r = { first: r.first, last: k }; break; }
  }
  // "die NZZ unter Berufung auf Branchenkreise": the phrase before the relay cue must be a subject.
  let cite = r.first;
  while (cite < r.last && !ctx.c.phrases.relayCues.match(tokens, cite)) cite++;
  let lead = sent.first;
  while (lead < r.first && tokens[lead]!.isWord && s.leadingConjunctions.has(tokens[lead]!.lower)) lead++;
  const prefield = r.first === lead && r.last === vFirst && cite >= r.last;
  if (looksLikeNP(ctx, cite < r.last && cite > r.first ? { first: r.first, last: cite } : r, 10, prefield)) return r;
  // "On Monday the minister said", "Last week officials said": a short fronted time adverbial before the subject.
  // ("Under a settlement proposed by the state, …" is a participle, not a verb with a subject.)
  if (!ctx.c.lex.capitalizedNouns && cite >= r.last && r.first === lead && !s.agentPreps.has(tokens[vFirst + 1]?.lower ?? '')) {
    for (let p = r.first + 1; p < r.last && p <= r.first + 3; p++) {
      const t = tokens[p]!;
      if (!(s.determiners.has(t.lower) || s.pronouns.has(t.lower) || s.numerals.has(t.lower) || headType(ctx, t)) || !fronted(ctx, r.first, p)) continue;
      const rest = { first: p, last: r.last };
      if (looksLikeNP(ctx, rest)) return rest;
    }
  }
  return null;
}

const isNonSource = (ctx: Ctx, r: Range): boolean => {
  const { tokens } = ctx.doc;
  let f = r.first;
  while (f < r.last && ctx.c.sets.determiners.has(tokens[f]!.lower)) f++;
  const words = tokens.slice(f, r.last).map((t) => t.lower).join(' ');
  // "Wer würde behaupten …?", "Who can say …": an interrogative asks, it names nobody.
  if (r.last - r.first === 1 && ctx.c.sets.interrogatives.has(tokens[r.first]!.lower)) return true;
  return ctx.c.sets.nonSources.has(words) || (r.last - f === 1 && ctx.c.sets.nonSources.has(tokens[f]!.lower));
};

/**
 * Separable German verbs whose particle closes the clause after other words ("teilte auf Anfrage mit"):
 * verb start token → particle token, for the text being analysed (cleared by each find).
 */
const particles = new Map<number, number>();

/** Acts whose object alone is content when a German participle closes the clause ("hatte sieben Jahre Haft gefordert"). */
const MIDDLE_ACTS = new Set(['ask', 'announce', 'promise', 'deny', 'warn', 'confirm', 'admit', 'estimate']);

/** Lemma given to the lexicon's document verbs ("shows", "zeigt"), which report only for a document subject. */
const DOCUMENT_VERB = '(document)';

/** Lemma given to the lexicon's naming forms ("called"), which the morphology leaves out. */
const NAMING = '(naming)';

/**
 * Reported content rather than an object: a complementizer clause, a quotation (of a statement, or any
 * quotation after a naming verb: "nannte die Ergebnisse „solide“"), a colon, or for naming verbs a
 * predicative ("described the plan as …").
 */
function hasContent(ctx: Ctx, claim: Span, naming: boolean): boolean {
  const { tokens } = ctx.doc;
  const s = ctx.c.sets;
  const first = ctx.doc.tokenAt(claim.start), last = ctx.doc.tokenAt(claim.end);
  if (ctx.c.phrases.complementizers.match(tokens, first) || ctx.c.phrases.questionWords.match(tokens, first)) return true;
  // "schrieb auf X, der Park werde …": a clause set off by a comma or a colon.
  // ("…, notamment un essai" elaborates an object: an adverb opens it.)
  if (!naming && first > 0 && /^[,:]$/.test(tokens[first - 1]!.text) && !s.adverbs.has(tokens[first]!.lower)) return true;
  // "erklärte dagegen, man habe …": an adverb of the verb, then the clause after a comma.
  {
    let a = first;
    while (a < last && a < first + 2 && tokens[a]!.isWord && s.adverbs.has(tokens[a]!.lower) && !s.determiners.has(tokens[a]!.lower)) a++;
    if (!naming && a > first && a < last - 1 && /^[,:]$/.test(tokens[a]!.text)) return true;
  }
  for (let k = first; k < last; k++) {
    const t = tokens[k]!;
    if (t.text === ':') return true;
    const q = ctx.doc.quotes[ctx.doc.quoteAt(t.start)];
    // …but a quoted definite noun phrase after a naming verb is a nickname: "called the street “the ski jump”".
    const nickname = !!q && naming && s.determiners.has(tokens[ctx.doc.tokenAt(q.start)]?.lower ?? '') && !s.indefiniteDeterminers.has(tokens[ctx.doc.tokenAt(q.start)]?.lower ?? '') && q.words <= 4;
    if (q && !nickname && (naming || q.words > 4 || /[,.;:!?]/.test(ctx.doc.text.slice(q.start, q.end)))) return true;
    if (naming && t.isWord && s.predicatives.has(t.lower) && k > first) return true;
    // An infinitive or a second clause ("welcomed the decision to …" stays an object; "begrüßte, dass …").
    if (!naming && t.isWord && s.complementizers.has(t.lower) && !s.relativePronouns.has(t.lower)) return true;
  }
  return false;
}

/** Claim in the next paragraph after a colon: "décrit une nuit de panique :" + « … »; or, from token `from`,
 * a quotation after a colon later in the sentence: "escribió en X tras el pitido final: «…»". */
function colonQuote(ctx: Ctx, si: number, from = -1): Span | null {
  const { sentences, tokens, quotes, paragraphs } = ctx.doc;
  const sent = sentences[si]!;
  for (let k = from; from >= 0 && k < sent.last && k < from + 14; k++) {
    const t = tokens[k]!;
    if (t.text === ':') {
      const q = quotes[ctx.doc.quoteAt(tokens[k + 1]?.start ?? -1)];
      if (q && q.open === tokens[k + 1]!.start) return span(ctx.doc.text, q.start, q.end);
      break;
    }
    if (!t.isWord || ctx.c.verbAt(tokens, k)) break;
  }
  if (tokens[sent.last - 1]?.text !== ':') return null;
  const para = paragraphs[sent.paragraph + 1];
  const q = quotes.find((x) => x.paragraph === sent.paragraph + 1 && x.open === para?.start);
  return q ? span(ctx.doc.text, q.start, q.end) : null;
}

export function analyseVerb(ctx: Ctx, si: number, v: VerbMatch, cueEnd: number, surnames: ReadonlySet<string>): Candidate | null {
  const { tokens, text, sentences } = ctx.doc;
  const sent = sentences[si]!;
  const s = ctx.c.sets;
  let cue = span(text, tokens[v.first]!.start, tokens[cueEnd - 1]!.end);
  // Object clitics stand between the subject and the verb: "Una usuaria, Rocío Hernández, lo resumió así".
  let vStart = v.first;
  while (vStart > sent.first + 1 && tokens[vStart - 1]!.isWord && s.clitics.has(tokens[vStart - 1]!.lower) && !s.determiners.has(tokens[vStart - 2]?.lower ?? '')) vStart--;
  // "Un informe …, incluido en el sumario, ya advertía de que …": an adverb between the comma and the verb.
  {
    let a = vStart;
    while (a > sent.first + 1 && a > vStart - 2 && tokens[a - 1]!.isWord && s.adverbs.has(tokens[a - 1]!.lower) && !s.determiners.has(tokens[a - 1]!.lower) && !s.pronouns.has(tokens[a - 1]!.lower)) a--;
    if (a < vStart && tokens[a - 1]?.text === ',') vStart = a;
  }
  const prev = vStart > sent.first ? tokens[vStart - 1] : undefined;
  const at = cue.start;
  const make = (source: Span, claim: Span | null, after: After, via: Span[] = []): Candidate | null => {
    // "décrit une nuit de panique :" + « … » in the next paragraph: the quotation is the content when
    // the verb only named it; a full clause before the colon ("told AFP she had packed her car:") keeps
    // its own claim and the quotation becomes a separate one (see quotation.ts).
    if (claim && claim.start > cue.start && claim.text.split(/\s+/).length <= 5 && !ctx.c.phrases.complementizers.match(tokens, ctx.doc.tokenAt(claim.start))) claim = colonQuote(ctx, si) ?? claim;
    // Naming, praising and writing take an object that is not yet content: "called the lawsuit
    // “opportunistic”" and "described it as" report, "welcomed the change", "described the first days"
    // and "a écrit un essai" do not (a quotation after a colon may still be the content).
    const act = ctx.c.acts.get(v.lemma);
    const naming = act === 'describe' || v.lemma === NAMING;
    if (claim && claim.start > cue.start && (naming || act === 'write' || v.lemma === DOCUMENT_VERB || s.evaluationVerbs.has(v.lemma) || s.clauseOnlyVerbs.has(v.lemma)) && !hasContent(ctx, claim, naming)) claim = colonQuote(ctx, si);
    if (!claim) return null;
    // "pointe aussi l'absence de …": an adverb of the verb opens no content.
    if (claim.start > cue.start && ctx.doc.quoteAt(claim.start) < 0) {
      let a = ctx.doc.tokenAt(claim.start);
      const a0 = a;
      while (a < a0 + 3 && tokens[a]?.isWord && s.adverbs.has(tokens[a]!.lower) && !s.determiners.has(tokens[a]!.lower) && !s.adverbialPreps.has(tokens[a]!.lower) && tokens[a + 1]?.isWord && tokens[a + 1]!.start < claim.end) a++;
      // "anunció el lunes la evacuación": an article and a time word, then the object's own article.
      if (a === a0 && tokens[a]?.isWord && s.determiners.has(tokens[a]!.lower) && !s.adverbs.has(tokens[a]!.lower) && tokens[a + 1]?.isWord && s.adverbs.has(tokens[a + 1]!.lower)
        && !s.determiners.has(tokens[a + 1]!.lower) && tokens[a + 2]?.isWord && s.determiners.has(tokens[a + 2]!.lower) && tokens[a + 2]!.start < claim.end) a += 2;
      if (a > a0) claim = trimClaim(text, tokens[a]!.start, claim.end) ?? claim;
      // ("erklärte dagegen, man habe …": the adverb and its comma.)
      else if (tokens[a0]?.isWord && s.adverbs.has(tokens[a0]!.lower) && !s.determiners.has(tokens[a0]!.lower) && tokens[a0 + 1]?.text === ',' && tokens[a0 + 2] && tokens[a0 + 2]!.start < claim.end)
        claim = trimClaim(text, tokens[a0 + 2]!.start, claim.end) ?? claim;
    }
    // "Viele Eltern sprechen vom „Blaulicht-Effekt“": talking about a topic is not content.
    if (claim.start > cue.start && s.topicVerbs.has(v.lemma) && s.topicPreps.has(tokens[ctx.doc.tokenAt(claim.start)]?.lower ?? '')
      // ("sprach von einem «Eingriff in eine unberührte Landschaft»": a quoted characterisation is content.)
      && !tokens.slice(ctx.doc.tokenAt(claim.start), ctx.doc.tokenAt(claim.end)).some((t) => (ctx.doc.quotes[ctx.doc.quoteAt(t.start)]?.words ?? 0) >= 3)
      && ![1, 2].some((d) => ctx.c.phrases.complementizers.match(tokens, ctx.doc.tokenAt(claim!.start) + d) > 0 || ctx.c.phrases.questionWords.match(tokens, ctx.doc.tokenAt(claim!.start) + d) > 0)) return null;
    // "warnte jedoch vor voreiligen Schlüssen: Die Studie zeige …": a short phrase, then the content after a colon.
    if (claim.start > cue.start) {
      const c0 = ctx.doc.tokenAt(claim.start), c1 = ctx.doc.tokenAt(claim.end);
      for (let x = c0 + 1; x < c1 && x < c0 + 8; x++) {
        const t = tokens[x]!;
        if (t.text !== ':') { if (!t.isWord || ctx.c.phrases.complementizers.match(tokens, x)) break; continue; }
        const rest = trimClaim(text, tokens[x + 1]?.start ?? claim.end, claim.end);
        if (rest && rest.text.split(/\s+/).length >= 3) claim = rest;
        break;
      }
    }
    if (!after.addressee && claim.start > cue.end) {
      const g = addresseeIn(ctx, cueEnd, ctx.doc.tokenAt(claim.start));
      if (g) after.addressee = g;
    }
    // Only a time adverbial after the verb is no statement: "protestó el sábado", "protested on Monday".
    if (claim.start > cue.start && ctx.doc.quoteAt(claim.start) < 0) {
      const ws = tokens.slice(ctx.doc.tokenAt(claim.start), ctx.doc.tokenAt(claim.end)).filter((t) => t.isWord);
      if (ws.length && ws.length <= 4 && ws.every((t) => s.adverbs.has(t.lower) || s.determiners.has(t.lower) || s.adverbialPreps.has(t.lower))
        && ws.some((t) => s.adverbs.has(t.lower) && !s.determiners.has(t.lower))) return null;
    }
    // One word after the verb is a manner, not a statement: "Alpsolar reagierte überrascht."
    if (claim.start > cue.start && !/\s/.test(claim.text) && ctx.doc.quoteAt(claim.start) < 0) return null;
    // "äußerte sich zunächst nicht", "ne s'est pas prononcé": a refused statement has no content.
    if (claim.start > cue.start) {
      let k = ctx.doc.tokenAt(claim.start);
      while (tokens[k]?.isWord && (s.reflexives.has(tokens[k]!.lower) || s.adverbs.has(tokens[k]!.lower))) k++;
      if (tokens[k]?.isWord && s.negations.has(tokens[k]!.lower)) {
        // …and nothing but adverbs after the negation ("n'avoir jamais vu …" keeps its content).
        let j = k + 1;
        const end = ctx.doc.tokenAt(claim.end);
        while (j < end && (!tokens[j]!.isWord || s.adverbs.has(tokens[j]!.lower) || s.negations.has(tokens[j]!.lower))) j++;
        if (j >= end) return null;
        // "sagte nicht, ob …", "did not say whether …": a question left open is no content.
        if (ctx.c.phrases.questionWords.match(tokens, j)) return null;
      }
    }
    // Content that opens with the addressee ("demande aux forces … d'intervenir") needs a clause or an
    // infinitive after it: "El caso recuerda al de la novela" reports nothing.
    const c0 = ctx.doc.tokenAt(claim.start);
    if (claim.start > cue.start && s.addresseePreps.has(tokens[c0]?.lower ?? '')) {
      let ok = false;
      const c1 = ctx.doc.tokenAt(claim.end);
      for (let k = c0 + 1; k < c1 && !ok; k++) {
        const t = tokens[k]!;
        const q = ctx.doc.quotes[ctx.doc.quoteAt(t.start)];
        const statement = !!q && (q.words > 4 || /[,.;:!?]/.test(ctx.doc.text.slice(q.start, q.end)));
        // "que" after an article is a relative ("en la que"), not the start of reported content.
        if ((s.complementizers.has(t.lower) && !s.determiners.has(tokens[k - 1]?.lower ?? '')) || statement) ok = true;
        else if (s.infinitiveMarkers.has(t.lower) && tokens[k + 1]?.isWord && ctx.c.lex.infinitiveSuffixes.some((x) => tokens[k + 1]!.lower.endsWith(x))
          && !s.determiners.has(tokens[k + 1]!.lower)) ok = true;
      }
      // "pidió al Gobierno recursos", "exigió a la Junta una solución": a request names its addressee, then what it asks for.
      if (!ok && ctx.c.acts.get(v.lemma) === 'ask') {
        let k = c0 + 1;
        while (k < c1 && tokens[k]!.isWord && s.determiners.has(tokens[k]!.lower) && !s.indefiniteDeterminers.has(tokens[k]!.lower)) k++;
        const nameStart = k;
        while (k < c1 && tokens[k]!.isWord && tokens[k]!.isCap) k++;
        const o = tokens[k];
        if (k > nameStart && k < c1 - 1 && o?.isWord && !o.isCap && (!s.npLinks.has(o.lower) || s.determiners.has(o.lower)) && !s.adverbialPreps.has(o.lower) && !s.clauseOpeners.has(o.lower) && !ctx.c.verbAt(tokens, k)
          && !s.relativePronouns.has(o.lower)) {
          ok = true;
          claim = trimClaim(text, o.start, claim.end) ?? claim;
        }
      }
      if (!ok) return null;
    }
    // "wies die Vorwürfe zurück", "rejected the allegations": a denial of what was said, with nothing said of its own
    // ("wies Vorwürfe zurück, Vorschriften missachtet zu haben" keeps its clause).
    if (claim.start > cue.start && ctx.c.acts.get(v.lemma) === 'deny' && ctx.doc.quoteAt(claim.start) < 0) {
      let k = ctx.doc.tokenAt(claim.start);
      const end = ctx.doc.tokenAt(claim.end);
      while (k < end && tokens[k]!.isWord && s.determiners.has(tokens[k]!.lower)) k++;
      const noun = tokens[k];
      if (noun?.isWord && s.speechNouns.has(noun.lower)) {
        const rest = tokens.slice(k + 1, end);
        if (rest.length <= 4 && rest.every((t) => t.isWord && !s.complementizers.has(t.lower) && !s.infinitiveMarkers.has(t.lower) && ctx.doc.quoteAt(t.start) < 0)) return null;
      }
    }
    // "äußerte sich erleichtert: „…“": content that is one whole quotation is the words inside its marks.
    {
      const q = ctx.doc.quotes[ctx.doc.quoteAt(claim.start)];
      if (q && q.open === claim.start && q.close > 0 && claim.end >= q.end - 1 && claim.end <= q.close + 1 && q.end > q.start) claim = span(text, q.start, q.end);
    }
    const c: Candidate = { rule: 'reporting-verb', kind: 'claim', source, cue, claim, via, at };
    if (after.relay) {
      c.via = [...(after.relay.through ?? []), source, ...via];
      c.source = after.relay.source;
      c.cue = after.relay.cue;
    }
    if (after.addressee) c.addressee = after.addressee;
    if (after.addressee && after.addresseeIsTitle) c.addresseeIsTitle = true;
    return c;
  };
  const isRaya = !!prev && /^[—–]$/.test(prev.text) && vStart > sent.first + 1;
  const subjectFirst = !(prev && (prev.text === ',' || isClosingQuote(ctx.doc, prev) || isRaya)) && vStart > sent.first;
  if (v.lemma === DOCUMENT_VERB && (!subjectFirst || v.pronoun)) return null;
  const commaBefore = !!prev && (prev.text === ',' || isClosingQuote(ctx.doc, prev) || isRaya);
  // "a-t-elle ajouté": the pronoun inside the verb group is the source.
  if (v.pronoun) {
    const after: After = { next: cueEnd };
    const k = skipAddressee(ctx, skipAdverbs(ctx, cueEnd, sent.last), sent.last, v, after);
    const claim = commaBefore || vStart > sent.first ? claimBefore(ctx, si, prev?.text === ',' ? vStart - 1 : vStart) : claimAfter(ctx, si, k);
    return make(v.pronoun, claim, after);
  }
  if (commaBefore) {
    const quoted = quoteEndingBefore(ctx, vStart, sent.start) >= 0;
    // "…, sagte sie": a subject pronoun right after the verb settles the order.
    const pk = skipAdverbs(ctx, cueEnd, sent.last);
    const pro = tokens[pk];
    const proNext = tokens[pk + 1];
    const pronounAfter = !!pro && pro.isWord && s.pronouns.has(pro.lower) && (pk + 1 >= sent.last || !proNext?.isWord || s.adverbialPreps.has(proNext.lower) || s.adverbs.has(proNext.lower));
    const app = quoted || pronounAfter ? null : appositiveSubject(ctx, si, vStart, surnames) ?? relativeApposition(ctx, si, vStart, surnames);
    if (app) {
      const after: After = { next: cueEnd, ...(app.relay ? { relay: app.relay } : {}) };
      let k = skipAddressee(ctx, skipAdverbs(ctx, cueEnd, sent.last), sent.last, v, after);
      if (app.addressee && !after.addressee) after.addressee = app.addressee;
      k = readRelay(ctx, k, sent.last, after);
      const firstAfter = tokens[k];
      const nothingAfter = k >= sent.last || !firstAfter?.isWord || s.adverbialPreps.has(firstAfter.lower);
      // "“…,” Pennard's chief executive, Meera Castleton, said.": the quotation before the subject.
      const quoteBefore = nothingAfter && app.start > sent.first ? claimBefore(ctx, si, app.start) : null;
      const punctuated = (k === cueEnd || !!after.addressee) && (firstAfter?.text === ',' || firstAfter?.text === ':');
      return make(rangeSpan(ctx.doc, app.subject), quoteBefore ?? claimAfter(ctx, si, k, nothingAfter && !punctuated) ?? colonQuote(ctx, si) ?? colonQuote(ctx, si, k), after, app.via);
    }
    // "Judge blocks ban, calls process 'arbitrary'": a naming verb takes its object after it, never an
    // inverted subject ("…, called the mayor" is not an incise).
    if (v.lemma === NAMING || ctx.c.acts.get(v.lemma) === 'describe') return null;
    const after: After = { next: cueEnd };
    readInvertedSubject(ctx, cueEnd, sent.last, v, after, surnames);
    const claim = claimBefore(ctx, si, prev!.text === ',' || isRaya ? vStart - 1 : vStart);
    if (after.subject) return make(after.subject, claim, after);
    // Nothing after the verb but the full stop: the speaker is the previous one ("…", añadió.).
    let k = cueEnd;
    while (k < sent.last && !tokens[k]!.isWord) k++;
    // Only a manner word may follow: "—Ahora toca esperar las ayudas —añade, resignado."
    const rest = sent.last - k <= 4 ? tokens.slice(k, sent.last).filter((x) => x.isWord) : null;
    if (rest && tokens[cueEnd]?.text === ',' && rest.length <= 2 && rest.every((x) => !x.isCap && !s.determiners.has(x.lower))) k = sent.last;
    // …or an adverbial with no name in it: "«…», dijo en rueda de prensa."
    if (k < sent.last && tokens[k]!.isWord && s.adverbialPreps.has(tokens[k]!.lower) && sent.last - k <= 8
      && tokens.slice(k, sent.last).every((x, n) => !x.isWord || (!x.isCap && !ctx.c.verbAt(tokens, k + n) && !s.complementizers.has(x.lower)))) k = sent.last;
    if (k >= sent.last && claim && !v.plural) {
      const c = make(cue, claim, after);
      if (c) c.sameAsPrevious = true;
      return c;
    }
    return null;
  }
  let lead = sent.first;
  while (lead < vStart && tokens[lead]!.isWord && s.leadingConjunctions.has(tokens[lead]!.lower)) lead++;
  // "Das teilte die Bundesagentur für Arbeit am Donnerstag mit.", "Dies sagte der Minister.": the pronoun in
  // front is the content, which is the previous sentence; the subject follows the verb.
  const ana = ctx.c.lex.capitalizedNouns ? ctx.c.phrases.anaphoricLeads.match(tokens, lead) : 0;
  if (ana && lead + ana === vStart && si > 0 && sentences[si - 1]!.paragraph === sent.paragraph) {
    const inv: After = { next: cueEnd };
    readInvertedSubject(ctx, cueEnd, sent.last, v, inv, surnames);
    if (inv.subject) {
      const prevSent = sentences[si - 1]!;
      return make(inv.subject, trimClaim(text, prevSent.start, prevSent.end), inv);
    }
  }
  if (lead === vStart) {
    // A subject after a sentence-initial verb: "Cuenta la leyenda que …" (a legend: nobody), "Dijo el ministro que …".
    const inv: After = { next: cueEnd };
    readInvertedSubject(ctx, cueEnd, sent.last, v, inv, surnames);
    if (inv.subject) {
      const r = { first: ctx.doc.tokenAt(inv.subject.start), last: ctx.doc.tokenAt(inv.subject.end) };
      if (isNonSource(ctx, r)) return null;
    }
    // Sentence-initial verb with no subject (Spanish pro-drop: "Añadió que …", "Reconoció que …");
    // a plural one is impersonal: "Y dicen en el puerto que …" ("they say").
    if (v.plural) return null;
    const after: After = { next: cueEnd };
    const k = skipAddressee(ctx, skipAdverbs(ctx, cueEnd, sent.last), sent.last, v, after);
    const claim = claimAfter(ctx, si, k, true);
    if (!claim) return null;
    const c = make(cue, claim, after);
    if (c) c.sameAsPrevious = true;
    return c;
  }
  // "In einer Talkshow hatte sie damals gesagt": the subject pronoun sits inside the verb group.
  for (let k = v.first + 1; k < v.last; k++) {
    if (tokens[k]!.isWord && s.pronouns.has(tokens[k]!.lower) && s.auxiliaries.has(tokens[v.first]!.lower)) {
      const after: After = { next: cueEnd };
      const claim = claimAfter(ctx, si, skipAddressee(ctx, cueEnd, sent.last, v, after));
      return make(span(text, tokens[k]!.start, tokens[k]!.end), claim, after);
    }
  }
  // "El Instituto Nacional de Migración (INM) informó", "The Federal Aviation Administration (FAA) said": the
  // acronym in parentheses repeats the subject; the subject ends before it.
  let subjEnd = vStart;
  if (tokens[vStart - 1]?.text === ')') {
    for (let p = vStart - 2; p > sent.first && p >= vStart - 4; p--) {
      if (tokens[p]!.text === '(') { if (tokens.slice(p + 1, vStart - 1).every((x) => x.isWord && x.isCap)) subjEnd = p; break; }
    }
  }
  let subj = backwardSubject(ctx, si, subjEnd);
  // "Reconoció que la campaña había sido dura y añadió que …": a reporting verb coordinated with an
  // earlier one shares its subject; the noun phrase before the conjunction belongs to the first content.
  if (prev?.isWord && s.leadingConjunctions.has(prev.lower)) {
    let earlier = -1;
    for (let k = vStart - 2; k >= sent.first && earlier < 0; k--) if (ctx.doc.quoteAt(tokens[k]!.start) < 0 && ctx.c.verbAt(tokens, k)) earlier = k;
    if (earlier >= 0 && (!subj || subj.first > earlier) && !v.plural) {
      const after: After = { next: cueEnd };
      const k = skipAddressee(ctx, skipAdverbs(ctx, cueEnd, sent.last), sent.last, v, after);
      const c = make(cue, claimAfter(ctx, si, k, true), after);
      if (c) c.sameAsPrevious = true;
      return c;
    }
  }
  if (!subj) {
    // "Kabisch hatte am Morgen erklärt": the subject precedes the auxiliary.
    for (let a = vStart - 1; a > sent.first && a >= vStart - 7 && tokens[a]!.isWord; a--) {
      if (!s.auxiliaries.has(tokens[a]!.lower)) continue;
      subj = backwardSubject(ctx, si, a);
      // "In seinem letzten Wort hatte er am Montag erklärt": after a fronted adverbial the subject follows the auxiliary.
      if (!subj && fronted(ctx, sent.first, a)) {
        const np = tokens[a + 1]?.isWord && s.pronouns.has(tokens[a + 1]!.lower) ? { first: a + 1, last: a + 2 } : forwardNP(ctx, a + 1, vStart);
        if (np && (s.pronouns.has(tokens[np.first]!.lower) || s.determiners.has(tokens[np.first]!.lower) || tokens[np.first]!.isCap) && looksLikeNP(ctx, np)) {
          const after: After = { next: cueEnd };
          const k = skipAddressee(ctx, cueEnd, sent.last, v, after);
          return make(rangeSpan(ctx.doc, personRun(ctx, np, surnames) ?? np), claimAfter(ctx, si, k, !(tokens[k]?.text === ',' || tokens[k]?.text === ':')), after);
        }
      }
      break;
    }
  }
  if (!subj && fronted(ctx, sent.first, vStart)) {
    // "Ayer dijo el ministro que …", "Am Montag erklärte der Minister, …": V2 and Spanish inversion after a fronted adverbial.
    const inv: After = { next: cueEnd };
    readInvertedSubject(ctx, cueEnd, sent.last, v, inv, surnames);
    if (inv.subject) {
      const r = spanRange(ctx, inv.subject);
      if (!isNonSource(ctx, r) && !s.interrogatives.has(tokens[r.first]!.lower)) {
        const k = inv.next;
        return make(inv.subject, claimAfter(ctx, si, k, !(tokens[k]?.text === ',' || tokens[k]?.text === ':')), inv);
      }
    }
  }
  if (!subj || isNonSource(ctx, subj)) return null;
  if (v.lemma === DOCUMENT_VERB && !tokens.slice(subj.first, subj.last).some((t) => headType(ctx, t) === 'document')) return null;
  // "If the minister said …, the talks would collapse", "Wenn der Minister sagte …": a condition, not a statement.
  if (subj.first > sent.first && s.conditionals.has(tokens[subj.first - 1]!.lower)) return null;
  // "Wie die NZZ unter Berufung auf Branchenkreise berichtete": the cited source speaks, the medium relays.
  let citeAt = subj.first, citing = 0;
  for (; citeAt < subj.last && !citing; citeAt++) citing = ctx.c.phrases.relayCues.match(tokens, citeAt);
  citeAt--;
  if (citing) {
    const src = forwardNP(ctx, citeAt + citing, subj.last);
    let b = citeAt - 1;
    while (b > sent.first && !tokens[b]!.isWord && ctx.doc.quoteAt(tokens[b]!.start) >= 0) b--;
    const medium = src ? (citeAt > subj.first ? { first: subj.first, last: citeAt } : backwardSubject(ctx, si, b + 1)) : null;
    if (src && medium) {
      const after: After = { next: cueEnd, relay: { source: rangeSpan(ctx.doc, src), cue: rangeSpan(ctx.doc, { first: citeAt, last: citeAt + citing }) } };
      const before = tokens[medium.first - 1];
      const claim = before && s.asWords.has(before.lower) ? claimAfter(ctx, si, cueEnd) : claimAfter(ctx, si, cueEnd);
      return make(rangeSpan(ctx.doc, medium), claim, after);
    }
  }
  const relayVia: Span[] = [];
  // "Fuentes de la investigación citadas por el Heraldo de Aragón sostienen …": the relay inside the subject.
  let interviewer: Span | undefined;
  for (let k = subj.first + 1; k < subj.last; k++) {
    const n = ctx.c.phrases.relayParticiples.match(tokens, k), m = n ? 0 : ctx.c.phrases.interviewParticiples.match(tokens, k);
    if (!n && !m) continue;
    const np = forwardNP(ctx, k + (n || m), subj.last);
    if (np && n) relayVia.push(rangeSpan(ctx.doc, np));
    if (np && m) interviewer = rangeSpan(ctx.doc, np); // "Fuentes sindicales consultadas por EFE": the addressee
    subj = { first: subj.first, last: k };
    break;
  }
  const after: After = { next: cueEnd, ...(interviewer ? { addressee: interviewer } : {}) };
  let k = skipAddressee(ctx, cueEnd, sent.last, v, after);
  // "teilte auf Anfrage mit, …", "teilte der Zeitung am Abend mit, …": the words before the particle are
  // adverbials (or the addressee); the content follows the particle.
  const particle = particles.get(v.first);
  const pastParticle = particle !== undefined && particle >= k;
  if (pastParticle) {
    if (!after.addressee) { const g = addresseeIn(ctx, k, particle); if (g) after.addressee = g; }
    k = particle + 1;
  }
  k = readRelay(ctx, k, sent.last, after);
  const first = tokens[k];
  // ("meldete unter Berufung auf X, in der Nacht seien …": after the relay's comma, a clause.)
  const punctuated = ((k === cueEnd || !!after.addressee || pastParticle) && !!first && (first.text === ',' || first.text === ':'))
    || (!!after.relay && tokens[k - 1]?.text === ',');
  // "warnt vor Kosten", "warned of delays": a warning's content opens with a preposition.
  const warns = ctx.c.acts.get(v.lemma) === 'warn';
  // "“…,” Dana Whitfield … told the Ledger.": the addressee closes the sentence, the content is before.
  const pre = subj.first > sent.first ? tokens[subj.first - 1] : undefined;
  const afterContent = !!pre && (pre.text === ',' || isClosingQuote(ctx.doc, pre));
  const objectNP = afterContent && ctx.c.addresseeLemmas.has(v.lemma) && first?.isWord ? forwardNP(ctx, k, sent.last) : null;
  const addresseeOnly = !!objectNP && (objectNP.last >= sent.last || (/^[.!?]$/.test(tokens[objectNP.last]!.text) && objectNP.last === sent.last - 1)) && objectNP.last - objectNP.first <= 4;
  const adverbialOnly = k >= sent.last || !first || (!first.isWord && !/^[«»“„"‹›‚]$/.test(first.text))
    || (s.adverbialPreps.has(first.lower) && !warns) || cueStartsAt(ctx, k) || addresseeOnly;
  const before = subj.first > sent.first ? tokens[subj.first - 1] : undefined;
  const beforeAs = before && before.isWord && s.asWords.has(before.lower) ? tokens[subj.first - 2] : undefined;
  const postposed = !!before && (before.text === ',' || isClosingQuote(ctx.doc, before) || beforeAs?.text === ',');
  if (s.quotingVerbs.has(v.lemma)) {
    // "Reuters quoted an official as saying …", "…, Reuters quoted him as saying.", "Interfax zitierte einen
    // Sprecher mit den Worten, …": the object speaks, the subject relays. Without an object and its
    // content ("the report cited rising costs") nobody is quoted.
    const q = quotedObject(ctx, si, cueEnd);
    if (!q) return null;
    const end = beforeAs ? subj.first - 2 : before?.text === ',' ? subj.first - 1 : subj.first;
    const quotedClaim = q.atEnd ? (postposed ? claimBefore(ctx, si, end) : null) : claimAfter(ctx, si, q.next);
    const c = make(rangeSpan(ctx.doc, personRun(ctx, q.object, surnames) ?? q.object), quotedClaim, { next: q.next }, [rangeSpan(ctx.doc, subj), ...relayVia]);
    if (c) delete c.addressee; // a medium inside the object ("einen Bericht der Zeitung „Kommersant“") is the source, not an addressee
    return c;
  }
  let claim: Span | null = null;
  const endBefore = beforeAs ? subj.first - 2 : before?.text === ',' ? subj.first - 1 : subj.first;
  // "El mismo día, Banco Levantia anunció en un comunicado … que …": a fronted adverbial is no content.
  if (postposed && adverbialOnly && !fronted(ctx, sent.first, endBefore)) {
    claim = claimBefore(ctx, si, endBefore);
    // A few words before the subject and a complementizer after the verb: "El mismo día, X anunció en un comunicado … que …".
    if (claim && claim.text.split(/\s+/).length < 5 && ctx.doc.quoteAt(claim.start) < 0) claim = claimAfter(ctx, si, k, true) ?? claim;
  } else {
    // After an adverbial ("said in a statement that …") the content needs its complementizer:
    // "complained about the bridge for years" reports no proposition.
    claim = claimAfter(ctx, si, k, adverbialOnly && !punctuated);
    // "dénonce depuis des mois un manque d'entretien": past the adverbial, an object is the content.
    let j = k;
    for (let n = 0; !claim && n < 2 && tokens[j]?.isWord && s.adverbialPreps.has(tokens[j]!.lower) && !warns; n++) {
      // "a promis mardi « la tolérance zéro »", "a annoncé jeudi la suppression de …": a time word, then
      // the quotation or the object.
      const q0 = tokens[j + 1];
      if (s.adverbs.has(tokens[j]!.lower) && q0 && !q0.isWord && ctx.doc.quotes[ctx.doc.quoteAt(q0.start)]?.open === q0.start) { claim = claimAfter(ctx, si, j + 1); break; }
      if (s.adverbs.has(tokens[j]!.lower) && !s.determiners.has(tokens[j]!.lower) && q0?.isWord && s.determiners.has(q0.lower) && !s.adverbialPreps.has(q0.lower) && j === k) { claim = claimAfter(ctx, si, j + 1); break; }
      const pp = forwardNP(ctx, j + 1, sent.last);
      if (!pp) break;
      j = pp.last;
      const o = tokens[j];
      if (o?.isWord && (s.determiners.has(o.lower) || s.complementizers.has(o.lower)) && !s.adverbialPreps.has(o.lower)) claim = claimAfter(ctx, si, j);
      // "schrieb auf X, der Park werde …": a comma after the adverbial opens the content of a verb of saying.
      else if (o && !o.isWord && ctx.doc.quotes[ctx.doc.quoteAt(o.start)]?.open === o.start) claim = claimAfter(ctx, si, j); // "a salué sur X « … »"
      else if ((o?.text === ',' || o?.text === ':') && !isInciseAt(ctx, j) && !ctx.c.verbAt(tokens, j + 1) && SAYING_ACTS.has(ctx.c.acts.get(v.lemma) ?? '') && !(s.relativePronouns.has(tokens[j + 1]?.lower ?? '') && !s.determiners.has(tokens[j + 1]?.lower ?? ''))) {
        const after = claimAfter(ctx, si, j + 1);
        if (after && after.text.split(/\s+/).length >= 3) claim = after;
      }
    }
  }
  claim ??= colonQuote(ctx, si) ?? colonQuote(ctx, si, k);
  // "Die Staatsanwaltschaft hatte sieben Jahre Haft gefordert.": with the participle closing the clause, the
  // object between auxiliary and participle is what was demanded, announced, denied.
  if (!claim && ctx.c.lex.capitalizedNouns && v.last - v.first >= 4 && (cueEnd >= sent.last || /^[.!?;]$/.test(tokens[cueEnd]!.text)) && MIDDLE_ACTS.has(ctx.c.acts.get(v.lemma) ?? '')) {
    let m = v.first + 1;
    while (m < v.last - 1 && (!tokens[m]!.isWord || s.adverbs.has(tokens[m]!.lower) || s.pronouns.has(tokens[m]!.lower))) m++;
    if (v.last - 1 - m >= 2) {
      claim = trimClaim(text, tokens[m]!.start, tokens[v.last - 2]!.end);
      if (claim) cue = span(text, tokens[v.last - 1]!.start, tokens[v.last - 1]!.end); // the participle, not the words it frames
    }
  }
  if (claim && !after.addressee && claim.start > cue.end) {
    const g = addresseeIn(ctx, cueEnd, ctx.doc.tokenAt(claim.start));
    if (g) after.addressee = g;
  }
  // A person is named by the name, without the title: "le Premier ministre arménien Nikol Pashinyan".
  const named = personRun(ctx, subj, surnames) ?? subj;
  if (relayVia.length) return make(rangeSpan(ctx.doc, named), claim, after, relayVia);
  return make(rangeSpan(ctx.doc, named), claim, after);
}

/**
 * Surnames of every person named in full in the text, said or not ("Der Ökologe Tobias Wendland … hält die
 * Zahlen für plausibel. …, so Wendland"), so a later lone surname is read as that person.
 */
/**
 * "The bank held rates, saying inflation was cooling", "Le tribunal a annulé le permis, estimant que
 * …", "El club despidió al entrenador, asegurando que …": a gerund of saying after a main clause that
 * reports nothing makes that clause's subject the speaker. The subject is the noun phrase that opens
 * the sentence, directly followed by its verb.
 */
function gerundStatements(ctx: Ctx, out: Candidate[]): void {
  const { tokens, sentences, text } = ctx.doc;
  const s = ctx.c.sets;
  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si]!;
    for (let g = sent.first + 2; g < sent.last - 2; g++) {
      if (tokens[g]!.text !== ',' || ctx.doc.quoteAt(tokens[g]!.start) >= 0) continue;
      const n = ctx.c.phrases.gerundCues.match(tokens, g + 1);
      if (!n) continue;
      const at = tokens[g]!.start;
      // Already read: the gerund continues a statement ("…, she said, adding that"), or sits inside one's content.
      if (out.some((c) => (c.cue && c.cue.start <= tokens[g + 1]!.start && c.cue.end >= tokens[g + n]!.end) || (c.claim && c.claim.start < at && c.claim.end > at))) break;
      let lead = sent.first;
      while (lead < g && tokens[lead]!.isWord && s.leadingConjunctions.has(tokens[lead]!.lower)) lead++;
      const verb = mainVerb(ctx, lead, g);
      if (verb < 0) break;
      const subject = trimSubject(ctx, { first: lead, last: verb });
      const isPronoun = !!subject && subject.last - subject.first === 1 && s.pronouns.has(tokens[subject.first]!.lower);
      if (!subject || (!isPronoun && (!looksLikeNP(ctx, subject, 8) || isNonSource(ctx, subject)))) break;
      // Someone who can speak: a name, an institution's head noun, a role or a pronoun; not "The storm hit the coast, warning …".
      let canSpeak = false;
      for (let k = subject.first; k < subject.last && !canSpeak; k++) {
        const t = tokens[k]!;
        canSpeak = t.isWord && (!!headType(ctx, t) || (t.isCap && k > sent.first) || s.pronouns.has(t.lower) || isRoleNoun(t.lower));
      }
      if (!canSpeak) break;
      const claim = claimAfter(ctx, si, g + 1 + n);
      // A clause: "that …", or (where the tagger reads verbs) a subject then its verb ("saying inflation was cooling"), not "saying nothing".
      if (!claim || !(hasContent(ctx, claim, false) || (ctx.c.lex.verbsByTagger && firstVerbAt(claim.text) > 0))) break;
      out.push({ rule: 'reporting-verb', kind: 'claim', source: rangeSpan(ctx.doc, subject), cue: span(text, tokens[g + 1]!.start, tokens[g + n]!.end), claim, via: [], at: tokens[g + 1]!.start });
      break;
    }
  }
}

/**
 * The token where the main clause's verb starts, between `from` and `to`; -1 when it cannot be told.
 * English asks compromise's tagger; French and Spanish news tell the past with an auxiliary ("a
 * annulé", "ha despedido") or, in Spanish, a preterite ending ("despidió", "cerraron").
 */
function mainVerb(ctx: Ctx, from: number, to: number): number {
  const { tokens, text } = ctx.doc;
  const lex = ctx.c.lex;
  if (lex.verbsByTagger) {
    const at = firstVerbAt(text.slice(tokens[from]!.start, tokens[to - 1]!.end));
    const start = tokens[from]!.start + at;
    for (let k = from + 1; k < to && at >= 0; k++) if (tokens[k]!.start === start) return k;
    return -1;
  }
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (!t.isWord) return -1; // a comma or a parenthesis before any verb: not a plain subject
    if (ctx.c.sets.auxiliaries.has(t.lower)) return k;
    if (!t.isCap && t.lower.length > 3 && lex.finiteVerbEndings.some((e) => t.lower.endsWith(e))) return k;
  }
  return -1;
}

function mentionedSurnames(ctx: Ctx): Set<string> {
  const { tokens } = ctx.doc;
  // German capitalises nouns ("Walliser Gemeinde", "Andere Einwohner"): a word seen after an article is a noun.
  const nouns = new Set<string>();
  for (let k = 1; k < tokens.length; k++) if (ctx.c.sets.determiners.has(tokens[k - 1]!.lower)) nouns.add(tokens[k]!.lower);
  const out = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    if (!tokens[k]!.isWord || !tokens[k]!.isCap) continue;
    let e = k;
    while (e < tokens.length && tokens[e]!.isWord && tokens[e]!.isCap && tokens[e]!.sentence === tokens[k]!.sentence) e++;
    if (e - k >= 2) {
      const run = personRun(ctx, { first: k, last: e });
      if (run && run.last - run.first >= 2 && !nouns.has(tokens[run.last - 1]!.lower)) out.add(tokens[run.last - 1]!.lower);
    }
    k = e;
  }
  return out;
}

export default defineCue({
  id: 'reporting-verb',
  find(ctx) {
    const out: Candidate[] = [];
    const { tokens, sentences, text } = ctx.doc;
    const s = ctx.c.sets;
    const surnames = mentionedSurnames(ctx);
    particles.clear();
    for (let si = 0; si < sentences.length; si++) {
      const sent = sentences[si]!;
      for (let i = sent.first; i < sent.last; i++) {
        const t = tokens[i]!;
        if (!t.isWord) continue;
        let v = ctx.c.verbAt(tokens, i);
        const named = v ? 0 : ctx.c.phrases.namingForms.match(tokens, i);
        if (named) v = { first: i, last: i + named, lemma: NAMING, isHomograph: false, plural: false };
        const shown = v ? 0 : ctx.c.phrases.documentVerbForms.match(tokens, i);
        if (shown) v = { first: i, last: i + shown, lemma: DOCUMENT_VERB, isHomograph: false, plural: false };
        // "«…», se souvient Marc Ollivier": remembering reports only right after a closing quotation and its comma.
        const recalled = v ? 0 : ctx.c.phrases.inciseOnlyForms.match(tokens, i);
        if (recalled && i > sent.first && quoteEndingBefore(ctx, i, sent.start) >= 0) v = { first: i, last: i + recalled, lemma: '(incise)', isHomograph: false, plural: false };
        if (!v || v.last > sent.last || v.first < sent.first) continue;
        const prevTok = tokens[v.first - 1];
        const raya = !!prevTok && (/^[—–]$/.test(prevTok.text) || (prevTok.text === ',' && tokens[v.last]?.isCap)) && v.first > sent.first;
        // Words inside a quotation are its content, except a Spanish incise: «… —relató a EFE Carmen Sáez—. …».
        if (ctx.doc.quoteAt(t.start) >= 0 && ctx.doc.quoteAt(tokens[v.first]!.start) >= 0 && !raya) continue;
        // "Según publica El País": the verb belongs to a prepositional cue.
        if (v.first > sent.first && ctx.c.phrases.according.match(tokens, v.first - 1) > 1) continue;
        const prev = v.first > sent.first ? tokens[v.first - 1] : undefined;
        if (prev?.isWord && s.verbBlockers.has(prev.lower)) continue;
        // "a critic would say", "Ein Kritiker könnte sagen", "podría decir": a hypothetical says nothing.
        if (s.hypotheticals.has(tokens[v.first]!.lower)) continue;
        let h = v.first - 1;
        while (h > sent.first && tokens[h]!.isWord && s.adverbs.has(tokens[h]!.lower) && h > v.first - 4) h--;
        if (h >= sent.first && tokens[h]!.isWord && s.hypotheticals.has(tokens[h]!.lower)) continue;
        // Right after a determiner the word is a noun: "Cette annonce", "la demande", "le rapport".
        // (German writes nouns with a capital: after "Das" a lower-case "teilte" is a verb.)
        if (prev?.isWord && s.determiners.has(prev.lower) && !prev.lower.endsWith("'") && !s.pronouns.has(prev.lower) && !(ctx.c.lex.capitalizedNouns && !t.isCap)) continue;
        if (v.last - v.first === 1 && s.adjectivalForms.has(t.lower) && prev?.isWord && s.determiners.has(prev.lower)) continue; // "the said property"
        // A noun-like homograph followed by a verb is that verb's subject: "The report found", "the final report was".
        if (v.isHomograph && v.last - v.first === 1) {
          const nx = tokens[v.last];
          // ("estime pour sa part que …": a several-word adverbial after the verb, then its content.)
          // ("Le document pointe aussi l'absence …": an adverb after the form makes it the verb.)
          if (nx?.isWord && !ctx.c.phrases.verbGroupAdverbials.match(tokens, v.last) && (ctx.c.verbAt(tokens, v.last) || ctx.c.sets.auxiliaries.has(nx.lower) || (s.npStop.has(nx.lower) && !s.complementizers.has(nx.lower) && !s.adverbialPreps.has(nx.lower) && !s.determiners.has(nx.lower) && !(s.adverbs.has(nx.lower) && prev?.isWord && !s.npStop.has(prev.lower))))) continue;
        }
        let cueEnd = v.last;
        // "meldet Insolvenz an", "sprach sein Beileid aus": a particle closing the clause makes another verb.
        if (!v.separablePrefix && s.separableParticles.size && v.last - v.first === 1) {
          let e = v.last;
          while (e < sent.last && tokens[e]!.isWord) e++;
          if (e > v.last && s.separableParticles.has(tokens[e - 1]!.lower) && (e >= sent.last || /^[,.;:–—-]$/.test(tokens[e]!.text))) {
            // "forderte das Unternehmen auf, …": the particle makes a reporting verb of its own.
            const lemma = tokens[e - 1]!.lower + v.lemma;
            if (!ctx.c.acts.has(lemma)) continue;
            v = { ...v, lemma, separablePrefix: tokens[e - 1]!.lower };
          }
        }
        let particleAt = -1;
        if (v.separablePrefix) {
          let j = v.last;
          while (j < sent.last && tokens[j]!.text !== ',' && tokens[j]!.lower !== v.separablePrefix) j++;
          if (tokens[j]?.lower !== v.separablePrefix) continue;
          if (j === v.last) cueEnd = j + 1;
          else particleAt = j;
          if (j > v.last && (tokens[j + 1]?.text === ',' || tokens[j + 1]?.text === ':')) particles.set(v.first, j); // 'teilte auf Anfrage mit, …'
        }
        let c = analyseVerb(ctx, si, v, cueEnd, surnames);
        // "räumte Fehler ein", "wies die Vorwürfe zurück": the particle closing the clause belongs to the verb, not the content.
        if (c?.claim && particleAt >= 0 && c.claim.start > tokens[v.first]!.start && c.claim.end === tokens[particleAt]!.end && c.claim.start < tokens[particleAt]!.start)
          c.claim = trimClaim(ctx.doc.text, c.claim.start, tokens[particleAt]!.start) ?? c.claim;
        // "ha dicho Marín en una rueda de prensa, donde ha recordado que …": the same speaker goes on.
        const lastCand = out[out.length - 1];
        if (!c && prev?.isWord && s.clauseOpeners.has(prev.lower) && !s.complementizers.has(prev.lower) && !s.relativePronouns.has(prev.lower)
          && lastCand && lastCand.kind === 'claim' && lastCand.cue && tokens[ctx.doc.tokenAt(lastCand.cue.start)]?.sentence === si) {
          // "accused the minister of … and said the bill …": a coordinated verb of saying needs no complementizer.
          const coordinated = s.leadingConjunctions.has(prev.lower) && SAYING_ACTS.has(ctx.c.acts.get(v.lemma) ?? '');
          const claim = claimAfter(ctx, si, cueEnd, !coordinated);
          if (claim) c = { rule: 'reporting-verb', kind: 'claim', source: lastCand.source, cue: span(ctx.doc.text, tokens[v.first]!.start, tokens[cueEnd - 1]!.end), claim, via: [...lastCand.via], at: tokens[v.first]!.start, ...(lastCand.addressee ? { addressee: lastCand.addressee } : {}) };
        }
        if (c && raya) {
          // «… —relató Carmen Sáez, vecina de Bronchales—. Cogimos a los niños…»: the words after the closing dash.
          const q = ctx.doc.quotes[ctx.doc.quoteAt(t.start)];
          // In a dialogue paragraph ("—El mar … —cuenta Manuel Otero—. No había visto …") speech resumes after the dash.
          const para = ctx.doc.paragraphs[sent.paragraph]!;
          const dialogue = !q && /^[—―]/.test(para.text);
          const last = dialogue ? ctx.doc.tokenAt(para.end) : sent.last;
          let d = cueEnd;
          while (d < last && !/^[—–.]$/.test(tokens[d]!.text) && (!q || tokens[d]!.start < q.end)) d++;
          let k = d + 1;
          while (k < last && /^[.,;]$/.test(tokens[k]!.text)) k++;
          const end = q ? q.end : dialogue ? para.end : tokens[sent.last - 1]!.end;
          if (d < last && tokens[k] && tokens[k]!.start < end && (q || dialogue)) {
            const rest = trimClaim(ctx.doc.text, tokens[k]!.start, end);
            if (rest) out.push({ rule: 'quotation', kind: 'claim', source: c.source, cue: null, claim: rest, via: [...c.via], at: rest.start, ...(c.addressee ? { addressee: c.addressee } : {}), ...(c.sameAsPrevious ? { sameAsPrevious: true } : {}) });
          }
        }
        if (c) {
          out.push(c);
          // "…, she said, adding that …", "…, ajoutant que …": a second statement by the same speaker.
          for (let g = cueEnd; g < sent.last - 2; g++) {
            if (tokens[g]!.text !== ',' || ctx.doc.quoteAt(tokens[g]!.start) >= 0) continue;
            const n = ctx.c.phrases.gerundCues.match(tokens, g + 1);
            if (!n || !ctx.c.phrases.complementizers.match(tokens, g + 1 + n)) continue;
            const more = claimAfter(ctx, si, g + 1 + n);
            if (!more) break;
            if (c.claim && c.claim.end > tokens[g]!.start && c.claim.start < tokens[g]!.start) c.claim = trimClaim(text, c.claim.start, tokens[g]!.start) ?? c.claim;
            out.push({ rule: 'reporting-verb', kind: 'claim', source: c.source, cue: span(text, tokens[g + 1]!.start, tokens[g + n]!.end), claim: more, via: [...c.via], at: tokens[g + 1]!.start, ...(c.addressee ? { addressee: c.addressee } : {}), ...(c.sameAsPrevious ? { sameAsPrevious: true } : {}) });
            cueEnd = g + 1 + n;
            break;
          }
          // "a dénoncé « … » et annoncé qu'elle …", "ha criticado el plan y anunciado que …": a second
          // participle sharing the auxiliary of a compound tense is a second statement by the same speaker.
          const aux = tokens[v.first]!;
          if (v.last - v.first >= 2 && s.auxiliaries.has(aux.lower) && c.claim) {
            for (let k = ctx.doc.tokenAt(c.claim.start) + 1; k < sent.last - 2 && tokens[k]!.start < c.claim.end; k++) {
              if (!tokens[k]!.isWord || !s.leadingConjunctions.has(tokens[k]!.lower) || ctx.doc.quoteAt(tokens[k]!.start) >= 0) continue;
              const shared = ctx.c.verbAt([aux, ...tokens.slice(k + 1, k + 4)], 0);
              if (!shared || shared.last !== 2) continue;
              const more = claimAfter(ctx, si, k + 2, true);
              if (!more) continue;
              c.claim = trimClaim(text, c.claim.start, tokens[k]!.start) ?? c.claim;
              out.push({ rule: 'reporting-verb', kind: 'claim', source: c.source, cue: span(text, tokens[k + 1]!.start, tokens[k + 1]!.end), claim: more, via: [...c.via], at: tokens[k + 1]!.start, ...(c.addressee ? { addressee: c.addressee } : {}), ...(c.sameAsPrevious ? { sameAsPrevious: true } : {}) });
              cueEnd = Math.max(cueEnd, k + 2);
              break;
            }
          }
          const words = c.source.text.split(/\s+/);
          if (words.length >= 2) surnames.add(words[words.length - 1]!.toLowerCase());
          i = cueEnd - 1;
        }
      }
    }
    gerundStatements(ctx, out);
    return out;
  },
  examples: {
    en: {
      hits: ['Castleton added that there were no plans to close any factories.', '"We want them in writing," Gary Whitlock told BBC Radio Leeds.', 'The bridge will reopen next year, the governor said on Monday.'],
      misses: ['The said property would be bought at market value.', 'Castell believes the span can reopen within 18 months.', 'Residents have complained about the bridge for years.'],
    },
    fr: {
      hits: ["« Nous n'y sommes pas encore », a reconnu la présidente de la conférence, Carolina Ibáñez Rojo.", "Le ministère arménien de la défense nie avoir du personnel dans la région.", "La présidente Carolina Ibáñez a salué les délégations. « C'est déjà un signe », a-t-elle ajouté."],
      misses: ['Plusieurs observateurs pensent toutefois qu\'un texte pourrait être adopté.', "L'ambassadeur ne s'est pas exprimé publiquement depuis."],
    },
    de: {
      hits: ['„Es war kalt“, sagte der Einsatzleiter der Bergrettung, Matteo Oberhauser.', 'Florian Marzoner kündigte eine Überprüfung an. Die Bahn bleibe bis auf Weiteres geschlossen, sagte er.'],
      misses: ['Bürgermeisterin Katharina Plunger glaubt, dass die Saison nicht gefährdet ist.'],
    },
    es: {
      hits: ['"La Virgen vuelve a casa", dijo el párroco de San Vito, Luigi Bertocchi.'],
      misses: ['En dicha vivienda los agentes hallaron varios marcos antiguos.', 'Olaizola cree que el cuadro podrá viajar a Italia.'],
    },
  },
});
