import { describe, expect, test } from 'vitest';
import { triples } from '../helpers';

describe('according-to', () => {
  test('fronted preposition: the claim is what follows the comma', () => {
    const [a] = triples('Selon des sources diplomatiques, les négociations se sont enlisées jeudi.', 'fr');
    expect(a).toMatchObject({ name: 'sources diplomatiques', cue: 'Selon', claim: 'les négociations se sont enlisées jeudi' });
  });
  test('closing preposition: the claim is the clause before it, adverbs allowed ("toujours selon")', () => {
    const r = triples("Le gouverneur a promis des indemnisations. Il a également reconnu que l'alerte n'avait pas fonctionné, toujours selon Interfax.", 'fr');
    const il = r.find((a) => a.source === 'Il');
    expect(il?.via).toEqual(['Interfax']);
    expect(il?.claim).toBe("que l'alerte n'avait pas fonctionné");
  });
  test('a relay citing its source: "selon l\'AFP citant …" and "que cita a …"', () => {
    expect(triples("Onze personnes sont mortes, selon l'AFP citant les services de secours régionaux.", 'fr')[0]).toMatchObject({ name: 'services de secours régionaux', via: ['AFP'] });
    expect(triples('Según la agencia italiana ANSA, que cita a los carabineros, los ladrones entraron por una ventana.', 'es')[0]).toMatchObject({ name: 'carabineros', via: ['ANSA'] });
  });
  test('German postposed and prepositional phrases', () => {
    expect(triples('Nach Angaben der Polizei wurde niemand verletzt.', 'de')[0]).toMatchObject({ claim: 'wurde niemand verletzt' });
    expect(triples('Einem Bericht des Handelsblatts zufolge handelt es sich um einen Konzern.', 'de')[0]).toMatchObject({ name: 'Handelsblatt' });
  });
  test('"De source ferroviaire" keeps the head noun in the source', () => {
    expect(triples('De source ferroviaire, on évoque un incident similaire en février.', 'fr')[0]?.name).toBe('source ferroviaire');
  });
  test('"selon lui", "according to her": the pronoun is the person just named or the last speaker', () => {
    expect(triples('Le ministre Jean Dupont a présenté le budget. Selon lui, la croissance atteindra 2 %.', 'fr')[0]).toMatchObject({ source: 'lui', name: 'Jean Dupont' });
    expect(triples('Governor Elaine Castell visited the site. The bridge will reopen in 2026, according to her.', 'en')[0]).toMatchObject({ source: 'her', name: 'Elaine Castell' });
  });
  describe('negatives', () => {
    test.each([
      ['Selon moi, il a tort.', 'fr'],
      ['Selon la légende, un cavalier y aurait été englouti.', 'fr'],
      ['Everything went according to plan on Monday.', 'en'],
      ['Según la leyenda, el castillo está encantado.', 'es'],
      ['Prices rose 3 per cent in March.', 'en'],
    ])('%s', (text, lang) => expect(triples(text, lang)).toEqual([]));
  });
});
