/**
 * German shapes found by scoring unseen articles: separable demands ("forderte … auf, …"), a compound
 * title after a genitive, Konjunktiv II standing in for Konjunktiv I in a continuation, "Nach einem
 * Bericht des …", and titles in quotation marks after a prepositional cue (all languages).
 */
import { describe, expect, test } from 'vitest';
import { triples } from './helpers';

describe('separable verbs whose particle makes a reporting verb', () => {
  test('"forderte … auf, …": the infinitive clause is the demand', () => {
    expect(triples('Thüringens Wirtschaftsministerin Carola Henneberg forderte das Unternehmen auf, die Entscheidung zu überdenken.', 'de'))
      .toEqual([expect.objectContaining({ name: 'Carola Henneberg', cue: 'forderte', claim: 'die Entscheidung zu überdenken' })]);
  });
  test('"…, forderte sie." without the particle is still the plain verb', () => {
    const t = triples('Miriam Kessel sagte, die Zahlen seien alarmierend. Die Bundesregierung müsse den Einsatz endlich verbieten, forderte sie.', 'de');
    expect(t.at(-1)).toEqual(expect.objectContaining({ name: 'Miriam Kessel', cue: 'forderte', claim: 'Die Bundesregierung müsse den Einsatz endlich verbieten' }));
  });
  test('a particle that makes no reporting verb still blocks the reading', () => {
    expect(triples('Der Konzern meldete am Montag Insolvenz an.', 'de')).toEqual([]);
  });
});

describe('Konjunktiv II in a continuation of reported speech', () => {
  test('"hätten" after a statement continues it', () => {
    const t = triples('Ein Analyst nannte den Abbau „schmerzhaft, aber unausweichlich“. Die Anleger hätten mit einem noch größeren Einschnitt gerechnet.', 'de');
    expect(t).toEqual([expect.objectContaining({ name: 'Analyst' }), expect.objectContaining({ name: 'Analyst', cue: null, rule: 'continuation' })]);
  });
  test('without a speaker before it, nothing is reported', () => {
    expect(triples('Der Markt war ruhig. Die Anleger hätten mit einem noch größeren Einschnitt gerechnet.', 'de')).toEqual([]);
  });
});

describe('prepositional cues before a report and before a quoted title', () => {
  test.each([
    ['de', 'Nach einem Bericht des „Handelsblatts“ prüft der Konzern den Verkauf seiner Sparte.', 'Handelsblatts', 'prüft der Konzern den Verkauf seiner Sparte'],
    ['de', 'Laut „Spiegel“ prüft der Konzern den Verkauf seiner Sparte.', 'Spiegel', 'prüft der Konzern den Verkauf seiner Sparte'],
    ['fr', 'Selon « Le Parisien », la mairie prépare un recours.', 'Le Parisien', 'la mairie prépare un recours'],
  ])('%s: %s', (lang, text, source, claim) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ source, claim })]);
  });
  test('"Nach einem Bericht im …" names no source', () => {
    expect(triples('Nach einem Bericht im Ausschuss wurde das Gesetz geändert.', 'de')).toEqual([]);
  });
});

describe('a relay cue after a short adverbial, and a clause after the relay', () => {
  test.each([
    ['en', 'The newspaper El Mercurio reported on Monday, citing a draft of the plan, that the miner had considered closing its port terminal.', 'draft of the plan', ['El Mercurio'], 'that the miner had considered closing its port terminal'],
    ['de', 'Interfax meldete am Sonntag unter Berufung auf die Staatsanwaltschaft Bozen, in der Nacht seien Drohnen zerstört worden.', 'Staatsanwaltschaft Bozen', ['Interfax'], 'in der Nacht seien Drohnen zerstört worden'],
  ])('%s: %s', (lang, text, name, via, claim) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name, via, claim })]);
  });
  test('an adverbial with no relay after it changes nothing', () => {
    expect(triples('Interfax meldete am Sonntag, in der Nacht seien Drohnen zerstört worden.', 'de'))
      .toEqual([expect.objectContaining({ name: 'Interfax', via: [], claim: 'in der Nacht seien Drohnen zerstört worden' })]);
  });
});

describe('a German common noun after the article is no organisation name', () => {
  test('"der Norweger" does not become the club that "der Verein" points back to', () => {
    const t = triples('„Wir haben unsere Chancen nicht genutzt“, sagte der Norweger. Wie der Verein am Mittwoch mitteilte, fällt der Stürmer drei Wochen aus.', 'de');
    expect(t.map((x) => x.name)).toEqual(['Norweger', 'Verein']);
  });
  test('a bare company name still takes "der Konzern" later', () => {
    const t = triples('Brandauer teilte mit, das Werk schließe. Der Konzern erklärte, es gebe keine Alternative.', 'de');
    expect(t.map((x) => x.name)).toEqual(['Brandauer', 'Brandauer']);
  });
});
