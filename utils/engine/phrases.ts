/**
 * Noun phrases around a cue: the source after a preposition or an inverted verb (forward), the subject
 * before a verb (backward), appositions ("the company's president, Tatsuo Minegishi,") and the proper
 * name inside a phrase. Everything works on token ranges of one sentence, never on the whole text.
 */
import type { Ctx, Range, RelayHolder } from './context';
import { rangeSpan } from './context';
import { isRoleNoun } from './nlp';
import type { Token } from './doc';

const isDigit = (t: Token) => /^\p{N}/u.test(t.text);
const POSSESSIVE = /^['’ʼ][sS]$/;
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'von', 'van', 'der', 'den', 'bin', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'y', 'ter', 'ten', 'zu']);

/** A reporting verb that cannot be read as a noun here (homographs such as "report" stay nouns inside a phrase). */
export function isVerbAt(ctx: Ctx, k: number): boolean {
  const v = ctx.c.verbAt(ctx.doc.tokens, k);
  return !!v && !v.isHomograph;
}

export function isOpenerWord(ctx: Ctx, t: Token | undefined): boolean {
  if (!t || !t.isWord) return false;
  const s = ctx.c.sets;
  return s.determiners.has(t.lower) || s.numerals.has(t.lower) || isDigit(t);
}

/** True when a relay or according cue starts at token i. */
export function cueStartsAt(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx.doc;
  return ctx.c.phrases.according.match(tokens, i) > 0 || ctx.c.phrases.relayCues.match(tokens, i) > 0 || ctx.c.phrases.relayParticiples.match(tokens, i) > 0 || ctx.c.phrases.interviewParticiples.match(tokens, i) > 0;
}

/**
 * The noun phrase that starts at token i and ends before `limit`: determiners, then words, continued by
 * links ("de", "of", "der") and stopped by punctuation, auxiliaries, relative pronouns, verbs and cues.
 */
/**
 * "einem am Dienstag veröffentlichten Bericht des Rechnungshofs": German puts a participle phrase between
 * the article at `d` and its head noun. The phrase from the head on (the name), or null.
 */
export function participleModifiedNP(ctx: Ctx, d: number, limit: number): Range | null {
  const { tokens } = ctx.doc;
  if (!ctx.c.lex.capitalizedNouns || !tokens[d] || !ctx.c.sets.determiners.has(tokens[d]!.lower)) return null;
  for (let h = d + 2; h < limit && h < d + 7; h++) {
    const t = tokens[h]!;
    if (!t.isWord) break;
    if (t.isCap && headType(ctx, t) && !tokens[h - 1]!.isCap && tokens[h - 1]!.isWord) {
      const rest = forwardNP(ctx, h, limit);
      return rest ? { first: h, last: rest.last } : null;
    }
  }
  return null;
}

