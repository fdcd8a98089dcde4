/**
 * What counts as content after a verb (naming, praising, writing, documents, split and anaphoric cues,
 * coordinated verbs, German frames) and where the subject sits (fronted adverbials, V2, appositions in
 * relative clauses, role epithets), each with the cases that must not match.
 */
import { describe, expect, test } from 'vitest';
import { triples } from '../helpers';
import { analyze } from '../../../utils/engine/index';

const one = (lang: string, text: string) => triples(text, lang);

describe('naming verbs need a quotation or a predicative', () => {
  test.each([
    ['en', 'The district\'s lawyer, Mark Ostrowski, called the lawsuit "opportunistic."', 'Mark Ostrowski'],
    ['en', 'The bill was changed on Tuesday, in a concession that opposition lawmakers called "a retreat dressed up as a reform".', 'opposition lawmakers'],
    ['de', 'Der Schlafmediziner Konrad Eilers nannte die Ergebnisse „solide, aber nicht überraschend“.', 'Konrad Eilers'],
    ['es', 'El Alcázar ganó en un partido que su entrenador, Julián Ocaña, calificó de "el más difícil de la temporada".', 'Julián Ocaña'],
  ])('%s: %s', (lang, text, name) => {
    expect(one(lang, text)).toEqual([expect.objectContaining({ name })]);
  });
  test.each([
    ['en', 'The company called the police on Monday.'],
    ['en', 'Residents called the street "the ski jump" for years.'],
    ['en', 'The Pharmacy Association welcomed the change.'],
    ['de', 'Umweltverbände begrüßten den Vorstoß.'],
    ['fr', 'Elle avait pourtant beaucoup écrit, notamment un essai, « Le Poids du geste », publié en 2003.'],
  ])('an object is no content: %s: %s', (lang, text) => {
    expect(one(lang, text)).toEqual([]);
  });
  test('praise with a quotation reports it', () => {
    expect(one('fr', 'La ministre de la Culture a salué sur X « une artiste qui a fait danser la France entière ».')).toEqual([
      expect.objectContaining({ name: 'ministre de la Culture', claim: 'une artiste qui a fait danser la France entière', via: [] }),
    ]);
  });
});

describe('documents, split cues and anaphoric leads', () => {
  test.each([
    ['en', 'A cabinet paper released under the Official Information Act shows that the exemptions would cost NZ$140 million.', 'cabinet paper', 'that the exemptions would cost NZ$140 million'],
    ['de', 'Die Studie zeigt, dass Jugendliche zu wenig schlafen.', 'Studie', 'dass Jugendliche zu wenig schlafen'],
    ['fr', "L'étude montre que les adolescents dorment trop peu.", 'étude', 'que les adolescents dorment trop peu'],
    ['de', 'Jugendliche schlafen kürzer als Gleichaltrige. Das geht aus einer Studie der Universität Freiburg hervor, die am Mittwoch erschienen ist.', 'Studie der Universität Freiburg', 'Jugendliche schlafen kürzer als Gleichaltrige'],
    ['en', "Teenagers who read in bed sleep 40 minutes less. That's according to a study by the University of Freiburg.", 'study', 'Teenagers who read in bed sleep 40 minutes less'],
    ['fr', "Les adolescents dorment moins. Cela ressort d'une étude de l'université de Fribourg.", "étude de l'université de Fribourg", 'Les adolescents dorment moins'],
    ['en', 'According to a lawsuit filed Friday by three teachers, the district ignored a 2022 audit.', 'lawsuit', 'the district ignored a 2022 audit'],
  ])('%s: %s', (lang, text, name, claim) => {
    expect(one(lang, text)).toEqual([expect.objectContaining({ name, claim })]);
  });
  test.each([
    ['en', 'He shows that he cares.'],
    ['en', 'The minister showed the reporters the site.'],
    ['de', 'Das Ergebnis zeigt Wirkung.'],
  ])('a verb of showing with a person or without content: %s: %s', (lang, text) => {
    expect(one(lang, text)).toEqual([]);
  });
});

