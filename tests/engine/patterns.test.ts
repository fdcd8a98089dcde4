/**
 * Short synthetic cases for patterns the annotated articles cover thinly, in every language, each with
 * the attributions it must give and the ones it must not: posts on platforms, plural sources, rhetorical
 * questions, hypotheticals and conditions, negated statements, "the said …" and reported actions.
 */
import { describe, expect, test } from 'vitest';
import { triples } from './helpers';

describe('posts on platforms: the platform is the channel, not the speaker nor part of the name', () => {
  test.each([
    ['en', 'The mayor wrote on X that the park would reopen in May.', 'mayor', 'that the park would reopen in May'],
    ['en', '"We will rebuild," the minister wrote on Facebook.', 'minister', 'We will rebuild,'],
    ['fr', 'Le maire a écrit sur X que le parc rouvrirait en mai.', 'maire', 'que le parc rouvrirait en mai'],
    ['fr', '« Nous reconstruirons », a écrit la ministre sur Facebook.', 'ministre', 'Nous reconstruirons'],
    ['de', 'Der Bürgermeister schrieb auf X, der Park werde im Mai wieder öffnen.', 'Bürgermeister', 'der Park werde im Mai wieder öffnen'],
    ['de', '„Die Schuldigen werden zur Verantwortung gezogen“, schrieb Wiktor Semjonow im Nachrichtenkanal Telegram.', 'Wiktor Semjonow', 'Die Schuldigen werden zur Verantwortung gezogen'],
    ['es', 'El alcalde escribió en X que el parque reabrirá en mayo.', 'alcalde', 'que el parque reabrirá en mayo'],
    ['es', '«Reconstruiremos», escribió la ministra en Facebook.', 'ministra', 'Reconstruiremos'],
  ])('%s: %s', (lang, text, name, claim) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name, claim, via: [] })]);
  });
});

describe('plural sources with plural verbs', () => {
  test.each([
    ['en', 'The unions say the reform will cost jobs.', 'unions'],
    ['en', 'Residents say the water has been brown for weeks.', 'Residents'],
    ['fr', 'Les syndicats affirment que la réforme coûtera des emplois.', 'syndicats'],
    ['de', 'Die Gewerkschaften sagen, die Reform koste Arbeitsplätze.', 'Gewerkschaften'],
    ['es', 'Los sindicatos aseguran que la reforma costará empleos.', 'sindicatos'],
  ])('%s: %s', (lang, text, name) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name })]);
  });
  test.each([
    ['es', 'Y dicen en el puerto que el mar se llevó la barca.'],
    ['fr', "On dit volontiers qu'elle revient à la vitesse d'un cheval au galop."],
  ])('an impersonal plural names nobody: %s: %s', (lang, text) => {
    expect(triples(text, lang)).toEqual([]);
  });
});

describe('nothing was said: rhetorical questions, hypotheticals, conditions, negations', () => {
  test.each([
    ['en', 'Who would say that the plan is working?'],
    ['fr', 'Qui pourrait affirmer que le plan fonctionne ?'],
    ['de', 'Wer würde behaupten, der Plan funktioniere?'],
    ['es', '¿Quién podría afirmar que el plan funciona?'],
    ['en', 'A critic would say that the plan is too expensive.'],
    ['fr', 'Un critique pourrait affirmer que le plan est trop cher.'],
    ['de', 'Ein Kritiker könnte sagen, der Plan sei zu teuer.'],
    ['es', 'Un crítico podría decir que el plan es demasiado caro.'],
    ['en', 'If the minister said the plan was too expensive, the talks would collapse.'],
    ['fr', 'Si le ministre affirmait que le plan est trop cher, les négociations échoueraient.'],
    ['en', 'The minister did not say whether the plan was too expensive.'],
    ['en', 'The police never said that the suspect was armed.'],
    ['fr', "Le ministre n'a pas précisé si le plan était trop cher."],
    ['de', 'Der Minister sagte nicht, ob der Plan zu teuer sei.'],
    ['de', 'Finanzminister Gerd Albrecht äußerte sich zunächst nicht.'],
    ['es', 'El ministro no precisó si el plan era demasiado caro.'],
  ])('%s: %s', (lang, text) => {
    expect(triples(text, lang)).toEqual([]);
  });
  test.each([
    ['en', 'The minister said the plan was too expensive.', 'minister'],
    ['fr', 'Le ministre a affirmé que le plan était trop cher.', 'ministre'],
    ['de', 'Der Minister sagte, der Plan sei zu teuer.', 'Minister'],
    ['es', 'El ministro afirmó que el plan era demasiado caro.', 'ministro'],
    // The journalistic conditional reports a statement: "aurait déclaré" is attribution.
    ['fr', 'Le ministre aurait déclaré que le plan était trop cher.', 'ministre'],
  ])('the same statement made: %s: %s', (lang, text, name) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name })]);
  });
});

