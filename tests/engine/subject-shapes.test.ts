/**
 * Subject and addressee shapes found on a second fresh check: an acronym in parentheses after the
 * subject, a time word before the object, a role in lower case before a name and its institution,
 * interview participles (the medium is an addressee: a relay, except the article's own agency), and
 * "reagierte mit …" (a reaction, not content).
 */
import { describe, expect, test } from 'vitest';
import { triples } from './helpers';

describe('subjects', () => {
  test.each([
    ['en', 'The Federal Aviation Administration (FAA) said that the airport would reopen.', 'Federal Aviation Administration'],
    ['es', 'El Instituto Nacional de Migración (INM) informó en un comunicado que la oficina reabrirá el lunes.', 'Instituto Nacional de Migración'],
    ['en', '"It\'s like finding a fingerprint," lead author Priya Ramanathan of the University of Leeds said in an interview.', 'Priya Ramanathan'],
  ])('%s: %s', (lang, text, name) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name })]);
  });
  test('a role before "for" is still the institution it speaks for', () => {
    expect(triples('A spokesman for Acme Corp of Delaware said the plant would close.', 'en')[0]?.name).toBe('Acme Corp of Delaware');
  });
  test('a time word, then the object: "a annoncé jeudi la suppression de …"', () => {
    expect(triples('La SNCF a annoncé jeudi la suppression de trois lignes de trains de nuit.', 'fr'))
      .toEqual([expect.objectContaining({ name: 'SNCF', claim: 'la suppression de trois lignes de trains de nuit' })]);
  });
});

describe('interview participles and reactions', () => {
  test.each([
    ['fr', "Interrogé par franceinfo, le ministre délégué aux Transports, Karim Delmas, a estimé que l'État ne pouvait pas payer.", 'Karim Delmas', ['franceinfo']],
    ['es', 'Consultado por El País, el alcalde, Juan Pérez, dijo que no dimitirá.', 'Juan Pérez', ['El País']],
    ['es', 'Fuentes sindicales consultadas por Europa Press aseguraron que habrá huelga.', 'Fuentes sindicales', ['Europa Press']],
    ['es', 'Madrid, 3 mar (EFE).- Fuentes sindicales consultadas por EFE aseguraron que habrá huelga.', 'Fuentes sindicales', []],
  ])('%s: %s', (lang, text, name, via) => {
    expect(triples(text, lang).filter((t) => t.rule !== 'dateline')).toEqual([expect.objectContaining({ name, via })]);
  });
  test('"reagierte mit scharfer Kritik" reports nothing; "reagierte mit den Worten: „…“" does', () => {
    expect(triples('Der Handelsverband Mittelstand (HVM) reagierte mit scharfer Kritik.', 'de')).toEqual([]);
    expect(triples('Der Verband reagierte mit den Worten: „Das ist ein schwarzer Tag für den Handel.“', 'de')).toEqual([expect.objectContaining({ name: 'Verband' })]);
  });
});

describe('a one-letter platform before a quotation, and a spokesperson of "ihres Ministeriums"', () => {
  test('"… en la red social X. «…», escribió." is the person of the previous sentence', () => {
    const t = triples('El ministro de Economía, Federico Lanús, celebró el dato en la red social X. "Seguimos bajando la inflación", escribió.', 'es');
    expect(t).toEqual([expect.objectContaining({ name: 'Federico Lanús', cue: 'escribió', claim: 'Seguimos bajando la inflación' })]);
  });
  test('an initial before a surname still does not end the sentence', () => {
    expect(triples('John F. Kennedy said that the plan would work.', 'en')).toEqual([expect.objectContaining({ claim: 'that the plan would work' })]);
  });
  test('"ein Sprecher ihres Ministeriums" speaks for the ministry', () => {
    const t = triples('Sozialministerin Petra Lindqvist kündigte einen Hitzeschutzplan an. Der Plan sehe kühle Räume vor, erklärte ein Sprecher ihres Ministeriums auf Anfrage.', 'de');
    expect(t.at(-1)).toEqual(expect.objectContaining({ source: 'ein Sprecher ihres Ministeriums' }));
    expect(t.at(-1)!.name).toMatch(/^Ministerium/);
  });
});

describe('institution names with a conjunction', () => {
  test.each([
    ['es', 'La inflación bajó, según informó el Instituto Nacional de Estadística y Censos (Indec).', 'Instituto Nacional de Estadística y Censos'],
    ['fr', "Selon le ministère de l'Agriculture et de l'Alimentation, la récolte sera bonne.", "ministère de l'Agriculture et de l'Alimentation"],
    ['es', 'La Confederación General del Trabajo (CGT) anunció que convocará una marcha.', 'Confederación General del Trabajo'],
  ])('%s: %s', (lang, text, name) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name })]);
  });
  test('two subjects joined by a conjunction are not one name', () => {
    expect(triples('El Ministerio de Sanidad y Cataluña acordaron que habrá vacunas.', 'es').map((t) => t.name)).not.toContain('Ministerio de Sanidad y Cataluña');
  });
});

describe('a full quoted sentence right after an indirect statement continues it', () => {
  test.each([
    ['de', 'Gerichtspräsidentin Annegret Vollmar sagte, der Gesetzgeber habe die Daten ohne Anlass sammeln lassen. „Das ist mit dem Grundgesetz nicht vereinbar.“', 'Annegret Vollmar'],
    ['en', 'The mayor said the bridge would reopen in May. "We have waited long enough for this."', 'mayor'],
  ])('%s: %s', (lang, text, name) => {
    const t = triples(text, lang);
    expect(t).toHaveLength(2);
    expect(t[1]).toEqual(expect.objectContaining({ name, cue: null, rule: 'quotation' }));
  });
  test.each([
    // A scare quote or a title inside a sentence, or a short fragment, is not a statement.
    ['en', 'The mayor said the bridge would reopen in May. The "Blue Line" will run again.'],
    ['en', 'The mayor said the bridge would reopen in May. "Finally."'],
    // Two sentences away the speaker is no longer the previous one's.
    ['en', 'The mayor said the bridge would reopen in May. Traffic has doubled since then. "We have waited long enough for this."'],
  ])('no continuation: %s: %s', (lang, text) => {
    expect(triples(text, lang)).toHaveLength(1);
  });
});
