/**
 * German reporting verbs. Lists are grouped by speech act; a lemma appears once; "mit|teilen" marks a
 * separable prefix (the lemma is "mitteilen"). Reflexive verbs are listed without "sich" ("äußerte
 * sich", "beschwerte sich"): German puts the pronoun after the finite verb, often far from it.
 * "meinen" is here: in an incise („…", meinte er) it reports a statement. Excluded: verbs of thinking
 * (mentalVerbs below).
 */
import { conjugateGerman, GERMAN_AUXILIARIES } from './conjugate-de';
import { defineMorphology, verbsByAct } from './define-morphology';

export const reportingVerbs = verbsByAct(
  {
    say: ['sagen', 'erklären', 'äußern', 'meinen', 'sprechen', 'reden', 'bemerken', 'an|merken', 'kommentieren', 'wiederholen',
      'rufen', 'schreien', 'flüstern', 'formulieren', 'scherzen', 'witzeln'],
    assert: ['behaupten', 'versichern', 'beteuern', 'bekräftigen', 'fest|halten', 'argumentieren', 'schwören'],
    announce: ['an|kündigen', 'verkünden', 'bekannt|geben', 'mit|teilen', 'melden', 'vermelden', 'veröffentlichen', 'enthüllen',
      'verraten', 'informieren', 'unterrichten'],
    add: ['hinzu|fügen', 'ergänzen', 'an|fügen', 'resümieren', 'bilanzieren'],
    explain: ['erläutern', 'aus|führen', 'dar|legen', 'präzisieren', 'begründen', 'klar|stellen', 'verdeutlichen', 'schildern', 'deutlich|machen'],
    deny: ['dementieren', 'bestreiten', 'ab|streiten', 'zurück|weisen', 'leugnen', 'verneinen', 'widersprechen', 'aus|schließen',
      'ab|lehnen'],
    accuse: ['vor|werfen', 'beschuldigen', 'an|klagen', 'bezichtigen', 'an|prangern'],
    warn: ['warnen', 'mahnen', 'ermahnen', 'drohen', 'an|mahnen'],
    ask: ['fordern', 'auf|fordern', 'verlangen', 'auf|rufen', 'appellieren', 'bitten', 'fragen', 'an|regen', 'vor|schlagen', 'empfehlen', 'raten',
      'drängen', 'nach|fragen'],
    promise: ['versprechen', 'zu|sichern', 'zu|sagen', 'garantieren', 'geloben'],
    admit: ['ein|räumen', 'zu|geben', 'gestehen', 'ein|gestehen', 'bekennen', 'zu|gestehen'],
    estimate: ['schätzen', 'prognostizieren', 'vorher|sagen', 'voraus|sagen', 'beziffern', 'urteilen', 'konstatieren'],
    write: ['schreiben', 'twittern', 'posten'],
    report: ['berichten', 'aus|sagen', 'erinnern', 'verweisen', 'hin|weisen', 'bezeugen', 'zitieren'],
    tell: ['erzählen'],
    // Not "bestehen": "besteht aus" (consists of) swamps "bestand darauf" (insisted).
    insist: ['betonen', 'unterstreichen', 'hervor|heben', 'beharren', 'pochen'],
    criticize: ['kritisieren', 'bemängeln', 'beanstanden', 'verurteilen', 'beklagen', 'klagen', 'bedauern', 'monieren', 'tadeln',
      'rügen', 'beschweren', 'empören', 'geißeln', 'schimpfen'],
    describe: ['beschreiben', 'bezeichnen', 'nennen', 'dar|stellen'],
    confirm: ['bestätigen'],
    other: ['antworten', 'erwidern', 'entgegnen', 'kontern', 'reagieren', 'fest|stellen', 'loben', 'begrüßen', 'zu|stimmen',
      'ein|wenden', 'ein|werfen', 'spekulieren', 'signalisieren'],
  },
  ['sagen', 'erklären', 'mit|teilen', 'berichten', 'erzählen', 'versichern', 'versprechen', 'zu|sichern', 'schreiben',
    'bestätigen', 'verraten', 'antworten', 'erläutern', 'schildern', 'vor|werfen', 'empfehlen', 'raten', 'zu|sagen',
    'an|kündigen', 'melden', 'gestehen', 'beteuern', 'entgegnen', 'erwidern', 'signalisieren'],
);

/** Verbs of thinking, believing, hoping: „Er glaubt, dass …" reports no statement. */
export const mentalVerbs = ['glauben', 'hoffen', 'denken', 'vermuten', 'befürchten', 'fürchten', 'an|nehmen', 'wissen',
  'wünschen', 'erwarten', 'bezweifeln', 'ahnen', 'überlegen', 'finden', 'zweifeln', 'rechnen', 'erhoffen'] as const;

/**
 * Lower-case words that are not nouns yet spell a verb form: the possessive "meine/meinen", the
 * particle "bitte", the adverb "weise". Nouns need no entry: German capitalises them, and a
 * capitalised form mid-sentence ("die Aussagen") is not a verb.
 */
export const homographs = ['meine', 'meinen', 'bitte', 'weise'] as const;

export const german = defineMorphology({
  lang: 'de',
  verbs: reportingVerbs,
  mentalLemmas: mentalVerbs,
  conjugate: conjugateGerman,
  auxiliaries: GERMAN_AUXILIARIES,
  homographs,
});
