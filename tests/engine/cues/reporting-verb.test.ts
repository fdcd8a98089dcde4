import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/engine/index';
import { triples } from '../helpers';

describe('reporting-verb', () => {
  test('inverted verb with a title and an apposition: the person is the source', () => {
    const [a] = triples("La Russie appelle à la paix, a déclaré la porte-parole du ministère russe des Affaires étrangères, Marija Zakharova.", 'fr');
    expect(a).toMatchObject({ source: 'Marija Zakharova', cue: 'a déclaré', claim: 'La Russie appelle à la paix' });
  });
  test('post-posed subject: "…, the coast guard said." takes the clause before', () => {
    const [a] = triples('There was no sign of a major leak, the coast guard said.', 'en');
    expect(a).toMatchObject({ name: 'coast guard', claim: 'There was no sign of a major leak' });
  });
  test('"told the BBC": the medium is a relay; the article\'s own agency is not', () => {
    expect(triples('“We will fix this bridge,” Governor Elaine Castell told the BBC.', 'en')[0]).toMatchObject({ source: 'Elaine Castell', via: ['BBC'] });
    const own = triples('TOKYO (AP) — A ship ran aground. Shigeo Amakawa told The Associated Press that his cooperative had stopped fishing.', 'en');
    expect(own.find((a) => a.source === 'Shigeo Amakawa')?.via).toEqual([]);
  });
  test('"told the Guardian": a title whose article is written in lower case mid-sentence is still the paper; the common noun is not', () => {
    expect(triples('Mayor Jane Holt told the Guardian that the city would stay open.', 'en')[0]).toMatchObject({ source: 'Jane Holt', via: ['The Guardian'] });
    expect(triples('A spokesman told the Telegraph the talks had stalled.', 'en')[0]).toMatchObject({ via: ['The Telegraph'] });
    expect(triples('The mayor said the guardian of the museum had left.', 'en')[0]).toMatchObject({ source: 'The mayor', via: [] });
  });
  test('the relay is painted where it is named, without its article or preposition', () => {
    const text = 'Mayor Jane Holt told the Guardian that the city would stay open. Marie Dupont a déclaré au Monde que la ville resterait ouverte.';
    const relays = [...analyze(text, { lang: 'en' }).attributions, ...analyze(text.slice(text.indexOf('Marie')), { lang: 'fr' }).attributions]
      .flatMap((a) => a.relays.map((r) => [r.text, r.name]));
    expect(relays).toEqual([['Guardian', 'The Guardian'], ['Monde', 'Le Monde']]);
  });
  test('"citing": the cited source speaks, the agency relays', () => {
    expect(triples('Russia\'s TASS news agency said, citing the Russian Embassy in Tokyo, that two engineers had been treated.', 'en')[0]).toMatchObject({ name: 'Russian Embassy in Tokyo', via: ['TASS'] });
  });
  test('German separable verb and inverted pronoun', () => {
    const r = triples('Das Auswärtige Amt teilte mit, die Botschaft stehe in Kontakt. Die Lage bleibe ernst, sagte er.', 'de');
    expect(r[0]).toMatchObject({ cue: 'teilte mit', claim: 'die Botschaft stehe in Kontakt' });
    expect(r[1]).toMatchObject({ source: 'er', name: r[0]!.name });
  });
  test('Spanish pro-drop: the previous speaker, the previous span', () => {
    const r = triples('"Es una alegría enorme", dijo el párroco, Luigi Bertocchi. "La Virgen vuelve a casa", añadió.', 'es');
    expect(r[1]).toMatchObject({ source: 'Luigi Bertocchi', cue: 'añadió', claim: 'La Virgen vuelve a casa' });
  });
  test('content after the addressee: an infinitive or a clause', () => {
    expect(triples("Le ministère demande aux forces de maintien de la paix d'intervenir, écrit Reuters.", 'fr')[0]).toMatchObject({ cue: 'demande', via: ['Reuters'] });
  });
  describe('negatives', () => {
    test.each([
      ['Under the settlement, the said property would be bought at market value.', 'en'],
      ['Castell believes the span can reopen within 18 months.', 'en'],
      ['Residents have complained about the bridge for years.', 'en'],
      ['Plusieurs observateurs pensent toutefois qu\'un texte pourrait être adopté.', 'fr'],
      ['Cette annonce intervient mardi.', 'fr'],
      ['Bürgermeisterin Katharina Plunger glaubt, dass die Saison nicht gefährdet ist.', 'de'],
      ['En dicha vivienda los agentes hallaron varios marcos antiguos.', 'es'],
      ['Olaizola cree que el cuadro podrá viajar a Italia antes del verano.', 'es'],
      ['The governor\'s office had been warned about the bridge in a memo.', 'en'],
      ['He declined to say whether the captain had been warned.', 'en'],
      ['Cuenta la leyenda que las bateas de la ría nunca se rinden al mar.', 'es'],
      ['El capitán habló con los vecinos. Y dicen en el puerto que esta vez tampoco lo harán.', 'es'],
      ['El caso recuerda al de la novela "El coleccionista de sombras", en la que un falsificador esconde un retablo.', 'es'],
    ])('%s', (text, lang) => expect(triples(text, lang)).toEqual([]));
  });
});
