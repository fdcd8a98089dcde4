/**
 * Shapes first met in held-out articles: several-word adverbials inside a compound verb, a German
 * "so X" incise closed by its addressee, and a lone surname whose owner was named in full earlier
 * without being quoted.
 */
import { describe, expect, test } from 'vitest';
import { triples } from '../helpers';

describe('a several-word adverbial inside the verb group', () => {
  test.each([
    ['fr', 'Le procureur Étienne Vasseur a pour sa part estimé que le tribunal avait pris la mesure des faits.', 'a pour sa part estimé', 'Étienne Vasseur'],
    ['fr', 'Le procureur a de son côté estimé que le tribunal avait pris la mesure des faits.', 'a de son côté estimé', 'procureur'],
    ['es', 'La fiscal ha por su parte señalado que el tribunal actuó bien.', 'ha por su parte señalado', 'fiscal'],
  ])('%s: %s', (lang, text, cue, name) => {
    const t = triples(text, lang).find((x) => x.cue === cue);
    expect(t?.name).toBe(name);
    expect(t?.claim).toMatch(/^que /u);
  });
  test.each([
    ['fr', 'Il a pour sa part un avis tranché sur la question.'],
    ['fr', 'Le procureur a pour sa part requis deux ans de prison.'],
    ['es', 'La fiscal tiene por su parte dudas sobre el caso.'],
  ])('no verb of saying, no attribution — %s: %s', (lang, text) => {
    expect(triples(text, lang)).toEqual([]);
  });
});

describe('"…, so X gegenüber Y." — the addressee may close a German incise', () => {
  test('the surname of a person named earlier, the agency as addressee', () => {
    const text = 'Der Ökologe Tobias Wendland von der Universität Greifswald hält die Zahlen für plausibel. Die Methodik sei solide, so Wendland gegenüber der Deutschen Presse-Agentur.';
    const t = triples(text, 'de').find((x) => x.cue === 'so');
    expect(t?.source).toBe('Wendland');
    expect(t?.name).toBe('Tobias Wendland');
    expect(t?.claim).toBe('Die Methodik sei solide');
  });
  test('a full name with its addressee', () => {
    const t = triples('Die Methodik sei solide, so Tobias Wendland gegenüber der Zeitung.', 'de').find((x) => x.cue === 'so');
    expect(t?.name).toBe('Tobias Wendland');
  });
  test.each([
    'Die Methodik sei solide, so Tobias Wendland gegenüber der Zeitung, aber die Daten seien alt.',
    'Es war kalt, so kalt wie nie.',
  ])('"so" that does not close the sentence is no incise: %s', (text) => {
    expect(triples(text, 'de').filter((x) => x.cue === 'so')).toEqual([]);
  });
});

describe('a lone word is the person named in full before only when it is that person\'s surname', () => {
  test('a noun with its article is not read as a name from a capitalised pair in the headline', () => {
    const text = 'Walliser Gemeinde legt Solaranlage auf Eis\n\nSitten (Keystone-SDA) - Die Walliser Gemeinde Lärchwald hat den Bau gestoppt. Der Gemeinderat habe einstimmig entschieden, teilte die Gemeinde in einem Communiqué mit.';
    const t = triples(text, 'de').find((x) => x.cue === 'teilte');
    expect(t?.source).toBe('die Gemeinde');
    expect(t?.name).not.toBe('Walliser Gemeinde');
  });
});

describe('"public comment", "further comment": a noun after a blocker, not a verb of saying', () => {
  test('the apposition with "public comment" leaves the subject to its verb', () => {
    const r = triples('Other analysts, speaking on condition of anonymity because their firms restrict public comment, said investors would watch the volumes.', 'en');
    expect(r.map((t) => [t.source, t.cue])).toEqual([['Other analysts', 'said']]);
  });
  test.each([
    'The company did not respond to a request for further comment.',
    'There was no comment from the ministry on Sunday.',
  ])('no attribution: %s', (text) => {
    expect(triples(text, 'en')).toEqual([]);
  });
  test('a real "commented" still reports', () => {
    expect(triples('The minister commented that the deal was fair.', 'en')[0]?.name).toBe('minister');
  });
});

