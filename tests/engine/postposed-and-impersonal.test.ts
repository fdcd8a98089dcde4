/**
 * Shapes found on a second fresh check after the fourth batch: a post-posed speaker closing a sentence
 * whose first clause has a verb of its own, the head of a speaker phrase before its complement, a
 * participle phrase between a German article and its noun, "a-t-on appris auprès du …", a German
 * weekday between subject and verb, and "según ha anunciado <role>, <name>".
 */
import { describe, expect, test } from 'vitest';
import { triples } from './helpers';

describe('a post-posed speaker closes the content of a verb inside it', () => {
  test('the outer speaker keeps the whole clause; the inner verb is content', () => {
    expect(triples('Officials privately concede that a higher offer would require cuts elsewhere, a person familiar with the budget discussions said.', 'en'))
      .toEqual([expect.objectContaining({ name: 'person familiar with the budget discussions', claim: 'Officials privately concede that a higher offer would require cuts elsewhere', via: [] })]);
  });
  test('an apposition inside the content is not a speaker', () => {
    expect(triples('The minister said that the plan, the cornerstone of the budget, was dead.', 'en'))
      .toEqual([expect.objectContaining({ name: 'minister', claim: 'that the plan, the cornerstone of the budget, was dead' })]);
  });
});

describe('impersonal cues and their source phrase', () => {
  test.each([
    ['fr', 'Quatre ans de prison ont été requis mercredi, a-t-on appris auprès du parquet de Lyon.', 'parquet de Lyon'],
    ['fr', 'Le suspect a été interpellé, a-t-on appris auprès de la gendarmerie.', 'gendarmerie'],
    ['de', 'Seit Jahresbeginn habe es mehr als 40 Angriffe gegeben, hieß es in einem am Samstag veröffentlichten Bericht der UN-Beobachter.', 'Bericht der UN-Beobachter'],
    ['de', 'Die Lage sei ernst, hieß es in einem Bericht der Regierung.', 'Bericht der Regierung'],
  ])('%s: %s', (lang, text, name) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name })]);
  });
});

describe('German weekdays and Spanish "según ha anunciado"', () => {
  test('"Wie der Verein am Mittwoch mitteilte, …"', () => {
    expect(triples('Wie der Verein am Mittwoch mitteilte, fällt Stürmer Ole Brinkhaus mindestens drei Wochen aus.', 'de'))
      .toEqual([expect.objectContaining({ name: 'Verein', claim: 'fällt Stürmer Ole Brinkhaus mindestens drei Wochen aus' })]);
  });
  test.each([
    ['es', 'El Gobierno ha aprobado un plan de vivienda, según ha anunciado la consejera de Fomento, Marta Villegas.', 'Marta Villegas', 'según ha anunciado'],
    ['es', 'Según la ministra de Hacienda, María Pérez, el déficit bajará.', 'María Pérez', 'Según'],
    ['fr', 'Le plan a été adopté, selon la ministre des Transports, Clara Dufour.', 'Clara Dufour', 'selon'],
  ])('a role and the name in apposition: %s: %s', (lang, text, name, cue) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name, cue })]);
  });
  test('a name after a medium is the content, not the source', () => {
    const t = triples('Según el diario, Pedro Sánchez, presidente del Gobierno, dijo que habrá elecciones.', 'es');
    expect(t.map((x) => x.name)).toEqual(['Pedro Sánchez']);
    expect(t[0]!.via).toEqual(['diario']);
  });
});

describe('an audience word that opens the content is its subject, not an addressee', () => {
  test('"he said members would decide …"', () => {
    const t = triples('Rhodri Castellan said talks had failed. Asked whether nurses would accept the deal, he said members would decide in a ballot.', 'en');
    expect(t.at(-1)).toEqual(expect.objectContaining({ name: 'Rhodri Castellan', claim: 'members would decide in a ballot' }));
  });
  test.each([
    ['The mayor told reporters he hoped the bridge would reopen.', 'he hoped the bridge would reopen'],
    ['The mayor told reporters that the bridge would reopen.', 'that the bridge would reopen'],
  ])('an audience before the content stays out of it: %s', (text, claim) => {
    expect(triples(text, 'en')).toEqual([expect.objectContaining({ claim })]);
  });
});

describe('a described subject with a name in apposition, and a regional edition as addressee', () => {
  test('"A patient whose … was cancelled, Mervyn Howells, 71, told BBC Wales he …"', () => {
    expect(triples("A patient whose knee replacement was cancelled for the second time, Mervyn Howells, 71, told BBC Wales he understood the nurses' anger.", 'en'))
      .toEqual([expect.objectContaining({ name: 'Mervyn Howells', via: ['BBC'], claim: "he understood the nurses' anger" })]);
  });
  test.each([
    ['The minister told AFP Monday that talks had failed.', 'that talks had failed'],
    ['"We will rebuild," Gary Whitlock told BBC Radio Leeds.', 'We will rebuild,'],
  ])('a day or a station name is not swallowed wrongly: %s', (text, claim) => {
    expect(triples(text, 'en')).toEqual([expect.objectContaining({ claim })]);
  });
});