describe('"the said …", "ledit", "besagte", "dicho" are adjectives, not speech', () => {
  test.each([
    ['en', 'The said property was sold in 2019.'],
    ['fr', 'Ledit bâtiment a été vendu en 2019.'],
    ['fr', 'Le dit bâtiment a été vendu en 2019.'],
    ['de', 'Das besagte Gebäude wurde 2019 verkauft.'],
    ['es', 'Dicho edificio fue vendido en 2019.'],
    ['es', 'En dicha vivienda los agentes hallaron varios marcos antiguos.'],
  ])('%s: %s', (lang, text) => {
    expect(triples(text, lang)).toEqual([]);
  });
});

describe('reported actions are not statements; an announcement with content is', () => {
  test.each([
    ['en', 'The police arrested two men on Tuesday.'],
    ['en', 'The government closed the border on Monday.'],
    ['fr', 'La police a arrêté deux hommes mardi.'],
    ['fr', 'Les autorités ont interdit la baignade.'],
    ['de', 'Die Polizei nahm zwei Männer fest.'],
    ['es', 'La policía detuvo a dos hombres el martes.'],
  ])('action: %s: %s', (lang, text) => {
    expect(triples(text, lang)).toEqual([]);
  });
  test.each([
    ['en', 'The government announced that the border would close on Monday.', 'government'],
    ['fr', 'Le gouvernement a annoncé que la frontière fermerait lundi.', 'gouvernement'],
    ['de', 'Die Regierung kündigte an, die Grenze werde am Montag geschlossen.', 'Regierung'],
    ['es', 'El Gobierno anunció que la frontera cerrará el lunes.', 'Gobierno'],
  ])('statement: %s: %s', (lang, text, name) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name })]);
  });
});

describe('signs and sayings speak for nobody', () => {
  test.each([
    ['en', 'The sign said "Closed".'],
    ['fr', 'Le panneau indiquait « Fermé ».'],
    ['de', 'Wie das Sprichwort sagt, Zeit ist Geld.'],
    ['es', 'El cartel decía «Cerrado».'],
  ])('%s: %s', (lang, text) => {
    expect(triples(text, lang)).toEqual([]);
  });
});

describe('talking about a topic is not content; a quoted characterisation or a clause is', () => {
  test.each([
    ['de', 'Viele Eltern sprechen vom „Blaulicht-Effekt“.'],
    ['en', 'The minister spoke about the flood on Monday.'],
  ])('topic: %s: %s', (lang, text) => {
    expect(triples(text, lang)).toEqual([]);
  });
  test.each([
    ['de', 'Die Stiftung Alpenlandschaft sprach von einem «Eingriff in eine unberührte Landschaft».', 'Stiftung Alpenlandschaft'],
    ['en', 'The minister spoke of how the town had suffered.', 'minister'],
  ])('content: %s: %s', (lang, text, name) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name })]);
  });
});