describe('an acronym-prefixed role before a name ("GVD-Verhandlungsführerin Sabine Oltmanns")', () => {
  test.each([
    ['Die Arbeitgeber hätten kein Angebot vorgelegt, sagte GVD-Verhandlungsführerin Sabine Oltmanns.', 'Sabine Oltmanns'],
    ['SPD-Chef Lars Klingbeil sagte, die Koalition halte.', 'Lars Klingbeil'],
  ])('%s', (text, name) => {
    expect(triples(text, 'de')[0]?.name).toBe(name);
  });
  test('a hyphenated first name stays in the name', () => {
    expect(triples('Anna-Lena Pfisterer sagte, die Studie sei solide.', 'de')[0]?.name).toBe('Anna-Lena Pfisterer');
  });
});

describe('a quotation, then a subjectless verb and an adverbial ("«…», dijo en rueda de prensa.")', () => {
  test('the speaker is the person just named', () => {
    const r = triples('La portavoz de la cumbre, Daniela Ospina, explicó que las delegaciones tardaron diez horas. «Ha sido una negociación larga», dijo en rueda de prensa.', 'es');
    expect(r.find((t) => t.cue === 'dijo')?.name).toBe('Daniela Ospina');
  });
  test('a subject after the adverbial is still read', () => {
    const r = triples('La portavoz, Daniela Ospina, habló primero. «Ha sido una negociación larga», dijo en rueda de prensa el ministro.', 'es');
    expect(r.find((t) => t.cue === 'dijo')?.name).toBe('ministro');
  });
});

describe('verbs that report only with a clause ("a maintenu la vigilance orange")', () => {
  test.each([
    ['fr', "L'organisme a maintenu la vigilance orange pour les vents violents jusqu'à jeudi."],
    ['en', 'The company maintained its forecast for the year.'],
    ['es', 'El Banco Central mantuvo los tipos de interés sin cambios.'],
  ])('an object is not content — %s: %s', (lang, text) => {
    expect(triples(text, lang)).toEqual([]);
  });
  test.each([
    ['fr', "L'avocat a maintenu que son client était innocent.", 'avocat'],
    ['en', 'The company maintained that the deal was fair.', 'company'],
    ['es', 'El abogado sostuvo que su cliente era inocente.', 'abogado'],
  ])('a clause is — %s: %s', (lang, text, name) => {
    expect(triples(text, lang)[0]?.name).toBe(name);
  });
});

describe('a participle closing a document\'s phrase is not part of its name', () => {
  test('"según la declaración conjunta difundida al término de la cumbre", then "el documento"', () => {
    const r = triples('Los países acordaron crear un fondo común, según la declaración conjunta difundida al término de la cumbre. «La costa no entiende de fronteras», señala el documento.', 'es');
    expect(r.map((t) => t.name)).toEqual(['declaración conjunta', 'declaración conjunta']);
  });
  test('people described by a participle keep it ("las personas afectadas")', () => {
    expect(triples('Según las personas afectadas, el agua llegó a un metro.', 'es')[0]?.name).toBe('personas afectadas');
  });
});

describe('a name joined by a conjunction and confirmed by its acronym ("Gewerkschaft Verkehr und Dienste (GVD)")', () => {
  test('the whole name is the source, the acronym stays out of the claim', () => {
    const t = triples('Nach Angaben der Gewerkschaft Verkehr und Dienste (GVD) beteiligten sich rund 1.900 Beschäftigte am Streik.', 'de')[0];
    expect(t?.name).toBe('Gewerkschaft Verkehr und Dienste');
    expect(t?.claim).toBe('beteiligten sich rund 1.900 Beschäftigte am Streik');
  });
  test('an acronym after a one-piece name also stays out of the claim', () => {
    expect(triples('Nach Angaben des Handelsverbands Mittelstand (HVM) beteiligten sich rund 1.900 Beschäftigte am Streik.', 'de')[0]?.claim).toBe('beteiligten sich rund 1.900 Beschäftigte am Streik');
  });
  test('initials that do not match keep the conjunction out of the name', () => {
    const t = triples('Nach Angaben der Gewerkschaft Verkehr und der Polizei (GVP) beteiligten sich rund 1.900 Beschäftigte am Streik.', 'de')[0];
    expect(t?.name).toBe('Gewerkschaft Verkehr');
  });
});
