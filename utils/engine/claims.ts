/**
 * Claim spans: what a cue scopes over inside its sentence. The content before a post-posed cue
 * ("…, a déclaré X"), the content after a verb or a fronted preposition, quotations when a whole
 * quotation is the content, and the incise that ends a claim (", selon la BBC", ", écrit Reuters").
 */
import type { Span } from './types';
import type { Ctx } from './context';
import { span, trimClaim } from './context';

/**
 * The longest claim we read on either side of a cue, in tokens. News sentences stay far below it; the
 * bound keeps text without sentence punctuation (a pasted table, a run-on transcript) linear.
 */
export const MAX_CLAIM_TOKENS = 150;

/** True when an incise starts at the comma token `k`: ", selon …", ", écrit Reuters", ", citing …". */
export function isInciseAt(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx.doc;
  if (tokens[k]?.text !== ',') return false;
  let j = k + 1;
  while (tokens[j]?.isWord && ctx.c.sets.adverbs.has(tokens[j]!.lower) && j < k + 3) j++;
  if (ctx.c.phrases.according.match(tokens, j) || ctx.c.phrases.relayCues.match(tokens, j)) return true;
  const v = ctx.c.verbAt(tokens, j);
  if (!v) return postposedSubjectAt(ctx, k + 1);
  if (ctx.c.sets.complementizers.has(tokens[v.last]?.lower ?? '')) return false;
  // "un contrôle réalisé à Iten, où s'entraîne le coureur, a révélé …", "the firm, which …, said": the
  // comma closes a relative clause, and the verb after it is the main clause's own verb.
  const sentFirst = ctx.doc.sentences[tokens[k]!.sentence]!.first;
  for (let c = k - 1; c > sentFirst && c > k - 25; c--) {
    if (tokens[c]!.text !== ',') continue;
    const r = tokens[c + 1];
    if (r?.isWord && (ctx.c.sets.relativePronouns.has(r.lower) || ctx.c.sets.relativeAdverbs.has(r.lower)) && !ctx.c.sets.determiners.has(r.lower)) return false;
    break;
  }
  // "le gouverneur de la région, Anatoli Vereskine, a promis": a name in apposition, then its verb.
  let p = k - 1;
  while (p >= 0 && tokens[p]!.isWord && tokens[p]!.isCap) p--;
  return !(p < k - 1 && tokens[p]?.text === ',');
}

/**
 * "…, a person familiar with the budget discussions said.": from token `j`, a noun phrase and a reporting
 * verb that close the sentence (a few adverbial words may follow the verb): a post-posed speaker.
 */
function postposedSubjectAt(ctx: Ctx, j: number): boolean {
  const { tokens } = ctx.doc;
  const s = ctx.c.sets;
  const t = tokens[j];
  if (!t?.isWord || !(s.determiners.has(t.lower) || s.numerals.has(t.lower) || t.isCap) || s.pronouns.has(t.lower)) return false;
  const sentLast = ctx.doc.sentences[t.sentence]!.last;
  let e = j + 1;
  while (e < sentLast && e < j + 10 && tokens[e]!.isWord && !ctx.c.verbAt(tokens, e) && !s.complementizers.has(tokens[e]!.lower)) e++;
  const v = ctx.c.verbAt(tokens, e);
  if (!v || e === j + 0) return false;
  let a = v.last;
  while (a < sentLast && a < v.last + 4 && tokens[a]!.isWord && (s.adverbs.has(tokens[a]!.lower) || s.adverbialPreps.has(tokens[a]!.lower))) a++;
  return a >= sentLast || /^[.!?]$/.test(tokens[a]!.text);
}

/** The quotation that closes right before token `k` (only spaces and commas between), if it fills the claim. */
export function quoteEndingBefore(ctx: Ctx, k: number, sentenceStart: number): number {
  const { tokens, quotes, text } = ctx.doc;
  let j = k - 1;
  while (j >= 0 && tokens[j]!.text === ',') j--;
  const t = tokens[j];
  if (!t) return -1;
  const qi = ctx.doc.quoteAt(t.start);
  const q = quotes[qi];
  if (!q || q.close !== t.end) return -1;
  // The quotation must open the clause: `He called it "a disaster", said X` keeps the whole clause.
  const lead = text.slice(sentenceStart, q.open).trim();
  return lead === '' || /^[-—–]$/.test(lead) ? qi : -1;
}

