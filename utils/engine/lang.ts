/** On-device language detection: the lexicon whose function words are most frequent in the text wins. */
import type { Lang } from './types';
import { LANGS } from './types';
import { lexicons } from './lexicons';

const stopSets = new Map<Lang, Set<string>>(LANGS.map((l) => [l, new Set(lexicons[l].stopwords)]));

/** Detect the language of `text` from its first 20,000 characters; English when nothing matches. */
export function detectLang(text: string): Lang {
  const counts = new Map<Lang, number>(LANGS.map((l) => [l, 0]));
  for (const m of text.slice(0, 20_000).toLowerCase().matchAll(/[\p{L}]+/gu)) {
    for (const l of LANGS) if (stopSets.get(l)!.has(m[0])) counts.set(l, counts.get(l)! + 1);
  }
  let best: Lang = 'en';
  for (const l of LANGS) if (counts.get(l)! > counts.get(best)!) best = l;
  return best;
}

/** Normalise a declared language tag ("fr-FR", "de_AT", "EN") to a supported Lang, or null. */
export function normaliseLang(tag: string | undefined): Lang | null {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : null;
}
