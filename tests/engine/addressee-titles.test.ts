/**
 * A speaker's addressee that the gazetteer does not know is read as a medium from its shape: a
 * capitalised title after a definite article or a contraction (people take no article in English,
 * French or Spanish), with no institution word in it, right before the content or at the end of an
 * incise. Institutions, families and parliaments stay plain addressees.
 */
import { describe, expect, test } from 'vitest';
import { triples } from './helpers';

describe('an unknown title after an article is a medium that relays', () => {
  test.each([
    ['en', 'A local teacher told the Oregon Capital Chronicle that she had moved three times in two years.', 'local teacher', 'Oregon Capital Chronicle'],
    ['en', 'A nurse told the Riverside Examiner that the ward had been closed.', 'nurse', 'Riverside Examiner'],
    ['en', 'A local teacher, who asked not to be named because she feared losing her lease, told the Oregon Capital Chronicle that she had moved.', 'local teacher', 'Oregon Capital Chronicle'],
    ['fr', 'Nadia Ferhat a indiqué au Dauphiné libéré que plusieurs adhérents envisageaient de fermer.', 'Nadia Ferhat', 'Dauphiné libéré'],
    ['fr', "Franco Dellavalle a déclaré qu'il était choqué. « Mais s'il a triché, je serai le premier à le condamner », a-t-il confié à la Gazzetta dello Sport.", 'Franco Dellavalle', 'Gazzetta dello Sport'],
  ])('%s: %s', (lang, text, name, medium) => {
    const t = triples(text, lang);
    expect(t[t.length - 1]).toEqual(expect.objectContaining({ name, via: [medium] }));
  });
  test.each([
    ['en', 'The farmer told the Smith family that the farm would be sold.'],
    ['en', 'The minister told the Senate that the budget was balanced.'],
    ['fr', 'Le ministre a déclaré au Sénat que le budget était équilibré.'],
    ['es', 'El ministro dijo al Congreso de los Diputados que el presupuesto está equilibrado.'],
    ['es', 'La ministra explicó a la Comisión de Hacienda que el presupuesto está equilibrado.'],
    ['fr', 'La maire a expliqué à Marie Dupont que le projet était retardé.'],
  ])('no relay: %s: %s', (lang, text) => {
    const t = triples(text, lang);
    expect(t).toHaveLength(1);
    expect(t[0]!.via).toEqual([]);
  });
});
