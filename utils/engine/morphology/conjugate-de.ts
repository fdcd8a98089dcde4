/**
 * German third-person conjugation for reporting verbs: present, preterite, Konjunktiv I and II (the
 * moods of reported speech), perfect and pluperfect in both word orders, future, and separable verbs
 * in their three shapes: split ("teilte … mit"), adjacent ("teilte mit"), joined ("mitteilte").
 */
import type { LemmaEntry } from './define-morphology';
import type { Tense, VerbForm } from './types';

/** Strong and mixed roots: [present 3sg, preterite, past participle, Konjunktiv II]. Prefixed verbs find their root here. */
const IRREGULAR_ROOTS: Readonly<Record<string, readonly [string, string, string, string]>> = {
  schreiben: ['schreibt', 'schrieb', 'geschrieben', 'schriebe'],
  geben: ['gibt', 'gab', 'gegeben', 'gäbe'],
  werfen: ['wirft', 'warf', 'geworfen', 'würfe'],
  weisen: ['weist', 'wies', 'gewiesen', 'wiese'],
  streiten: ['streitet', 'stritt', 'gestritten', 'stritte'],
  sprechen: ['spricht', 'sprach', 'gesprochen', 'spräche'],
  streichen: ['streicht', 'strich', 'gestrichen', 'striche'],
  heben: ['hebt', 'hob', 'gehoben', 'höbe'],
  rufen: ['ruft', 'rief', 'gerufen', 'riefe'],
  bitten: ['bittet', 'bat', 'gebeten', 'bäte'],
  schlagen: ['schlägt', 'schlug', 'geschlagen', 'schlüge'],
  halten: ['hält', 'hielt', 'gehalten', 'hielte'],
  raten: ['rät', 'riet', 'geraten', 'riete'],
  stehen: ['steht', 'stand', 'gestanden', 'stünde'],
  empfehlen: ['empfiehlt', 'empfahl', 'empfohlen', 'empföhle'],
  kennen: ['kennt', 'kannte', 'gekannt', 'kennte'],
  nennen: ['nennt', 'nannte', 'genannt', 'nennte'],
  wenden: ['wendet', 'wandte', 'gewandt', 'wendete'],
  schließen: ['schließt', 'schloss', 'geschlossen', 'schlösse'],
  schwören: ['schwört', 'schwor', 'geschworen', 'schwüre'],
  schreien: ['schreit', 'schrie', 'geschrien', 'schriee'],
  nehmen: ['nimmt', 'nahm', 'genommen', 'nähme'],
  finden: ['findet', 'fand', 'gefunden', 'fände'],
  denken: ['denkt', 'dachte', 'gedacht', 'dächte'],
  wissen: ['weiß', 'wusste', 'gewusst', 'wüsste'],
};

/** Prefixes that never split off and take no ge- in the participle (betont, erklärt, versprochen). */
const INSEPARABLE = /^(?:be|ge|er|ver|zer|ent|emp|miss|wider|unter|über|hinter|wieder(?=hol))(?=..)/;
/** Roots that merely start like an inseparable prefix. */
const NOT_PREFIXED = new Set(['geben', 'gehen', 'geißeln']);

/** Principal parts of a verb without its separable prefix. */
interface Parts {
  infinitive: string;
  present: string;
  past: string;
  participle: string;
  subjunctive: string;
  subjunctive2: string;
}

function principalParts(verb: string): Parts {
  const inseparable = NOT_PREFIXED.has(verb) ? null : INSEPARABLE.exec(verb);
  const prefix = inseparable?.[0] ?? '';
  const irregular = IRREGULAR_ROOTS[verb] ?? (prefix ? IRREGULAR_ROOTS[verb.slice(prefix.length)] : undefined);
  if (irregular) {
    const root = IRREGULAR_ROOTS[verb] ? '' : prefix;
    const [present, past, participle, subjunctive2] = irregular;
    return {
      infinitive: verb,
      present: root + present,
      past: root + past,
      // "gestanden" → "gestanden" for gestehen (own entry), "bestritten" for bestreiten.
      participle: root ? root + participle.replace(/^ge/, '') : participle,
      // Konjunktiv I: infinitive stem + e (gebe, schreibe); every irregular root ends in -en.
      subjunctive: verb.slice(0, -1),
      subjunctive2: root + subjunctive2,
    };
  }
  // Weak verbs: sag-en, äußer-n, witzel-n.
  const stem = verb.endsWith('en') ? verb.slice(0, -2) : verb.slice(0, -1);
  // An e keeps -t audible after t/d and after m/n following another consonant: meldet, rechnet,
  // bezeichnet, but warnt, mahnt.
  const linking = /[td]$|(?:[^aeiouäöülrhmn]|ch)[mn]$/.test(stem) ? 'e' : '';
  const noGe = prefix !== '' || verb.endsWith('ieren');
  const past = `${stem}${linking}te`;
  return {
    infinitive: verb,
    present: `${stem}${linking}t`,
    past,
    participle: `${noGe ? '' : 'ge'}${stem}${linking}t`,
    subjunctive: `${stem}e`,
    subjunctive2: past,
  };
}