describe('coordinated verbs, German frames and particles', () => {
  test('"accused … and said …" are two claims of one speaker', () => {
    const r = one('en', 'Opposition leader David Kereama accused the minister of "caving in to the lobbyists" and said the bill would still "hand control of the water to bureaucrats".');
    expect(r.map((a) => [a.name, a.cue])).toEqual([['David Kereama', 'accused'], ['David Kereama', 'said']]);
    expect(r[0]!.claim).toBe('the minister of "caving in to the lobbyists"');
  });
  test('"advierte … y pide …" are two claims', () => {
    const r = one('es', 'En su informe trimestral, el supervisor advierte de que la inflación "se mantendrá alta" y pide a los bancos prudencia en la concesión de hipotecas.');
    expect(r.map((a) => a.cue)).toEqual(['advierte', 'pide']);
  });
  test.each([
    ['Das Bundesgesundheitsministerium teilte auf Anfrage mit, man werde die Ergebnisse ‚sorgfältig prüfen‘.', 'Bundesgesundheitsministerium', 'man werde die Ergebnisse ‚sorgfältig prüfen‘'],
    ['Die Staatsanwaltschaft hatte sieben Jahre Haft gefordert.', 'Staatsanwaltschaft', 'sieben Jahre Haft'],
    ['Der Angeklagte Jörg H. verfolgte die Verkündung regungslos. In seinem letzten Wort hatte er am Montag erklärt, er bereue alles.', 'Jörg H', 'er bereue alles'],
    ['Am Montag erklärte der Minister, der Plan sei gescheitert.', 'Minister', 'der Plan sei gescheitert'],
    ['Verteidiger Malte Rusch kündigte an, Revision einzulegen. »Das Gericht hat einseitig geurteilt«, sagte er nach der Verhandlung.', 'Malte Rusch', 'Das Gericht hat einseitig geurteilt'],
  ])('de: %s', (text, name, claim) => {
    expect(one('de', text).at(-1)).toMatchObject({ name, claim });
  });
  test('the object between auxiliary and participle is content only for demands and announcements', () => {
    expect(one('de', 'Der Minister hatte das gestern gesagt.')).toEqual([]);
  });
});

describe('word order: fronted adverbials, appositions, epithets', () => {
  test.each([
    ['en', 'On Monday the minister said the plan had failed.', 'minister'],
    ['es', 'Ayer dijo el ministro que el plan había fracasado.', 'ministro'],
    ['es', 'El mismo día, Banco Levantia anunció en un comunicado remitido a la Comisión Nacional del Mercado de Valores (CNMV) que cerrará 48 oficinas.', 'Banco Levantia'],
    ['es', 'El Alcázar, por su parte, escribió en X tras el pitido final: "Orgullosos de este equipo. ¡Seguimos!"', 'Alcázar'],
    ['en', 'The driver had stepped out to make a delivery, Sgt. Dana Whitfield of the Millbrook Police Department told the Ledger.', 'Dana Whitfield'],
  ])('%s: %s', (lang, text, name) => {
    expect(one(lang, text)).toEqual([expect.objectContaining({ name })]);
  });
  test('"told the Ledger." at the end leaves the content before the cue', () => {
    expect(one('en', '"The driver had stepped out," Dana Whitfield told the Ledger.')[0]?.claim).toBe('The driver had stepped out,');
  });
  test('a role under another title is not guessed to be someone named before', () => {
    const r = one('es', '«Ha sido muy duro», dijo el entrenador Julián Ocaña. El autor del gol, el delantero uruguayo Matías Ferreyra, dedicó el tanto a su hija. «Le prometí un gol y lo cumplí», contó a EFE el atacante.');
    expect(r.at(-1)).toMatchObject({ source: 'el atacante', name: 'atacante' });
    const e = one('en', 'In an interview with CNN, Senator Jane Roe said the bill was dead. The mayor wrote in a Facebook post that the park would reopen.');
    expect(e.at(-1)).toMatchObject({ name: 'mayor' });
  });
  test('a role under the same title is the person named with it', () => {
    expect(one('en', 'Governor Elaine Castell said the bridge would reopen. The span is safe, the governor said.').at(-1)).toMatchObject({ name: 'Elaine Castell' });
  });
  test('"Under a settlement proposed by the state" is a participle, not a speaker', () => {
    expect(one('en', 'Under a settlement proposed by the state, the said property would be bought at market value.')).toEqual([]);
  });
  test('a remembered quotation is reported; remembering without one is a mental state', () => {
    expect(one('fr', "« Elle posait des questions », se souvient Marc Ollivier, qui a dansé dans sa compagnie.")).toEqual([expect.objectContaining({ name: 'Marc Ollivier', cue: 'se souvient' })]);
    expect(one('fr', 'Marc Ollivier se souvient de son enfance à Lyon.')).toEqual([]);
  });
});

