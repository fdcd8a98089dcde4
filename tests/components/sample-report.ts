/** A small French wire story and the Report the engine would give for it, with offsets computed from the text. */
import type { Attribution, Report, SourceType, Span } from '../../utils/engine/types';
import type { TabReport } from '../../utils/messaging';

export const sampleText = [
  'MOSCOU (AFP) — La Russie appelle à un cessez-le-feu immédiat, a déclaré Marija Zakharova, selon l\'AFP.',
  'Selon Reuters, les pourparlers sont suspendus.',
  '« Nous ne céderons pas », a affirmé le ministère ukrainien des Affaires étrangères.',
  'Une source proche du dossier a indiqué que les négociations reprendraient <b>lundi</b>.',
  'D\'après un rapport de l\'ONU, 40 000 civils ont fui la région, écrit Le Monde.',
].join('\n\n');

/** The span of the n-th occurrence of `part` in the sample text. */
export function spanOf(part: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = sampleText.indexOf(part, start + 1);
  if (start < 0) throw new RangeError(`"${part}" not in the sample text`);
  return { start, end: start + part.length, text: part };
}

/** `via` as [name, type, the words that name it (their first occurrence after the source)]. */
function attribution(id: number, name: string, type: SourceType, source: string, cue: string | null, claim: string | null, via: [string, SourceType, string][] = [], rule = 'test'): Attribution {
  const at = spanOf(source);
  return {
    id: `a${id}`, kind: claim ? 'claim' : 'credit',
    source: { ...at, name, type },
    cue: cue ? spanOf(cue) : null, claim: claim ? spanOf(claim) : null,
    via: via.map(([n]) => n),
    relays: via.map(([n, t, words]) => {
      const start = sampleText.indexOf(words, at.end);
      return { start, end: start + words.length, text: words, name: n, type: t };
    }),
    rule,
  };
}

export const sampleReport: Report = {
  lang: 'fr',
  textLength: sampleText.length,
  attributions: [
    attribution(0, 'AFP', 'agency', 'AFP', 'MOSCOU (AFP) —', null, [], 'dateline'),
    attribution(1, 'Marija Zakharova', 'person', 'Marija Zakharova', 'a déclaré', 'La Russie appelle à un cessez-le-feu immédiat', [['AFP', 'agency', 'AFP']]),
    attribution(2, 'Reuters', 'agency', 'Reuters', 'Selon', 'les pourparlers sont suspendus'),
    attribution(3, 'ministère ukrainien des Affaires étrangères', 'government', 'le ministère ukrainien des Affaires étrangères', 'a affirmé', 'Nous ne céderons pas'),
    attribution(4, 'source proche du dossier', 'anonymous', 'Une source proche du dossier', 'a indiqué', 'que les négociations reprendraient <b>lundi</b>'),
    attribution(5, 'rapport de l\'ONU', 'document', 'un rapport de l\'ONU', 'D\'après', '40 000 civils ont fui la région', [['Le Monde', 'media', 'Le Monde']]),
  ],
  sources: [
    { name: 'AFP', type: 'agency', count: 2 },
    { name: 'Marija Zakharova', type: 'person', count: 1 },
    { name: 'Reuters', type: 'agency', count: 1 },
    { name: 'ministère ukrainien des Affaires étrangères', type: 'government', count: 1 },
    { name: 'source proche du dossier', type: 'anonymous', count: 1 },
    { name: 'rapport de l\'ONU', type: 'document', count: 1 },
    { name: 'Le Monde', type: 'media', count: 1 },
  ],
};

export const sampleTab: TabReport = {
  url: 'https://news.example/monde/cessez-le-feu',
  title: 'Ukraine : Moscou appelle à un cessez-le-feu',
  status: 'article',
  report: sampleReport,
  highlightsVisible: true,
};
