/**
 * "…, she said, adding that …": a gerund of saying after a comma and before a complementizer is a second
 * statement by the same speaker, and the first statement ends before it. Without a complementizer the
 * gerund is part of the content.
 */
import { describe, expect, test } from 'vitest';
import { triples } from './helpers';

describe('a gerund of saying adds a statement by the same speaker', () => {
  test.each([
    ['en', 'Louanne Pettibone said the county would appeal. The ban was meant to free up housing, she said, adding that more than 600 homes sat empty.', 'Louanne Pettibone', 'The ban was meant to free up housing', 'adding', 'that more than 600 homes sat empty'],
    ['en', 'The mayor said the ban would stay, adding that more than 600 homes sat empty.', 'mayor', 'the ban would stay', 'adding', 'that more than 600 homes sat empty'],
    ['fr', 'Le maire a confirmé la fermeture, ajoutant que 600 logements restaient vides.', 'maire', 'la fermeture', 'ajoutant', 'que 600 logements restaient vides'],
    ['es', 'El alcalde confirmó el cierre, añadiendo que 600 viviendas siguen vacías.', 'alcalde', 'el cierre', 'añadiendo', 'que 600 viviendas siguen vacías'],
  ])('%s: %s', (lang, text, name, first, cue, second) => {
    const t = triples(text, lang);
    expect(t.slice(-2)).toEqual([
      expect.objectContaining({ name, claim: first }),
      expect.objectContaining({ name, cue, claim: second }),
    ]);
  });
  test.each([
    ['en', 'The mayor said the ban would stay, adding new fees.', 'the ban would stay, adding new fees'],
    ['en', '"We are adding that to the list," the mayor said.', 'We are adding that to the list,'],
  ])('no second statement: %s: %s', (lang, text, claim) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ claim })]);
  });
});