/** Preterite and Konjunktiv II plural: sagte → sagten, gab → gaben, schrie → schrien. */
function pluralOf(singular: string): string {
  return singular.endsWith('e') ? singular + 'n' : singular + 'en';
}

const HABEN: readonly [form: string, number: 'singular' | 'plural', tense: Tense][] = [
  ['hat', 'singular', 'perfect'],
  ['haben', 'plural', 'perfect'],
  ['hatte', 'singular', 'pluperfect'],
  ['hatten', 'plural', 'pluperfect'],
  ['habe', 'singular', 'subjunctive-perfect'],
  ['hätte', 'singular', 'subjunctive-perfect'],
  ['hätten', 'plural', 'subjunctive-perfect'],
];
const WERDEN: readonly [form: string, number: 'singular' | 'plural', tense: Tense][] = [
  ['wird', 'singular', 'future'],
  ['werden', 'plural', 'future'],
  ['werde', 'singular', 'future'],
  ['würde', 'singular', 'conditional'],
  ['würden', 'plural', 'conditional'],
];

/**
 * All third-person forms of one lemma. A separable verb comes with its prefix ("mitteilen", "mit"):
 * its split stems carry `separablePrefix`; its joined and adjacent forms do not need it.
 */
export function conjugateGerman({ lemma, separablePrefix }: LemmaEntry): VerbForm[] {
  const prefix = separablePrefix ?? '';
  const root = principalParts(lemma.slice(prefix.length));
  const finite: [form: string, number: 'singular' | 'plural', tense: Tense][] = [
    [root.present, 'singular', 'present'],
    [root.infinitive, 'plural', 'present'],
    [root.past, 'singular', 'past'],
    [pluralOf(root.past), 'plural', 'past'],
    [root.subjunctive, 'singular', 'subjunctive'],
    [root.subjunctive2, 'singular', 'subjunctive'],
    [pluralOf(root.subjunctive2), 'plural', 'subjunctive'],
  ];
  const forms: VerbForm[] = [];
  for (const [form, number, tense] of finite) {
    if (prefix) {
      // Main clause: "Die Polizei teilte am Abend mit, …": the prefix closes the clause.
      forms.push({ form, lemma, number, tense, separablePrefix: prefix });
      forms.push({ form: `${form} ${prefix}`, lemma, number, tense });
    }
    // Subordinate clause, verb last and joined: "wie die Polizei mitteilte". Not in the subjunctive:
    // joined "vorwürfe", "hinweise", "aussage" are rare as verbs and spell the nouns Vorwürfe,
    // Hinweise, Aussage once lower-cased.
    if (prefix && tense === 'subjunctive') continue;
    forms.push({ form: prefix + form, lemma, number, tense });
  }
  const participle = prefix + root.participle;
  const infinitive = prefix + root.infinitive;
  forms.push({ form: participle, lemma, number: 'any', tense: 'participle', isParticiple: true });
  for (const [aux, number, tense] of HABEN) {
    // Adjacent only when nothing stands between them; otherwise the engine pairs the bare participle with `auxiliaries`.
    forms.push({ form: `${aux} ${participle}`, lemma, number, tense });
    forms.push({ form: `${participle} ${aux}`, lemma, number, tense });
  }
  for (const [aux, number, tense] of WERDEN) {
    forms.push({ form: `${aux} ${infinitive}`, lemma, number, tense });
  }
  return forms;
}

/**
 * haben, what a bare participle pairs with ("hat am Montag … gesagt"). Not werden: with a participle
 * it makes the passive ("es wird mitgeteilt", no speaker); its future forms are listed whole above.
 */
export const GERMAN_AUXILIARIES: readonly VerbForm[] = HABEN.map(([form, number, tense]) => ({ form, lemma: 'haben', number, tense }));