/** Claim made of the words before token `endTok` in sentence `si`: a whole quotation or the clause. */
export function claimBefore(ctx: Ctx, si: number, endTok: number): Span | null {
  const { tokens, text, sentences } = ctx.doc;
  const sent = sentences[si]!;
  let first = Math.max(sent.first, endTok - MAX_CLAIM_TOKENS);
  const qi = quoteEndingBefore(ctx, endTok, sent.start);
  if (qi >= 0) {
    const q = ctx.doc.quotes[qi]!;
    return span(text, q.start, q.end);
  }
  while (first < endTok && tokens[first]!.isWord && ctx.c.sets.leadingConjunctions.has(tokens[first]!.lower)) first++;
  if (first >= endTok) return null;
  // «No hemos dormido nada —relató …»: the quotation opened at the sentence start and runs past the cue.
  const open = ctx.doc.quotes[ctx.doc.quoteAt(tokens[first]!.start)];
  if (open && open.open === tokens[first]!.start && open.start < tokens[endTok - 1]!.end) return trimClaim(text, open.start, tokens[endTok - 1]!.end);
  return trimClaim(text, tokens[first]!.start, tokens[endTok - 1]!.end);
}

/** Claim made of the words from token `startTok` to the end of sentence `si`, stopping at an incise. */
export function claimAfter(ctx: Ctx, si: number, startTok: number, requireComplementizer = false, jump = true): Span | null {
  const { tokens, text, sentences } = ctx.doc;
  const sent = sentences[si]!;
  let k = startTok;
  while (k < sent.last && (tokens[k]!.text === ',' || tokens[k]!.text === ':')) k++;
  // "Nach Angaben des Handelsverbands Mittelstand (HVM) beteiligten sich …": the acronym belongs to the source.
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && /^[\p{Lu}\p{N}-]{2,}$/u.test(tokens[k + 1]?.text ?? '')) {
    k += 3;
    while (k < sent.last && tokens[k]!.text === ',') k++;
  }
  // A quotation that fills the rest of the sentence is the claim: 'He said: "We will win."'
  const qi = ctx.doc.quoteAt(tokens[k]?.start ?? -1);
  const q = ctx.doc.quotes[qi];
  if (q && q.open === tokens[k]!.start && (q.close < 0 || q.close >= tokens[sent.last - 1]!.start)) return span(text, q.start, q.end);
  // A complementizer a few words on opens the content ("said in a statement that …").
  let found = false;
  for (let j = k, n = 0; jump && j < sent.last && n < 16; j++, n++) {
    const t = tokens[j]!;
    if (t.text === '(' || t.text === ')') continue; // "remitido a la Comisión Nacional … (CNMV) que …"
    if (t.text === ',' || (!t.isWord && t.text !== "'s")) break;
    if (ctx.c.phrases.complementizers.match(tokens, j)) { k = j; found = true; break; }
    const s = ctx.c.sets;
    if (j > k && s.npStop.has(t.lower) && !s.adverbialPreps.has(t.lower) && !s.adverbs.has(t.lower) && !s.determiners.has(t.lower)) break;
  }
  if (requireComplementizer && !found) return null;
  let end = Math.min(sent.last, k + MAX_CLAIM_TOKENS);
  for (let j = k + 1; j < end; j++) {
    if (isInciseAt(ctx, j)) { end = j; break; }
    // "…, and he declined to say …" starts a new statement.
    const t1 = tokens[j + 1], t2 = tokens[j + 2];
    if (tokens[j]!.text === ',' && t1?.isWord && ['and', 'but', 'et', 'mais', 'und', 'aber', 'y', 'pero'].includes(t1.lower) && t2?.isWord && ctx.c.sets.pronouns.has(t2.lower)) { end = j; break; }
    // "… y pide a los bancos …", "… and said the bill …": a coordinated verb of saying starts its own claim.
    const tj = tokens[j]!;
    if (j > k && tj.isWord && ctx.c.sets.leadingConjunctions.has(tj.lower) && ctx.doc.quoteAt(tj.start) < 0) {
      const v = ctx.c.verbAt(tokens, j + 1);
      if (v && !v.isHomograph) { end = j; break; }
    }
  }
  if (k >= end) return null;
  return trimClaim(text, tokens[k]!.start, tokens[end - 1]!.end);
}