describe('relays and credits', () => {
  test.each([
    ['fr', 'Selon la radio RPP, qui cite le maire de Caraz, Wilfredo Huamán, la ville est coupée du reste du pays.', 'Wilfredo Huamán', ['RPP']],
    ['fr', "D'après une source humanitaire citée par l'agence espagnole EFE, les secours manquent d'eau potable.", 'source humanitaire', ['EFE']],
    ['fr', '« Nos maisons étaient déjà sous la boue », a raconté à la chaîne Latina Rosa Quispe, une habitante.', 'Rosa Quispe', ['Latina']],
    ['fr', "Le quotidien El Comercio, citant un rapport de la police nationale, affirme que des camions ont été emportés, selon l'agence d'État Andina.", 'rapport de la police nationale', ['El Comercio', "agence d'État Andina"]],
  ])('%s: %s', (lang, text, name, via) => {
    expect(one(lang, text)).toEqual([expect.objectContaining({ name, via })]);
  });
  test('a dateline with a province credits the agency in the last parentheses', () => {
    expect(one('es', 'Mareira (Pontevedra), 19 oct (EFE).- El Deportivo Alcázar remontó este domingo.')).toEqual([expect.objectContaining({ name: 'EFE', cue: 'Mareira (Pontevedra), 19 oct (EFE).-', claim: null })]);
    expect(one('en', 'WASHINGTON (Reuters) - The talks failed.')).toEqual([expect.objectContaining({ name: 'Reuters' })]);
  });
});

describe('names and anaphora', () => {
  test.each([
    ['de', 'Die Arbeitslosigkeit ist im Juni gesunken. Das teilte die Bundesagentur für Arbeit am Donnerstag mit.', 'Bundesagentur für Arbeit', 'Die Arbeitslosigkeit ist im Juni gesunken'],
    ['en', 'Finance Minister Lena Vogt told reporters that the government would not cut taxes.', 'Lena Vogt', 'that the government would not cut taxes'],
    ['es', 'Los sindicatos CCOO y UGT replicaron que el cierre dejará sin sucursal a 19 municipios.', 'CCOO y UGT', 'que el cierre dejará sin sucursal a 19 municipios'],
    ['fr', "La chorégraphe Hélène Marchetti est morte. Marchetti pensait que la danse devait se passer de décor. « Je danse pour ne pas avoir à parler », avait-elle confié.", 'Hélène Marchetti', 'Je danse pour ne pas avoir à parler'],
  ])('%s: %s', (lang, text, name, claim) => {
    expect(one(lang, text).at(-1)).toMatchObject({ name, claim });
  });
  test('an indefinite role is an anonymous individual; a definite one is a person', () => {
    const [a] = analyze("Interrogé par l'AFP, un économiste de l'OFCE juge la baisse « fragile ».", { lang: 'fr' }).attributions;
    expect(a?.source.type).toBe('anonymous');
    expect(analyze('The governor said the roads were closed.', { lang: 'en' }).attributions[0]?.source.type).toBe('person');
  });
  test('"Das" before a noun is an article, not an anaphoric lead', () => {
    expect(one('de', 'Der Minister schwieg. Das Ministerium teilte mit, man prüfe den Fall.')).toEqual([expect.objectContaining({ name: 'Ministerium', claim: 'man prüfe den Fall' })]);
  });
});

