/**
 * Shapes found by scoring unseen articles: a prepositional cue whose content contains a verb, a relative
 * clause before the main verb, a description set off after the source of "Selon/Pour/Según X", a role
 * with a parenthesis before the name, and the institution a spokesperson speaks for. Each with the
 * readings it must not give.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/engine/index';
import { triples } from './helpers';

describe('a prepositional cue keeps its content when a verb inside it could read as an inverted incise', () => {
  test.each([
    ['en', 'According to the report, a test carried out in February revealed the presence of EPO.', 'report', 'a test carried out in February revealed the presence of EPO'],
    ['fr', "Selon le communiqué, un contrôle réalisé à Iten, où s'entraîne le coureur, a révélé la présence d'EPO.", 'communiqué', "un contrôle réalisé à Iten, où s'entraîne le coureur, a révélé la présence d'EPO"],
    ['es', 'Según el informe, la prueba, que se hizo en febrero, reveló la presencia de EPO.', 'informe', 'la prueba, que se hizo en febrero, reveló la presencia de EPO'],
  ])('%s: %s', (lang, text, name, claim) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name, claim, rule: 'according-to' })]);
  });
  test('a real incise after the prepositional content still relays it (Selon X, …, rapporte l\'AFP)', () => {
    const t = triples("Selon l'Azerbaïdjan, l'explosion s'est produite dans une zone contrôlée, rapporte l'AFP.", 'fr');
    expect(t).toEqual([expect.objectContaining({ name: 'Azerbaïdjan', via: ['AFP'] })]);
  });
  test('an incise after a plain clause is still an incise', () => {
    expect(triples('Le pont rouvrira en mai, a précisé la préfecture.', 'fr')).toEqual([expect.objectContaining({ name: 'préfecture', claim: 'Le pont rouvrira en mai' })]);
  });
});

describe('a description after the source of Selon/Pour/Según/According to is not content', () => {
  test.each([
    ['fr', 'Pour Grégoire Maunoury, chef de file de la droite au conseil, le tracé condamne une centaine de commerces.', 'Grégoire Maunoury', 'le tracé condamne une centaine de commerces'],
    ['fr', "Selon l'association Cœur de Ville, qui regroupe 140 boutiques, le chiffre d'affaires chuterait de 30 %.", 'association Cœur de Ville', "le chiffre d'affaires chuterait de 30 %"],
    ['en', 'According to Maria Lopez, a spokeswoman for the agency, the dam was never inspected.', 'Maria Lopez', 'the dam was never inspected'],
    ['es', 'Según la patronal, que agrupa a 300 empresas, las ventas cayeron un 12 %.', 'patronal', 'las ventas cayeron un 12 %'],
  ])('%s: %s', (lang, text, name, claim) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name, claim })]);
  });
  test.each([
    // A capitalised subject after the comma is the content's own subject, not a role.
    ['fr', "Selon l'AFP, Moscou, qui dément, a rejeté l'offre.", 'AFP', "Moscou, qui dément, a rejeté l'offre"],
    // An unnamed source takes no role apposition: the noun phrase after the comma is content.
    ['fr', 'Selon le ministère, le directeur, absent, a démissionné.', 'ministère', 'le directeur, absent, a démissionné'],
  ])('kept whole: %s: %s', (lang, text, name, claim) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name, claim })]);
  });
});

describe('a role with a short parenthesis before the name in apposition', () => {
  test.each([
    ['fr', "« C'est le projet le plus important », a lancé la maire (divers gauche), Solène Barthélemy-Ruiz, à l'ouverture de la séance.", 'Solène Barthélemy-Ruiz'],
    ['en', '"We will appeal," said the mayor (Democrat), Ann Lowe, on Monday.', 'Ann Lowe'],
  ])('%s: %s', (lang, text, name) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name })]);
  });
  test('without a name after it the role stays the source', () => {
    expect(triples("« C'est fini », a lancé la maire (divers gauche) à l'ouverture de la séance.", 'fr')).toEqual([expect.objectContaining({ name: 'maire', source: 'la maire' })]);
  });
});

describe('a spokesperson of "the company" speaks for the organisation last named', () => {
  test.each([
    ['de', 'Der Netzbetreiber Voltanet kündigte Abschaltungen an. „Wir arbeiten rund um die Uhr“, sagte eine Sprecherin des Unternehmens.', 'Netzbetreiber Voltanet'],
    ['es', 'La eléctrica Iberluz anunció que cerrará la planta. Un portavoz de la compañía dijo que no habrá despidos.', 'eléctrica Iberluz'],
    ['fr', 'Le groupe Valdor a annoncé la fermeture du site. Un porte-parole du groupe a assuré que les salariés seraient reclassés.', 'Valdor'],
  ])('%s: %s', (lang, text, name) => {
    const t = triples(text, lang);
    expect(t).toHaveLength(2);
    expect(t[1]).toEqual(expect.objectContaining({ name }));
  });
  test('with no organisation named before, the phrase names itself', () => {
    expect(triples('A spokeswoman for the company said the plant would reopen in May.', 'en')).toEqual([expect.objectContaining({ name: 'company' })]);
  });
  test('a named institution after the role is still that institution', () => {
    expect(triples('Ein Sprecher der Landesbank Hessen-Thüringen sagte, die Zahlen seien solide.', 'de')).toEqual([expect.objectContaining({ name: 'Landesbank Hessen-Thüringen' })]);
  });
  test('"Ein Analyst einer Landesbank": an indefinite institution names nobody; the speaker is anonymous', () => {
    const r = triples('Ein Analyst einer Landesbank nannte den Abbau „schmerzhaft, aber unausweichlich“.', 'de');
    expect(r).toEqual([expect.objectContaining({ name: 'Analyst einer Landesbank' })]);
  });
});

describe('long descriptions between a subject and its verb', () => {
  test.each([
    ['es', 'Sin embargo, un funcionario del ministerio, que pidió no ser identificado por no estar autorizado a hablar con la prensa, dijo que el tema se discutirá en una reunión técnica.', 'funcionario del ministerio', 'que el tema se discutirá en una reunión técnica'],
    ['fr', 'Une source au sein de la fédération, citée par le site Running Africa, estime pour sa part que les contrôles sont enfin sérieux.', 'source au sein de la fédération', 'que les contrôles sont enfin sérieux'],
    ['fr', 'La métropole, cofinanceur du projet, assure de son côté que des indemnisations seront versées.', 'métropole', 'que des indemnisations seront versées'],
  ])('%s: %s', (lang, text, name, claim) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name, claim })]);
  });
  test('the relay participle inside the description is kept as via', () => {
    expect(triples('Une source au sein de la fédération, citée par le site Running Africa, estime pour sa part que les contrôles sont enfin sérieux.', 'fr')[0]!.via).toEqual(['Running Africa']);
  });
  test('a local-government noun types its phrase as government', () => {
    const r = analyze('La métropole assure que des indemnisations seront versées.', { lang: 'fr' });
    expect(r.attributions[0]?.source.type).toBe('government');
  });
  test.each([
    // "estime" as a noun before "pour sa part" stays a noun.
    ['fr', 'Son estime pour sa part du travail reste intacte.'],
  ])('no attribution: %s: %s', (lang, text) => {
    expect(triples(text, lang)).toEqual([]);
  });
  test('a clause before an incise is content, not a description of the subject', () => {
    expect(triples("Les pièces, en bronze et en argent, datent du IIIe siècle, précise l'Agence flamande du patrimoine.", 'fr'))
      .toEqual([expect.objectContaining({ name: 'Agence flamande du patrimoine', claim: 'Les pièces, en bronze et en argent, datent du IIIe siècle' })]);
  });
});

describe('a capitalised name before an agent preposition is a name, not a participle', () => {
  test.each([
    ['de', 'Die Zulieferer stünden vor dem Umbau, sagte Autoexperte Stefan Brückl von der Beratungsfirma Orvatis.', 'Stefan Brückl'],
    ['de', 'Die Zulieferer stünden vor dem Umbau, sagte Stefan Brückl von der Universität Bonn.', 'Stefan Brückl'],
  ])('%s: %s', (lang, text, name) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name, claim: 'Die Zulieferer stünden vor dem Umbau' })]);
  });
  test.each([
    ['en', 'A report obtained by Reuters said that the mine would close.', 'A report'],
    ['fr', "Un document consulté par l'AFP indique que la mine fermera.", 'Un document'],
  ])('a lower-case participle still ends the phrase before its agent: %s: %s', (lang, text, source) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ source })]);
  });
});

describe('publishing an object is an action; only a clause, a colon or a quotation is content', () => {
  test.each([
    ['de', 'Er veröffentlichte Fotos eines brennenden Transformators.'],
    ['en', 'The ministry published figures on Monday.'],
    ['fr', 'Le ministère a publié un communiqué.'],
    ['es', 'El ministerio publicó los datos el lunes.'],
  ])('no attribution: %s: %s', (lang, text) => {
    expect(triples(text, lang)).toEqual([]);
  });
  test.each([
    ['de', 'Die Behörde veröffentlichte am Montag eine Mitteilung: Die Straße bleibe gesperrt.', 'Die Straße bleibe gesperrt'],
    ['en', 'The ministry published a statement saying that the road would stay closed.', 'that the road would stay closed'],
  ])('with content: %s: %s', (lang, text, claim) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ claim })]);
  });
});

describe('a naming verb after a comma takes an object, not an inverted subject', () => {
  test('a headline with a coordinated naming verb names no speaker', () => {
    expect(triples("Judge blocks county's ban on short-term rentals, calls process 'arbitrary'", 'en')).toEqual([]);
  });
  test('a named subject before the naming verb still speaks', () => {
    expect(triples('Local union leader Héctor Paillalef called the cuts "a betrayal of families who gave this company thirty years."', 'en'))
      .toEqual([expect.objectContaining({ name: 'Héctor Paillalef' })]);
  });
});

describe('verbs after an emphatic pronoun, an adverb or a time word', () => {
  test.each([
    ['fr', 'Les commerçants du centre-ville, eux, se disent « abandonnés ».', 'commerçants du centre-ville', 'abandonnés'],
    ['fr', 'Le maire, lui, affirme que le projet avance.', 'maire', 'que le projet avance'],
  ])('an emphatic pronoun after the subject: %s: %s', (lang, text, name, claim) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name, claim })]);
  });
  test('a homograph verb form followed by an adverb is the verb ("Le document pointe aussi …")', () => {
    const t = triples("D'après un rapport de la chambre régionale des comptes, la facture pourrait dépasser 410 millions d'euros. Le document pointe aussi l'absence de « scénario alternatif sérieux ».", 'fr');
    expect(t).toHaveLength(2);
    expect(t[1]).toEqual(expect.objectContaining({ source: 'Le document', cue: 'pointe', claim: "l'absence de « scénario alternatif sérieux »" }));
  });
  test.each([
    ['de', 'Der Ökologe Tobias Wendland sagte, die Zahlen seien plausibel. Er warnte jedoch davor, einzelne Jahre überzubewerten.', 'davor, einzelne Jahre überzubewerten'],
    ['en', 'The minister also said later that the plan was dead.', 'that the plan was dead'],
  ])('an adverb after the verb is not content: %s: %s', (lang, text, claim) => {
    expect(triples(text, lang).at(-1)?.claim).toBe(claim);
  });
  test('after an article the form stays a noun', () => {
    expect(triples('Cette estime aussi grande le touche.', 'fr')).toEqual([]);
  });
  test('a time word between the verb and a quotation, and a relay after it', () => {
    expect(triples('Le ministre a promis mardi « la tolérance zéro », d\'après le quotidien Daily Nation.', 'fr'))
      .toEqual([expect.objectContaining({ name: 'ministre', cue: 'a promis', via: ['Daily Nation'] })]);
  });
});

describe('adverbs between an apposition and its verb; participles after a document', () => {
  test('"…, incluido en el sumario, ya advertía de que …"', () => {
    expect(triples('Un informe interno de la empresa fechado en 2022, incluido en el sumario, ya advertía de que un fallo podía "dejar aislada a media provincia".', 'es'))
      .toEqual([expect.objectContaining({ name: 'informe interno de la empresa', cue: 'advertía', claim: 'de que un fallo podía "dejar aislada a media provincia"' })]);
  });
  test('an incise with an adverb before the verb keeps its inverted subject', () => {
    expect(triples('Le pont rouvrira en mai, a également précisé la préfecture.', 'fr')).toEqual([expect.objectContaining({ name: 'préfecture', claim: 'Le pont rouvrira en mai' })]);
  });
  test.each([
    ['es', 'Investigadores encontraron microplástico en ocho de cada diez muestras, según un estudio publicado el martes en una revista.', 'estudio'],
    ['es', 'Según un documento filtrado, el Gobierno prepara un recorte.', 'documento'],
  ])('a participle closing a two-word document phrase is not its name: %s: %s', (lang, text, name) => {
    expect(triples(text, lang)).toEqual([expect.objectContaining({ name })]);
  });
  test('a capitalised word after the document stays in the name', () => {
    expect(triples('Según el Informe Anual, las ventas cayeron.', 'es')[0]?.name).toBe('Informe Anual');
  });
});
