/**
 * Datelines that credit a wire: "PARIS (AFP) -", "WASHINGTON (Reuters) -", "Bozen/München (dpa) -",
 * "Madrid, 3 mar (EFE).-". A bare "LONDON -" credits nobody. The credit attributes the whole article.
 */
import type { Candidate } from '../context';
import { rangeSpan } from '../context';
import { defineCue } from './define';

export default defineCue({
  id: 'dateline',
  find(ctx) {
    const out: Candidate[] = [];
    const { tokens } = ctx.doc;
    for (const d of ctx.doc.datelines) {
      if (!d.credit) continue;
      const first = ctx.doc.tokenAt(d.credit.start);
      const g = ctx.gaz.match(tokens, first);
      const source = g ? rangeSpan(ctx.doc, g) : /^[\p{Lu}][\p{L}.-]{1,12}$/u.test(d.credit.text) ? d.credit : null;
      if (!source) continue;
      out.push({ rule: 'dateline', kind: 'credit', source, cue: d.cue, claim: null, via: [], at: d.cue.start });
    }
    return out;
  },
  examples: {
    en: { hits: ['WASHINGTON (Reuters) - Faulty welds were the most likely cause.', 'TOKYO (AP) — A bulk carrier ran aground.'], misses: ['LONDON - Pennard Foods has agreed to buy a rival.'] },
    fr: { hits: ['PARIS (AFP) - Les négociations se sont enlisées jeudi.'], misses: ['PARIS - Les négociations se sont enlisées jeudi.'] },
    de: { hits: ['Bozen/München (dpa) - Nach einem Defekt wurden 80 Menschen gerettet.'], misses: ['Berlin - Die Regierung tagt.'] },
    es: { hits: ['Valencia, 14 may (EFE).- Agentes de la Policía Nacional han recuperado un óleo.'], misses: ['Valencia.- Agentes han recuperado un óleo.'] },
  },
});
