import type { Attribution, Report, SourceType } from '../../utils/engine/types';

interface Want {
  source: string;
  type: SourceType;
  name?: string;
  cue?: string;
  claim?: string;
}

/** A Report over `text` whose spans are the first occurrences of the given strings (after `from`). */
export function reportFor(text: string, wants: Want[]): Report {
  const span = (s: string | undefined) => {
    if (s === undefined) return null;
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`"${s}" is not in the text`);
    return { start, end: start + s.length, text: s };
  };
  const attributions: Attribution[] = wants.map((w, i) => ({
    id: `a${i}`,
    kind: w.claim ? 'claim' : 'credit',
    source: { ...span(w.source)!, name: w.name ?? w.source, type: w.type },
    cue: span(w.cue),
    claim: span(w.claim),
    via: [],
    relays: [],
    rule: 'test',
  }));
  const names = [...new Set(wants.map((w) => w.name ?? w.source))];
  return {
    lang: 'fr',
    textLength: text.length,
    attributions,
    sources: names.map((name) => ({ name, type: wants.find((w) => (w.name ?? w.source) === name)!.type, count: 1 })),
  };
}

/** The seed page's main attributions, enough to paint every kind of span. */
export const seedWants: Want[] = [
  { source: 'Marija Zakharova', type: 'person', cue: 'a déclaré', claim: 'La Russie appelle l’Azerbaïdjan et l’Arménie à mettre fin à l’effusion de sang' },
  { source: 'AFP', type: 'agency', cue: 'selon', claim: 'les séparatistes arméniens affirment' },
  { source: 'BBC', type: 'media', cue: 'selon la', claim: 'Le ministère de la défense azerbaïdjanais accuse les forces soutenues par l’Arménie de bombardements répétés' },
  { source: 'Interfax', type: 'agency', cue: 'Selon le média russe', claim: 'le Premier ministre arménien Nikol Pashinyan affirme que l’Azerbaïdjan vise des zones peuplées' },
  { source: 'Reuters', type: 'agency', cue: 'écrit' },
];
