/**
 * Wire credits outside the dateline: "Avec AFP", "(avec AFP)", "(Mit Material von dpa)", "— Reuters",
 * "PA Media contributed to this report." The credit attributes the whole article (claim null).
 */
import type { Candidate, Ctx } from '../context';
import { rangeSpan, span } from '../context';
import { defineCue } from './define';

/** Known agencies/media from token k to `last`, separated by commas and conjunctions; null if anything else. */
function sourceList(ctx: Ctx, k: number, last: number): { first: number; last: number }[] | null {
  const { tokens } = ctx.doc;
  const found: { first: number; last: number }[] = [];
  while (k < last) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === '/' || (t.isWord && ['et', 'and', 'und', 'y', 'e'].includes(t.lower))) { k++; continue; }
    if ((t.text === '.' || t.text === ')') && k >= last - 2) { k++; continue; }
    const g = ctx.gaz.match(tokens, k);
    if (!g || (g.entry.type !== 'agency' && g.entry.type !== 'media')) return null;
    found.push(g);
    k = g.last;
  }
  return found.length ? found : null;
}

export default defineCue({
  id: 'credit',
  find(ctx) {
    const out: Candidate[] = [];
    const { tokens, paragraphs, text } = ctx.doc;
    for (const p of paragraphs) {
      const pf = ctx.doc.tokenAt(p.start);
      const pl = ctx.doc.tokenAt(p.end);
      // A credit sits in a short line of its own or in a parenthesis that closes a paragraph.
      let k = pf;
      const paren = tokens[pl - 1]?.text === ')' || (tokens[pl - 1]?.text === '.' && tokens[pl - 2]?.text === ')');
      if (paren) {
        let o = pl - 1;
        while (o > pf && tokens[o]!.text !== '(') o--;
        if (tokens[o]!.text === '(') k = o + 1;
      } else {
        // "… — Reuters" at the end of a paragraph.
        const last = tokens[pl - 1]?.text === '.' ? pl - 1 : pl;
        let found = false;
        for (let d = last - 1; d > pf && d >= last - 5; d--) {
          if (!/^[—–-]$/.test(tokens[d]!.text) || tokens[d]!.start - tokens[d - 1]!.end < 1) continue;
          const list = sourceList(ctx, d + 1, last);
          if (list) for (const g of list) out.push({ rule: 'credit', kind: 'credit', source: rangeSpan(ctx.doc, g), cue: span(text, tokens[d]!.start, tokens[d]!.end), claim: null, via: [], at: tokens[d]!.start });
          found = !!list;
          break;
        }
        if (found || pl - pf > 12) continue;
      }
      const n = ctx.c.phrases.creditPrefixes.match(tokens, k);
      const end = paren ? pl - (tokens[pl - 1]!.text === '.' ? 2 : 1) : pl;
      if (n) {
        const list = sourceList(ctx, k + n, end);
        if (list) for (const g of list) out.push({ rule: 'credit', kind: 'credit', source: rangeSpan(ctx.doc, g), cue: span(text, tokens[k]!.start, tokens[k + n - 1]!.end), claim: null, via: [], at: tokens[k]!.start });
        continue;
      }
      if (/^[—–-]$/.test(tokens[k]?.text ?? '')) {
        // "— Reuters", "— with AFP"
        const pre = ctx.c.phrases.creditPrefixes.match(tokens, k + 1);
        if (pre) {
          const list = sourceList(ctx, k + 1 + pre, end);
          if (list) for (const g of list) out.push({ rule: 'credit', kind: 'credit', source: rangeSpan(ctx.doc, g), cue: span(text, tokens[k + 1]!.start, tokens[k + pre]!.end), claim: null, via: [], at: tokens[k]!.start });
          continue;
        }
        const list = sourceList(ctx, k + 1, end);
        if (list) for (const g of list) out.push({ rule: 'credit', kind: 'credit', source: rangeSpan(ctx.doc, g), cue: span(text, tokens[k]!.start, tokens[k]!.end), claim: null, via: [], at: tokens[k]!.start });
        continue;
      }
      const g = ctx.gaz.match(tokens, k);
      if (g && (g.entry.type === 'agency' || g.entry.type === 'media')) {
        const m = ctx.c.phrases.creditSuffixes.match(tokens, g.last);
        const rest = g.last + m;
        if (m && (rest >= end || (rest === end - 1 && tokens[rest]!.text === '.'))) {
          out.push({ rule: 'credit', kind: 'credit', source: rangeSpan(ctx.doc, g), cue: span(text, tokens[g.last]!.start, tokens[rest - 1]!.end), claim: null, via: [], at: tokens[k]!.start });
        }
      }
    }
    return out;
  },
  examples: {
    en: { hits: ['Talks resumed on Monday.\n\nPA Media contributed to this report.', 'Talks resumed on Monday. — Reuters'], misses: ['Talks resumed with AFP, the packaging group, on Monday.'] },
    fr: { hits: ['Les négociations reprennent.\n\nAvec AFP', 'Les négociations reprennent lundi à Paris (avec AFP).'], misses: ["Il a déjeuné avec l'ambassadeur."] },
    de: { hits: ['Die Gespräche gehen weiter. (Mit Material von dpa)'], misses: ['Er sprach mit Reportern.'] },
    es: { hits: ['Las negociaciones continúan.\n\nCon información de EFE'], misses: ['Habló con los vecinos.'] },
  },
});
