/**
 * Verbs whose subject is not written next to them: a reporting verb coordinated with an earlier one
 * ("reconoció que … y añadió que …") and Spanish pro-drop after a sentence that names a person without
 * reporting anything ("La candidata, Lucía Serrano, celebró … «…», afirmó.").
 */
import { describe, expect, test } from 'vitest';
import { triples } from '../helpers';

const byCue = (text: string, lang: string) => new Map(triples(text, lang).map((t) => [t.cue, t]));

describe('a coordinated reporting verb shares the first verb\'s subject', () => {
  test.each([
    ['es', 'Ruiz reconoció que la campaña había sido dura y añadió que no descarta pactar.', 'añadió', 'Ruiz'],
    ['es', '«Ganamos», dijo Ruiz. Reconoció que la campaña había sido dura y añadió que no descarta pactar.', 'añadió', 'Ruiz'],
    ['fr', 'Le maire a reconnu que la campagne avait été dure et a ajouté qu\'il ne fermait aucune porte.', 'a ajouté', 'maire'],
    ['en', 'Ruiz said the campaign was tough and added that he would talk to the independents.', 'added', 'Ruiz'],
  ])('%s: %s', (lang, text, cue, name) => {
    const t = byCue(text, lang).get(cue);
    expect(t?.name).toBe(name);
    expect(t?.claim).toMatch(/^(que|qu'|that)/u);
  });

  describe('the noun phrase inside the first content is never the source', () => {
    test.each([
      ['es', 'Ruiz reconoció que la campaña había sido dura y añadió que no descarta pactar.', 'campaña'],
      ['es', '«Ganamos», dijo Ruiz. Reconoció que la campaña había sido dura y añadió que no descarta pactar.', 'Reconoció'],
    ])('%s: %s', (lang, text, wrong) => {
      expect(triples(text, lang).map((t) => t.name)).not.toContain(wrong);
    });
    test('a conjunction that joins two contents adds no speaker', () => {
      const r = triples('Ruiz dijo que la campaña había sido dura y que no descarta pactar.', 'es');
      expect(r.map((t) => t.name)).toEqual(['Ruiz']);
    });
  });
});

describe('pro-drop after a sentence that names a person', () => {
  const text = '«Los vecinos nos han dado un mensaje claro», dijo Ruiz.\n\nLa candidata de Valdemora Avanza, Lucía Serrano, celebró el ascenso de su formación. «Hoy empieza el cambio», afirmó. Aseguró que no apoyará la investidura de Ruiz.';
  test('the quotation and the next subjectless verb are the named person\'s', () => {
    const r = byCue(text, 'es');
    expect(r.get('afirmó')?.name).toBe('Lucía Serrano');
    expect(r.get('afirmó')?.source).toBe('Lucía Serrano');
    expect(r.get('Aseguró')?.name).toBe('Lucía Serrano');
  });
  test('without a person named in between, the last speaker keeps the floor', () => {
    const r = byCue('«Los vecinos nos han dado un mensaje claro», dijo Ruiz. La jornada fue tranquila. «Hoy empieza el cambio», afirmó.', 'es');
    expect(r.get('afirmó')?.name).toBe('Ruiz');
  });
  test('a previous sentence that already reported something keeps its speaker', () => {
    const r = byCue('La candidata, Lucía Serrano, celebró el resultado. Ruiz dijo que ganaría. «Hoy empieza el cambio», afirmó.', 'es');
    expect(r.get('afirmó')?.name).toBe('Ruiz');
  });
});
