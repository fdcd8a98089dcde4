/**
 * Quoting verbs ("quoted X as saying", "zitierte X", "citó a X", "cite X affirmant") make their OBJECT
 * the speaker and their subject the relay; relays that cite further relays chain, nearest to the
 * speaker first ("Interfax, citing Kommersant, which in turn cited officials" → officials via
 * [Kommersant, Interfax]).
 */
import { describe, expect, test } from 'vitest';
import { triples } from '../helpers';

describe('quoting verbs: the object speaks, the subject relays', () => {
  test.each([
    ['en', 'Reuters quoted a senior official as saying that the talks had failed.', 'senior official', ['Reuters'], 'that the talks had failed'],
    ['en', 'The talks had failed, Reuters quoted a senior official as saying.', 'senior official', ['Reuters'], 'The talks had failed'],
    ['en', 'The agency quoted Mayor John Smith as saying the water was safe.', 'John Smith', ['agency'], 'the water was safe'],
    ['de', 'Das Feuer sei gelöscht, zitierte Interfax einen Sprecher der Feuerwehr.', 'Feuerwehr', ['Interfax'], 'Das Feuer sei gelöscht'],
    ['de', 'Die Agentur Interfax zitierte einen Bericht der Zeitung „Kommersant“ mit der Angabe, eine Inspektion sei „nur auf dem Papier“ erfolgt.', 'Kommersant', ['Interfax'], 'eine Inspektion sei „nur auf dem Papier“ erfolgt'],
    ['es', 'La agencia EFE citó a fuentes policiales diciendo que el detenido había confesado.', 'fuentes policiales', ['EFE'], 'que el detenido había confesado'],
    ['fr', "L'agence Interfax cite un responsable local affirmant que l'usine était en règle.", 'responsable local', ['Interfax'], "que l'usine était en règle"],
  ])('%s: %s', (lang, text, name, via, claim) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name, via, claim })]);
  });
  test.each([
    ['en', 'The report cited rising costs and weak demand.'],
    ['en', 'She quoted a line from her favourite poem.'],
    ['de', 'Der Bericht zitierte aktuelle Zahlen.'],
    ['fr', 'Le rapport cite plusieurs exemples.'],
    ['es', 'El informe cita varias cifras.'],
  ])('no quoted content, no attribution: %s: %s', (lang, text) => {
    expect(triples(text, lang)).toEqual([]);
  });
});

describe('relays that cite relays: nearest to the speaker first', () => {
  test.each([
    ['de', 'Der Gouverneur habe den Direktor beurlaubt, berichtete Interfax unter Berufung auf die Zeitung „Kommersant“, die sich wiederum auf Quellen in der Regionalverwaltung beruft.', 'Quellen in der Regionalverwaltung'],
    ['en', 'Interfax, citing Kommersant, which in turn cited sources in the regional administration, said the governor had suspended the director.', 'sources in the regional administration'],
    ['en', 'The governor had suspended the director, Interfax reported, citing Kommersant, which in turn cited sources in the regional administration.', 'sources in the regional administration'],
    ['fr', "Selon l'agence Interfax citant le quotidien Kommersant, qui cite lui-même des sources au sein de l'administration régionale, le gouverneur a suspendu le directeur.", "sources au sein de l'administration régionale"],
    ['es', 'Según la agencia Interfax, que cita al diario Kommersant, que a su vez cita a fuentes de la administración regional, el gobernador suspendió al director.', 'fuentes de la administración regional'],
  ])('%s: %s', (lang, text, name) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name, via: ['Kommersant', 'Interfax'] })]);
  });
  test('one level stays one level', () => {
    expect(triples('The governor had suspended the director, Interfax reported, citing Kommersant.', 'en')).toEqual([expect.objectContaining({ name: 'Kommersant', via: ['Interfax'] })]);
  });
});
