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

describe('a gerund of saying after a clause that reports nothing makes its subject the speaker', () => {
  test.each([
    ['en', 'The central bank held rates at 4%, saying inflation was cooling more slowly than expected.', 'central bank', 'saying', 'inflation was cooling more slowly than expected'],
    ['en', 'Opposition leaders walked out of the chamber, saying the vote had been rigged.', 'Opposition leaders', 'saying', 'the vote had been rigged'],
    ['fr', 'Le tribunal a annulé le permis, estimant que l’étude d’impact était insuffisante.', 'tribunal', 'estimant', 'que l’étude d’impact était insuffisante'],
    ['es', 'El club despidió al entrenador, asegurando que los resultados no eran suficientes.', 'club', 'asegurando', 'que los resultados no eran suficientes'],
  ])('%s: %s', (lang, text, name, cue, claim) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name, cue, claim })]);
  });
  test.each([
    ['en', 'He left the room, saying nothing.'], // no clause
    ['en', 'She waved, saying goodbye.'],
    ['en', 'The storm hit the coast, warning systems failed.'], // a storm does not speak; "warning systems" is a noun
    ['en', 'Walking home, saying goodbye to friends, she felt tired.'], // no subject before the gerund
    ['fr', 'La tempête a frappé la côte, rappelant que le climat change.'],
    ['de', 'Die Regierung verschob die Reform, wobei unklar blieb, warum.'], // German has no such gerund
  ])('nothing: %s: %s', (lang, text) => {
    expect(triples(text, lang)).toEqual([]);
  });
});

describe('a verb of thinking before a subject makes what follows a thought', () => {
  test.each([
    ['en', 'Governor Ray Caldera hopes the laid-off workers will find new jobs quickly.'],
    ['de', 'Die Bürgermeisterin glaubt die Stadt werde die Mittel erhalten, teilte niemand mit.'],
  ])('%s: %s', (lang, text) => {
    expect(triples(text, lang).filter((t) => t.source.includes('hopes') || t.source.includes('glaubt'))).toEqual([]);
  });
  test('the statement of a subject with no thought before it is still read', () => {
    expect(triples('The governor said the laid-off workers will find new jobs quickly.', 'en')).toEqual([expect.objectContaining({ name: 'governor', cue: 'said' })]);
  });
});

describe('a second participle sharing the auxiliary is a second statement', () => {
  test.each([
    ['fr', 'Le syndicat a critiqué le projet et annoncé qu’il ferait grève lundi.', 'a critiqué', 'le projet', 'annoncé', 'qu’il ferait grève lundi'],
    ['fr', 'L’opposition a dénoncé « un matraquage fiscal » et annoncé qu’elle saisirait la chambre régionale des comptes.', 'a dénoncé', '« un matraquage fiscal »', 'annoncé', 'qu’elle saisirait la chambre régionale des comptes'],
    ['es', 'El sindicato ha criticado el plan y anunciado que hará huelga el lunes.', 'ha criticado', 'el plan', 'anunciado', 'que hará huelga el lunes'],
  ])('%s: %s', (lang, text, cue1, claim1, cue2, claim2) => {
    const t = triples(text, lang);
    expect(t.map((a) => [a.cue, a.claim])).toEqual([[cue1, claim1], [cue2, claim2]]);
    expect(t[0]!.name).toBe(t[1]!.name);
  });
  test.each([
    ['fr', 'Le ministre a annoncé la fermeture et confirmé des licenciements.', 'la fermeture et confirmé des licenciements'], // no clause after the second participle
    ['fr', 'Le maire a affirmé que la ville et les communes voisines étaient prêtes.', 'que la ville et les communes voisines étaient prêtes'],
  ])('one statement: %s: %s', (lang, text, claim) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ claim })]);
  });
});
