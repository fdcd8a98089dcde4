import { describe, expect, test } from 'vitest';
import { triples } from '../helpers';

describe('quotation', () => {
  test('a multi-paragraph quotation: one attribution per paragraph, cue null after the first', () => {
    const text = '“We regret the distress,” the company\'s president, Tatsuo Minegishi, said. “Our first duty was to the crew.\n\n“We will pay for the cleanup, whatever it costs.”';
    const r = triples(text, 'en');
    expect(r.map((a) => [a.source, a.cue, a.claim])).toEqual([
      ['Tatsuo Minegishi', 'said', 'We regret the distress,'],
      ['Tatsuo Minegishi', null, 'Our first duty was to the crew.'],
      ['Tatsuo Minegishi', null, 'We will pay for the cleanup, whatever it costs.'],
    ]);
  });
  test('French continuation paragraph opened with »', () => {
    const text = 'Valentina Kourbatova, 54 ans, citée par l\'Agence France-Presse, décrit une nuit de panique :\n\n« L\'eau est montée en moins d\'une heure.\n\n» Personne ne nous a prévenus, personne ! »';
    const r = triples(text, 'fr');
    expect(r).toHaveLength(2);
    expect(r.every((a) => a.name === 'Valentina Kourbatova' && a.via[0] === 'AFP')).toBe(true);
    expect(r[1]).toMatchObject({ cue: null, claim: 'Personne ne nous a prévenus, personne !' });
  });
  test('a quotation split by its cue', () => {
    const r = triples('“The backups,” Whitfield said, “are intact, and that is the most important thing.”', 'en');
    expect(r.map((a) => a.claim)).toEqual(['The backups,', 'are intact, and that is the most important thing.']);
  });
  test('Spanish raya incise inside the quotation', () => {
    const r = triples('«No hemos dormido nada —relató Carmen Sáez, vecina de Bronchales—. Cogimos a los niños y salimos».', 'es');
    expect(r.map((a) => [a.source, a.claim])).toEqual([['Carmen Sáez', 'No hemos dormido nada'], ['Carmen Sáez', 'Cogimos a los niños y salimos']]);
  });
  describe('negatives', () => {
    test.each([
      ['« Les forces armées azerbaïdjanaises tentent d’avancer dans l’Artsakh.\n\nArtsakh est le nom arménien du Karabakh.', 'fr'],
      ['Les marées ont nourri Victor Hugo, qui en a fait un personnage dans « Les Travailleurs de la mer ».', 'fr'],
      ['El caso recuerda a la novela "El coleccionista de sombras", de 1998.', 'es'],
      ['Officials had set up a \'safe zone\' around the harbour in January.', 'en'],
    ])('%s', (text, lang) => expect(triples(text, lang).filter((a) => a.rule === 'quotation')).toEqual([]));
  });
});