export function forwardNP(ctx: Ctx, i: number, limit: number): Range | null {
  const { tokens } = ctx.doc;
  const s = ctx.c.sets;
  const pa = ctx.c.phrases.partitiveAnaphors.match(tokens, i);
  if (pa) return { first: i, last: i + pa };
  let k = i;
  while (k < limit && isOpenerWord(ctx, tokens[k]) && !ctx.gaz.match(tokens, k)) k++;
  let body = 0;
  let end = k;
  let prevCapNoun = false;
  while (k < limit && body < 14) {
    const t = tokens[k]!;
    const g = ctx.gaz.match(tokens, k);
    if (g && g.last <= limit) { body++; k = g.last; end = k; prevCapNoun = true; continue; }
    if (POSSESSIVE.test(t.text) || (/^['’]$/.test(t.text) && body && tokens[k - 1]!.end === t.start)) { if (body) { k++; continue; } break; }
    if (!t.isWord) {
      const q = ctx.doc.quotes[ctx.doc.quoteAt(t.start)];
      if (q && q.close > 0 && q.words <= 4 && (q.open === t.start || q.close === t.end) && q.close <= tokens[limit - 1]!.end && !/[,.;:!?]/.test(ctx.doc.text.slice(q.start, q.end))) {
        if (q.open === t.start && !tokens[ctx.doc.tokenAt(q.start)]?.isCap) break;
        k++;
        continue;
      }
      if ((t.text === '&' || t.text === '-') && body && tokens[k + 1]?.isCap && tokens[k + 1]!.start - t.end <= 1) { k++; continue; }
      break;
    }
    if (body) {
      const link = ctx.c.phrases.npLinks.match(tokens, k);
      // "la ministre | sur Facebook", "Semjonow | im Nachrichtenkanal Telegram": the platform is the channel.
      if (link && platformAhead(ctx, k + link, limit)) break;
      if (link) {
        let j = k + link;
        if (s.indefiniteDeterminers.has(tokens[j]?.lower ?? '')) break; // "in einem Communiqué" is an adverbial
        const allCaps = tokens.slice(i, k).every((x) => !x.isWord || x.isCap || s.determiners.has(x.lower));
        let nw = j;
        while (nw < limit && nw < j + 4 && (!tokens[nw]!.isWord || s.determiners.has(tokens[nw]!.lower))) nw++;
        const nextWord = nw < limit ? tokens[nw] : undefined;
        // "la alcaldesa en declaraciones a …", "Marín en una rueda de prensa": an adverbial, not part of the name.
        if (!ctx.c.lex.capitalizedNouns && nextWord && !nextWord.isCap && s.adverbialPreps.has(t.lower) && allCaps) break;
        while (j < limit && s.determiners.has(tokens[j]!.lower) && tokens[j]!.isWord) j++;
        const n = tokens[j];
        const medium = ctx.gaz.match(tokens, j);
        if (medium && (medium.entry.type === 'media' || medium.entry.type === 'agency') && ctx.c.lex.capitalizedNouns) break;
        if (j < limit && n && n.isWord && !s.npStop.has(n.lower) && !isVerbAt(ctx, j) && !cueStartsAt(ctx, j)) { k = j; prevCapNoun = false; continue; }
        break;
      }
    }
    if (s.npStop.has(t.lower) && !(t.isCap && body === 0 && !s.pronouns.has(t.lower))) break;
    if (body && s.adverbialPreps.has(t.lower) && !t.isCap) break; // "le Premier ministre | devant les députés"
    if (body && s.addresseePreps.has(t.lower) && !t.isCap) break; // "el ministro | a la prensa": the addressee, not a name part
    if (body && s.determiners.has(t.lower) && !t.isCap) break; // a new phrase starts: "depuis des mois | un manque"
    if (s.relativePronouns.has(t.lower) && body) break;
    if (body && s.pronouns.has(t.lower) && !t.isCap) break; // "told reporters | he hoped …": a subject starts a clause
    if (body && s.clauseOpeners.has(t.lower) && !s.determiners.has(t.lower) && !ctx.c.phrases.npLinks.match(tokens, k)) break; // "un marinero | mientras fotografiaba"
    if (isVerbAt(ctx, k) || cueStartsAt(ctx, k)) break;
    // "un document consulté par l'AFP" (a participle is lower case: "Stefan Brückl von Orvatis" is a name and its link).
    if (body && s.agentPreps.has(tokens[k + 1]?.lower ?? '') && !t.isCap) break;
    if (ctx.c.lex.capitalizedNouns && body && !t.isCap && prevCapNoun) break; // "Ermittlerkreisen prüft"
    prevCapNoun = t.isCap;
    body++;
    k++;
    end = k;
  }
  // "Instituto Nacional de Estadística y Censos": after an institution's head and a link, a conjunction between
  // two capitalised words stays inside the name.
  {
    const [and1, next1] = [tokens[end], tokens[end + 1]];
    const linked = tokens.slice(i, end).some((t, n) => n > 0 && ctx.c.phrases.npLinks.match(tokens, i + n) > 0)
      && tokens.slice(i, end).some((t) => { const h = headType(ctx, t); return h === 'organization' || h === 'government'; });
    if (body && linked && !ctx.c.lex.capitalizedNouns && end + 1 < limit && and1?.isWord && s.leadingConjunctions.has(and1.lower) && tokens[end - 1]!.isCap
      && next1?.isWord && next1.isCap && !ctx.gaz.match(tokens, end + 1) && !headType(ctx, next1) && (end + 2 >= limit || !tokens[end + 2]!.isWord || tokens[end + 2]!.text === '(' || !tokens[end + 2]!.isCap)
      && !isVerbAt(ctx, end + 2)) end += 2;
    // "le ministère de l'Agriculture et de l'Alimentation": the conjunction, a link, then the capitals.
    else if (body && linked && end + 2 < limit && and1?.isWord && s.leadingConjunctions.has(and1.lower) && tokens[end - 1]!.isCap) {
      const m = ctx.c.phrases.npLinks.match(tokens, end + 1);
      let c = end + 1 + m;
      while (m && c < limit && tokens[c]!.isWord && s.determiners.has(tokens[c]!.lower) && !tokens[c]!.isCap) c++;
      if (m && tokens[c]?.isWord && tokens[c]!.isCap && !headType(ctx, tokens[c]!) && !ctx.gaz.match(tokens, c)) {
        let e = c;
        while (e < limit && tokens[e]!.isWord && tokens[e]!.isCap) e++;
        if (e >= limit || !tokens[e]!.isWord || tokens[e]!.text === '(') end = e;
      }
    }
  }
  // "Gewerkschaft Verkehr und Dienste (GVD)", "Doctors and Nurses United (DNU)": a conjunction inside a name,
  // confirmed by the acronym of its initials right after it.
  const [and, next, open, acronym] = [tokens[end], tokens[end + 1], tokens[end + 2], tokens[end + 3]];
  if (body && end + 3 < limit && and?.isWord && s.leadingConjunctions.has(and.lower) && next?.isWord && next.isCap && open?.text === '(' && acronym && /^\p{Lu}{2,}$/u.test(acronym.text)) {
    const initials = tokens.slice(i, end + 2).filter((t) => t.isWord && t.isCap && !s.determiners.has(t.lower)).map((t) => t.text[0]).join('');
    if (initials === acronym.text) end += 2;
  }
  return body ? { first: i, last: end } : null;
}

/** A platform name ("X", "Telegram", "Facebook-Seite") within three words from token i, after determiners and a head like "account"/"Kanal". */
export function platformAhead(ctx: Ctx, i: number, limit: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = i; k < limit && k < i + 3; k++) {
    const t = tokens[k]!;
    if (!t.isWord) return false;
    if (t.isCap && (ctx.c.phrases.platforms.match(tokens, k) || (t.text.includes('-') && ctx.c.phrases.platforms.match([{ ...t, lower: t.lower.slice(0, t.lower.indexOf('-')) }], 0)))) return true;
    if (t.isCap && !ctx.c.lex.capitalizedNouns) return false;
  }
  return false;
}

/** Strip leading conjunctions ("Mais les habitants") and adverbial openers from a subject range. */
export function trimSubject(ctx: Ctx, r: Range): Range | null {
  const { tokens } = ctx.doc;
  let { first } = r;
  while (first < r.last && tokens[first]!.isWord && ctx.c.sets.leadingConjunctions.has(tokens[first]!.lower)) first++;
  return first < r.last ? { first, last: r.last } : null;
}

/** Is the range a plausible source noun phrase (not a clause, not a pronoun we cannot use)? */
export function looksLikeNP(ctx: Ctx, r: Range, maxTokens = 10, prefield = false): boolean {
  const { tokens } = ctx.doc;
  const s = ctx.c.sets;
  const n = r.last - r.first;
  if (n <= 0 || n > maxTokens) return false;
  const first = tokens[r.first]!;
  if (!first.isWord) return false;
  // A prepositional phrase is no subject: "on Tuesday in a preliminary report".
  if ((s.adverbialPreps.has(first.lower) || s.npStop.has(first.lower)) && !s.pronouns.has(first.lower) && !s.determiners.has(first.lower)) return false;
  for (let k = r.first; k < r.last; k++) {
    const t = tokens[k]!;
    if (!t.isWord) {
      if (POSSESSIVE.test(t.text) || t.text === '&' || t.text === '-' || /^['’]$/.test(t.text)) continue;
      const ab = tokens[k - 1];
      if (t.text === '.' && k > r.first && ab?.isWord && ab.end === t.start && ctx.c.lex.abbreviations.includes(ab.lower)) continue; // "Sgt. Dana Whitfield"
      const q = ctx.doc.quotes[ctx.doc.quoteAt(t.start)];
      if (q && q.words <= 4 && (q.open === t.start || q.close === t.end) && !/[,.;:!?]/.test(ctx.doc.text.slice(q.start, q.end))) continue;
      return false;
    }
    // "CCOO y UGT", "Autorinnen und Autoren": a conjunction between two capitalised words.
    if (k > r.first && k < r.last - 1 && s.leadingConjunctions.has(t.lower) && tokens[k - 1]!.isCap && tokens[k + 1]!.isCap) continue;
    if (k > r.first && s.npStop.has(t.lower) && !t.isCap && !ctx.c.phrases.npLinks.match(tokens, k) && !s.agentPreps.has(t.lower)) return false;
    // German: after a capitalised noun only links, determiners and capitalised words continue a phrase.
    const p = tokens[k - 1];
    // …except in the Vorfeld of a main clause, which holds exactly one phrase before the finite verb: there
    // a lower-case word belongs to the name ("Das Bündnis Mehrweg jetzt erklärte"), unless it is one of the
    // adverbs that may follow the phrase ("Die Opposition hingegen erklärte").
    if (ctx.c.lex.capitalizedNouns && k > r.first && p?.isCap && p.isWord && !t.isCap && !s.determiners.has(t.lower) && !ctx.c.phrases.npLinks.match(tokens, k) && k - 1 > r.first
      && !(prefield && s.determiners.has(tokens[r.first]!.lower) && !s.adverbs.has(t.lower) && !s.leadingConjunctions.has(t.lower) && !s.npStop.has(t.lower))) return false;
    if (isVerbAt(ctx, k)) return false;
  }
  if (s.relativePronouns.has(first.lower) && n === 1) return false;
  // A determiner alone is not a subject: "Cette annonce intervient" reads "annonce" as a noun.
  let content = 0;
  for (let k = r.first; k < r.last; k++) if (tokens[k]!.isWord && !s.determiners.has(tokens[k]!.lower)) content++;
  if (!content) return false;
  if (isOpenerWord(ctx, first) || first.isCap || s.pronouns.has(first.lower)) return true;
  if (ctx.c.phrases.partitiveAnaphors.match(tokens, r.first)) return true;
  // A bare lower-case plural ("officials said", "engineers … have suggested") needs a known head;
  // "regional officer Gary Whitlock" is carried by its name.
  for (let k = r.first; k < r.last; k++) if (headType(ctx, tokens[k]!) || (tokens[k]!.isCap && tokens[k]!.isWord)) return true;
  return false;
}

/**
 * The source type a head word signals, matching whole words and German compound endings. `afterName`:
 * the word follows a capitalised word of the same name, where surnames such as "Pöhlmann", "Hoffmann" or
 * "Zimmermann" end in a people noun (Mann) without being one, so compounds of people nouns do not count.
 */
export function headType(ctx: Ctx, t: Token, afterName = false): string | null {
  const direct = ctx.c.heads.get(t.lower);
  if (direct) return direct;
  // Plurals of listed heads: "unions", "syndicats", "sindicatos", "universidades".
  if (!ctx.c.lex.capitalizedNouns && t.lower.length > 4 && t.lower.endsWith('s')) {
    const plural = ctx.c.heads.get(t.lower.slice(0, -1)) ?? (t.lower.endsWith('es') ? ctx.c.heads.get(t.lower.slice(0, -2)) : undefined);
    if (plural) return plural;
  }
  if (ctx.c.lex.capitalizedNouns && t.lower.length > 6) {
    // German compounds and genitives: "Innenministeriums" → Ministerium.
    const w = t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower;
    for (const [h, type] of ctx.c.heads) if (h.length >= 4 && (t.lower.endsWith(h) || w.endsWith(h)) && !(afterName && type === 'anonymous')) return type;
  }
  return null;
}

/**
 * The person name inside a noun phrase: the final run of capitalised words after any descriptor or
 * title ("le Premier ministre arménien Nikol Pashinyan" → "Nikol Pashinyan"). Null when the run is
 * one word, an organisation (a head word inside), a known source, or reached through a link ("in Berlin").
 */
export function personRun(ctx: Ctx, r: Range, knownSurnames?: ReadonlySet<string>): Range | null {
  const final = finalPersonRun(ctx, r, knownSurnames);
  if (final) return final;
  // "Semjonow im Nachrichtenkanal Telegram": a name that opens the phrase before a link.
  const { tokens } = ctx.doc;
  let f = r.first;
  while (f < r.last && ctx.c.sets.determiners.has(tokens[f]!.lower)) f++;
  // "Sgt. Dana Whitfield of the Millbrook Police Department": a title (and its period) before the name.
  const tl = ctx.c.phrases.titles.match(tokens, f);
  if (tl && f + tl < r.last) { f += tl; if (tokens[f]?.text === '.') f++; }
  // "lead author Priya Ramanathan of the University of Leeds": a role in lower case before the name.
  else if (!ctx.c.lex.capitalizedNouns) {
    let g = f;
    while (g < r.last && g < f + 3 && tokens[g]!.isWord && !tokens[g]!.isCap && !ctx.c.phrases.npLinks.match(tokens, g) && !ctx.c.sets.adverbialPreps.has(tokens[g]!.lower) && !ctx.c.sets.npStop.has(tokens[g]!.lower)) g++;
    if (g > f && tokens[g]?.isCap) f = g;
  }
  let l = f;
  while (l < r.last && tokens[l]!.isWord && tokens[l]!.isCap) l++;
  if (l > f && l < r.last && ctx.c.phrases.npLinks.match(tokens, l)) return finalPersonRun(ctx, { first: f, last: l }, knownSurnames);
  return null;
}

function finalPersonRun(ctx: Ctx, r: Range, knownSurnames?: ReadonlySet<string>): Range | null {
  const { tokens } = ctx.doc;
  let last = r.last;
  let first = last;
  while (first > r.first) {
    const t = tokens[first - 1]!;
    if (t.isWord && t.isCap && !ctx.c.sets.determiners.has(t.lower)) { first--; continue; }
    if (t.isWord && NAME_PARTICLES.has(t.lower) && first < last && tokens[first - 2]?.isCap) { first--; continue; }
    break;
  }
  // Drop titles at the front of the run ("Governor Elaine Castell"), portfolio included ("Finance Minister Lena Vogt").
  while (first < last) {
    const tl = ctx.c.phrases.titles.match(tokens, first);
    if (tl && first + tl < last) first += tl;
    else break;
  }
  // ("Thüringens Wirtschaftsministerin Carola Henneberg": a German compound title after a genitive.)
  for (let k = first + 1; k < last - 2; k++) if (ctx.c.sets.titles.has(tokens[k]!.lower) || (ctx.c.lex.capitalizedNouns && isCompoundTitle(ctx, tokens[k]!.lower))) first = k + 1;
  while (last - first >= 3 && isRoleNoun(tokens[first]!.text)) first++;
  // German compounds end in their title: "Bundesumweltministerin Clara Hellwig", "Hauptgeschäftsführer Stefan Maurer".
  if (ctx.c.lex.capitalizedNouns && last - first >= 3 && isCompoundTitle(ctx, tokens[first]!.lower)) first++;
  // "GVD-Verhandlungsführerin Sabine Oltmanns", "SPD-Chef Lars Klingbeil": an acronym-prefixed compound is a
  // role (first names are hyphenated too, "Anna-Lena", but never after an acronym).
  else if (last - first >= 3 && /^[\p{Lu}\p{N}]{2,}-\p{L}/u.test(tokens[first]!.text)) first++;
  while (first < last && NAME_PARTICLES.has(tokens[first]!.lower)) first++;
  if (first >= last) return null;
  const before = tokens[first - 1];
  if (first > r.first && before && ctx.c.phrases.npLinks.match(tokens, first - 1) === 1 && !ctx.c.sets.titles.has(before.lower)) return null;
  // A descriptor that names an institution makes the run its name, not a person's ("le site Verkhnelesk Segodnia").
  for (let k = r.first; k < first; k++) {
    const t = tokens[k]!;
    const h = headType(ctx, t);
    if (h && h !== 'anonymous' && !ctx.c.sets.titles.has(t.lower)) return null;
  }
  for (let k = first; k < last; k++) {
    const t = tokens[k]!;
    if (headType(ctx, t, k > first)) return null;
    // Function words capitalised at a sentence start are no name ("Am Ende", "In Bern").
    if (ctx.c.sets.npStop.has(t.lower) || ctx.c.sets.adverbialPreps.has(t.lower) || ctx.c.sets.clauseOpeners.has(t.lower)) return null;
    if (ctx.gaz.match(tokens, k)) return null;
    if (/^[\p{Lu}\p{N}]{2,}$/u.test(t.text)) return null; // acronyms are organisations
  }
  const n = last - first;
  if (n === 1) return knownSurnames?.has(tokens[first]!.lower) ? { first, last } : null;
  if (n > 4) return null;
  return { first, last };
}

/** A German compound whose last part is a title: "bundesumweltministerin" (ministerin), "hauptgeschäftsführer". */
export function isCompoundTitle(ctx: Ctx, word: string): boolean {
  if (ctx.c.sets.titles.has(word)) return true;
  for (const t of ctx.c.sets.titles) if (t.length >= 5 && !t.includes(' ') && word.length > t.length + 2 && word.endsWith(t)) return true;
  return false;
}

/** ", citing X," / "unter Berufung auf X" at token k. */
export function readRelay(ctx: Ctx, k: number, limit: number, out: RelayHolder): number {
  const { tokens } = ctx.doc;
  let j = k;
  // "reported on Monday, citing a draft …": a short adverbial before the relay.
  // ("meldete am Sonntag unter Berufung auf …": without a comma too.)
  if (tokens[j]?.isWord && ctx.c.sets.adverbialPreps.has(tokens[j]!.lower)) {
    for (let e = j + 1; e < limit && e < j + 5; e++) {
      if (ctx.c.phrases.relayCues.match(tokens, e) || (tokens[e]!.text === ',' && ctx.c.phrases.relayCues.match(tokens, e + 1))) { j = e; break; }
      if (!tokens[e]!.isWord || ctx.c.sets.complementizers.has(tokens[e]!.lower)) break;
    }
  }
  if (tokens[j]?.text === ',') j++;
  const n = ctx.c.phrases.relayCues.match(tokens, j);
  if (!n) return k;
  const np = forwardNP(ctx, j + n, limit);
  if (!np) return k;
  out.relay = { source: rangeSpan(ctx.doc, np), cue: rangeSpan(ctx.doc, { first: j, last: j + n }) };
  j = np.last;
  // "qui cite le maire de Caraz, Wilfredo Huamán, …": the name in apposition is the cited person.
  if (tokens[j]?.text === ',') {
    const app = forwardNP(ctx, j + 1, limit);
    const name = app ? personRun(ctx, app) : null;
    if (app && name && name.first === app.first && tokens[app.last]?.text === ',' && !personRun(ctx, np)) {
      out.relay.source = rangeSpan(ctx.doc, name);
      j = app.last;
    }
  }
  // "unter Berufung auf die Zeitung „Kommersant“, die sich wiederum auf Quellen … beruft", "citing
  // Kommersant, which in turn cited officials": the cited source cites another one; the deepest
  // source speaks and every cited one in between is a relay, nearest to the speaker first.
  for (let depth = 0; depth < 3; depth++) {
    while (tokens[j] && !tokens[j]!.isWord && tokens[j]!.text !== ',' && ctx.doc.quotes[ctx.doc.quoteAt(tokens[j]!.start)]?.close === tokens[j]!.end) j++;
    const c = tokens[j]?.text === ',' ? j + 1 : j;
    const m = ctx.c.phrases.relayCues.match(tokens, c);
    const deeper = m ? forwardNP(ctx, c + m, limit) : null;
    if (!deeper) break;
    out.relay = { source: rangeSpan(ctx.doc, deeper), cue: out.relay.cue, through: [out.relay.source, ...(out.relay.through ?? [])] };
    j = deeper.last;
  }
  if (tokens[j]?.text === ',') j++;
  return j;
}


/** Token range of a span (its tokens must start and end on token boundaries). */
export function spanRange(ctx: Ctx, s: { start: number; end: number }): Range {
  const first = ctx.doc.tokenAt(s.start);
  let last = first;
  while (last < ctx.doc.tokens.length && ctx.doc.tokens[last]!.end <= s.end) last++;
  return { first, last };
}

/**
 * How a source can pass on what others said: a known agency or medium relays, a document relays
 * ("Según el atestado policial, el hombre aseguró …"), anything else speaks for itself.
 */
export function relayKind(ctx: Ctx, s: { start: number; end: number }): 'medium' | 'document' | 'dispatch' | null {
  const { tokens } = ctx.doc;
  const r = spanRange(ctx, s);
  for (let k = r.first; k < r.last; k++) {
    const g = ctx.gaz.match(tokens, k);
    if (g && (g.entry.type === 'agency' || g.entry.type === 'media')) return 'medium';
  }
  const heads = tokens.slice(r.first, r.last).filter((t) => t.isWord && !ctx.c.sets.determiners.has(t.lower));
  if (heads.length && ctx.c.sets.dispatchWords.has(heads[0]!.lower)) return 'dispatch';
  // The head is before a link or a preposition once a typed word was seen: "a person familiar with the
  // budget discussions" is a person, not the budget (a document).
  let types: (string | null)[] = [];
  for (let k = r.first; k < r.last; k++) {
    const t = tokens[k]!;
    if (!t.isWord || ctx.c.sets.determiners.has(t.lower)) continue;
    if (ctx.c.lex.headFinal && types.some(Boolean) && (ctx.c.phrases.npLinks.match(tokens, k) || ctx.c.sets.adverbialPreps.has(t.lower)) && !t.isCap) break;
    types.push(headType(ctx, t));
  }
  types = types.filter(Boolean);
  const first = ctx.c.lex.headFinal ? types[types.length - 1] : types[0];
  if (first === 'agency' || first === 'media') return 'medium';
  if (first === 'document') return 'document';
  return null;
}
