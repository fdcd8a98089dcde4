import { describe, expect, test } from 'vitest';
import { triples } from '../helpers';

describe('chains and continuation', () => {
  test('a medium relays a statement inside its claim, nearest relay first', () => {
    expect(triples("Selon l'AFP, les séparatistes arméniens affirment que l'Azerbaïdjan tente d'avancer.", 'fr')).toEqual([
      expect.objectContaining({ name: 'séparatistes arméniens', via: ['AFP'] }),
    ]);
    expect(triples("L'explosion s'est produite dans une zone de paix, a déclaré le ministre Ilham Aliyev, rapporte l'AFP.", 'fr')[0]).toMatchObject({ name: 'Ilham Aliyev', via: ['AFP'] });
  });
  test('a speaker\'s claim contains reported content without a nested attribution', () => {
    const r = triples("La Russie appelle l'Arménie à la paix, a déclaré Marija Zakharova.", 'fr');
    expect(r.map((a) => a.name)).toEqual(['Marija Zakharova']);
  });
  test('"selon la dépêche" is the agency cited before', () => {
    const r = triples("Selon l'AFP, les séparatistes affirment que l'armée avance. Mais les Arméniens « résistent », selon la dépêche.", 'fr');
    expect(r.at(-1)).toMatchObject({ source: 'la dépêche', name: 'AFP' });
  });
  test('a quotation relayed by a medium belongs to the previous sentence\'s speaker', () => {
    const r = triples("Le ministère azerbaïdjanais de la Défense a insisté sur le fait que les civils ne sont pas visés. Il s'agit uniquement de « cibles militaires légitimes neutralisées par des armes de précision », selon la BBC.", 'fr');
    expect(r[1]).toMatchObject({ source: 'Le ministère azerbaïdjanais de la Défense', cue: null, via: ['BBC'] });
  });
  test('German Konjunktiv I continues the previous statement; indicative narration does not', () => {
    expect(triples('Das Auswärtige Amt teilte mit, die Botschaft stehe in Kontakt. Hinweise auf verletzte Deutsche gebe es nicht.', 'de')).toHaveLength(2);
    expect(triples('Das Auswärtige Amt teilte mit, die Botschaft stehe in Kontakt. Die Bahn wurde 2016 eröffnet.', 'de')).toHaveLength(1);
  });
  test('pronouns resolve to the last speaker, or to a person just named', () => {
    expect(triples('Thierry Landrac a affirmé que les nodules sont indispensables. Un moratoire serait prématuré, a-t-il estimé.', 'fr')[1]?.name).toBe('Thierry Landrac');
    expect(triples("Le bureau de projet explique la hausse par l'acier. Le maire, Olivier Gendron, reste confiant. « On ne recule pas », a-t-il dit.", 'fr').at(-1)?.name).toBe('Olivier Gendron');
  });
});
