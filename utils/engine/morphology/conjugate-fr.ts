/**
 * French third-person conjugation for reporting verbs: the tenses a news text uses, pronominal verbs,
 * fixed complements ("faire savoir", "mettre en garde") and hyphenated inversion ("a-t-il déclaré").
 */
import type { LemmaEntry } from './define-morphology';
import type { Tense, VerbForm } from './types';

/** The principal parts every tense is built from; stems take the endings -ait/-aient, -a/-ont, -e/-ent. */
interface Parts {
  present: [singular: string, plural: string];
  imperfectStem: string;
  simplePast: [singular: string, plural: string];
  /** Several when spelling reform allows two (préférera / préfèrera). */
  futureStems: string[];
  subjunctiveStem: string;
  participle: string;
}

type ThirdGroupParts = [
  present3s: string, present3p: string, imperfectStem: string, simplePast3s: string, simplePast3p: string,
  futureStem: string, subjunctiveStem: string, participle: string,
];

/**
 * Irregular families by ending: the prefix before the ending is kept ("ad|mettre" → "ad|mit").
 * Longest ending wins. Only what the verb lists need; add a family here, not a special case below.
 */
const THIRD_GROUP: Readonly<Record<string, ThirdGroupParts>> = {
  dire: ['dit', 'disent', 'dis', 'dit', 'dirent', 'dir', 'dis', 'dit'],
  crire: ['crit', 'crivent', 'criv', 'crivit', 'crivirent', 'crir', 'criv', 'crit'],
  connaître: ['connaît', 'connaissent', 'connaiss', 'connut', 'connurent', 'connaîtr', 'connaiss', 'connu'],
  mettre: ['met', 'mettent', 'mett', 'mit', 'mirent', 'mettr', 'mett', 'mis'],
  venir: ['vient', 'viennent', 'ven', 'vint', 'vinrent', 'viendr', 'vienn', 'venu'],
  tenir: ['tient', 'tiennent', 'ten', 'tint', 'tinrent', 'tiendr', 'tienn', 'tenu'],
  clure: ['clut', 'cluent', 'clu', 'clut', 'clurent', 'clur', 'clu', 'clu'],
  suivre: ['suit', 'suivent', 'suiv', 'suivit', 'suivirent', 'suivr', 'suiv', 'suivi'],
  prendre: ['prend', 'prennent', 'pren', 'prit', 'prirent', 'prendr', 'prenn', 'pris'],
  aindre: ['aint', 'aignent', 'aign', 'aignit', 'aignirent', 'aindr', 'aign', 'aint'],
  eindre: ['eint', 'eignent', 'eign', 'eignit', 'eignirent', 'eindr', 'eign', 'eint'],
  oindre: ['oint', 'oignent', 'oign', 'oignit', 'oignirent', 'oindr', 'oign', 'oint'],
  mentir: ['ment', 'mentent', 'ment', 'mentit', 'mentirent', 'mentir', 'ment', 'menti'],
  faire: ['fait', 'font', 'fais', 'fit', 'firent', 'fer', 'fass', 'fait'],
  dre: ['d', 'dent', 'd', 'dit', 'dirent', 'dr', 'd', 'du'],
  croire: ['croit', 'croient', 'croy', 'crut', 'crurent', 'croir', 'croi', 'cru'],
  savoir: ['sait', 'savent', 'sav', 'sut', 'surent', 'saur', 'sach', 'su'],
  vouloir: ['veut', 'veulent', 'voul', 'voulut', 'voulurent', 'voudr', 'veuill', 'voulu'],
  sentir: ['sent', 'sentent', 'sent', 'sentit', 'sentirent', 'sentir', 'sent', 'senti'],
};
const THIRD_GROUP_FAMILIES = Object.entries(THIRD_GROUP).sort(([a], [b]) => b.length - a.length);

/**
 * Second-group verbs (finir: finissent). Every other -ir verb on our lists is third group and
 * appears in THIRD_GROUP; an -ir lemma in neither fails loudly.
 */
const SECOND_GROUP = new Set(['avertir', 'réagir', 'garantir', 'réjouir', 'applaudir', 'définir', 'rebondir', 'renchérir', 'rugir']);

/** -eler/-eter verbs that double the consonant (appelle, jette); the others take a grave accent (martèle). */
const DOUBLING = new Set(['appeler', 'rappeler', 'jeter', 'rejeter', 'épeler', 'renouveler', 'interpeler']);

const VOWEL_START = /^[aeiouyhàâéèêëîïôûù]/;

/**
 * All third-person forms of one lemma. Notation of lemmas: "déclarer"; pronominal "se féliciter" or
 * "s'indigner"; fixed complement after the head verb, "faire savoir", "mettre en garde". Elision is
 * written with the ASCII apostrophe ("s'est"); fold ’ and ʼ to ' before lookup.
 */
export function conjugateFrench({ lemma }: LemmaEntry): VerbForm[] {
  const pronominal = /^(?:se |s')/.exec(lemma);
  const rest = pronominal ? lemma.slice(pronominal[0].length) : lemma;
  const [head = rest, ...complement] = rest.split(' ');
  const tail = complement.length > 0 ? ' ' + complement.join(' ') : '';
  const parts = principalParts(head);
  const forms = pronominal ? pronominalForms(lemma, parts, tail) : activeForms(lemma, parts, tail);
  return forms.flatMap((form) => spellings(form.form).map((text) => (text === form.form ? form : { ...form, form: text })));
}

/**
 * Both ways print writes an -aître form: with the circumflex and in the 1990 spelling without it
 * ("reconnaît" / "reconnait", "reconnaîtra" / "reconnaitra"), common in the press.
 */
function spellings(form: string): string[] {
  return form.includes('aît') ? [form, form.replace('aît', 'ait')] : [form];
}

function principalParts(infinitive: string): Parts {
  if (infinitive.endsWith('er')) return firstGroup(infinitive);
  if (SECOND_GROUP.has(infinitive)) {
    const stem = infinitive.slice(0, -2);
    return {
      present: [stem + 'it', stem + 'issent'],
      imperfectStem: stem + 'iss',
      simplePast: [stem + 'it', stem + 'irent'],
      futureStems: [infinitive],
      subjunctiveStem: stem + 'iss',
      participle: stem + 'i',
    };
  }
  const family = THIRD_GROUP_FAMILIES.find(([ending]) => infinitive.endsWith(ending));
  if (!family) throw new Error(`no French conjugation class for "${infinitive}"`);
  const [ending, [p3s, p3p, imperfect, past3s, past3p, future, subjunctive, participle]] = family;
  const prefix = infinitive.slice(0, -ending.length);
  return {
    present: [prefix + p3s, prefix + p3p],
    imperfectStem: prefix + imperfect,
    simplePast: [prefix + past3s, prefix + past3p],
    futureStems: [prefix + future],
    subjunctiveStem: prefix + subjunctive,
    participle: prefix + participle,
  };
}

/** Regular -er verbs with their spelling changes: annonçait, exigeait, préfère, martèle, appelle. */
function firstGroup(infinitive: string): Parts {
  const stem = infinitive.slice(0, -2);
  // Before a/o, c and g keep their soft sound: annonça, exigeait.
  const softStem = stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem.endsWith('g') ? stem + 'e' : stem;
  let strongStem = stem; // before a silent e: préfère, martèle, appelle
  const futureStems = [infinitive];
  const lastVowel = /(?<!e)([eé])([^aeiouyàâéèêëîïôûù]|[bcdfgptv][lr])$/.exec(stem);
  if (/[ou]y$/.test(stem)) {
    // appuyer → appuie, appuiera
    strongStem = stem.slice(0, -1) + 'i';
    futureStems[0] = strongStem + 'er';
  } else if (DOUBLING.has(infinitive)) {
    strongStem = stem + stem.at(-1);
    futureStems[0] = strongStem + 'er';
  } else if (lastVowel) {
    strongStem = stem.slice(0, lastVowel.index) + 'è' + lastVowel[2];
    if (lastVowel[1] === 'e') futureStems[0] = strongStem + 'er';
    // é-verbs keep é in the future traditionally (préférera); the 1990 spelling writes è (préfèrera).
    else futureStems.push(strongStem + 'er');
  }
  return {
    present: [strongStem + 'e', strongStem + 'ent'],
    imperfectStem: softStem,
    simplePast: [softStem + 'a', stem + 'èrent'],
    futureStems,
    subjunctiveStem: strongStem,
    participle: stem + 'é',
  };
}

interface SimpleForm {
  form: string;
  number: 'singular' | 'plural';
  tense: Tense;
  /** Inversion ("déclare-t-il", "a-t-elle ajouté") is idiomatic in incises; "annoncèrent-ils" is not. */
  isInvertible: boolean;
}

type Inversion = 'both' | 'singular' | 'none';

function pair(tense: Tense, singular: string, plural: string, inversion: Inversion): SimpleForm[] {
  return [
    { form: singular, number: 'singular', tense, isInvertible: inversion !== 'none' },
    { form: plural, number: 'plural', tense, isInvertible: inversion === 'both' },
  ];
}

function simpleForms(parts: Parts): SimpleForm[] {
  return [
    ...pair('present', ...parts.present, 'both'),
    ...pair('imperfect', parts.imperfectStem + 'ait', parts.imperfectStem + 'aient', 'singular'),
    ...pair('past', ...parts.simplePast, 'singular'),
    ...parts.futureStems.flatMap((stem) => [
      ...pair('future', stem + 'a', stem + 'ont', 'none'),
      ...pair('conditional', stem + 'ait', stem + 'aient', 'none'),
    ]),
    ...pair('subjunctive', parts.subjunctiveStem + 'e', parts.subjunctiveStem + 'ent', 'none'),
  ];
}

/** Auxiliary forms for compound tenses, with the tense they build and whether incises invert them. */
const AVOIR: readonly SimpleForm[] = [
  ...pair('perfect', 'a', 'ont', 'both'),
  ...pair('pluperfect', 'avait', 'avaient', 'both'),
  ...pair('future-perfect', 'aura', 'auront', 'none'),
  ...pair('conditional-perfect', 'aurait', 'auraient', 'singular'),
];
const ETRE: readonly SimpleForm[] = [
  ...pair('perfect', 'est', 'sont', 'both'),
  ...pair('pluperfect', 'était', 'étaient', 'both'),
  ...pair('future-perfect', 'sera', 'seront', 'none'),
  ...pair('conditional-perfect', 'serait', 'seraient', 'singular'),
];

/** Third-person subject pronouns by number; "on" is left out: "ajoute-t-on" names no source. */
const PRONOUNS = { singular: ['il', 'elle'], plural: ['ils', 'elles'] } as const;

/** "déclare" + "il" → "déclare-t-il"; "dit" + "il" → "dit-il": a -t- links two vowels. */
export function invert(verb: string, pronoun: string): string {
  return /[ae]$/.test(verb) ? `${verb}-t-${pronoun}` : `${verb}-${pronoun}`;
}

/** Participle agreement: masculine singular, feminine singular, masculine plural, feminine plural. */
function agreements(participle: string): [string, string, string, string] {
  const plural = participle.endsWith('s') ? participle : participle + 's';
  return [participle, participle + 'e', plural, participle + 'es'];
}

function activeForms(lemma: string, parts: Parts, tail: string): VerbForm[] {
  const forms: VerbForm[] = [];
  for (const simple of simpleForms(parts)) {
    forms.push({ form: simple.form + tail, lemma, number: simple.number, tense: simple.tense });
  }
  for (const aux of AVOIR) {
    forms.push({ form: `${aux.form} ${parts.participle}${tail}`, lemma, number: aux.number, tense: aux.tense });
  }
  // Bare participles, for an adverb between auxiliary and participle ("a-t-il encore ajouté") and for
  // the passive ("déclarées par"); only the invariable one with a complement ("fait savoir").
  const participles = tail ? [parts.participle] : agreements(parts.participle);
  participles.forEach((participle, index) => {
    forms.push({ form: participle + tail, lemma, number: index < 2 ? (index === 0 ? 'any' : 'singular') : 'plural', tense: 'participle', isParticiple: true });
  });
  for (const simple of simpleForms(parts).filter((form) => form.isInvertible)) {
    for (const pronoun of PRONOUNS[simple.number]) {
      forms.push({ form: invert(simple.form, pronoun) + tail, lemma, number: simple.number, tense: simple.tense, pronoun });
    }
  }
  for (const aux of AVOIR.filter((form) => form.isInvertible)) {
    for (const pronoun of PRONOUNS[aux.number]) {
      forms.push({ form: `${invert(aux.form, pronoun)} ${parts.participle}${tail}`, lemma, number: aux.number, tense: aux.tense, pronoun });
    }
  }
  return forms;
}

/** "se" elides before a vowel or mute h: "s'indigne", "s'est", but "se félicite", "se sont". */
function reflexive(verb: string): string {
  return VOWEL_START.test(verb) ? `s'${verb}` : `se ${verb}`;
}

function pronominalForms(lemma: string, parts: Parts, tail: string): VerbForm[] {
  const forms: VerbForm[] = [];
  const [masculine, feminine, masculinePlural, femininePlural] = agreements(parts.participle);
  // With être the participle agrees with the subject: "s'est indignée", "se sont félicités".
  const agreeing = { singular: [masculine, feminine], plural: [masculinePlural, femininePlural] } as const;
  for (const simple of simpleForms(parts)) {
    forms.push({ form: reflexive(simple.form) + tail, lemma, number: simple.number, tense: simple.tense });
  }
  for (const aux of ETRE) {
    for (const participle of agreeing[aux.number]) {
      forms.push({ form: `${reflexive(aux.form)} ${participle}${tail}`, lemma, number: aux.number, tense: aux.tense });
    }
  }
  // No bare participles: paired with "a" they would misread "il a exprimé son soutien" as s'exprimer,
  // and "s'est aussitôt indignée" is the compound form with an adverb inside.
  for (const simple of simpleForms(parts).filter((form) => form.isInvertible)) {
    for (const pronoun of PRONOUNS[simple.number]) {
      forms.push({ form: reflexive(invert(simple.form, pronoun)) + tail, lemma, number: simple.number, tense: simple.tense, pronoun });
    }
  }
  for (const aux of ETRE.filter((form) => form.isInvertible)) {
    PRONOUNS[aux.number].forEach((pronoun, index) => {
      // "s'est-il indigné", "s'est-elle indignée": the pronoun fixes the gender of the participle.
      const participle = agreeing[aux.number][index];
      forms.push({ form: `${reflexive(invert(aux.form, pronoun))} ${participle}${tail}`, lemma, number: aux.number, tense: aux.tense, pronoun });
    });
  }
  return forms;
}

/**
 * The auxiliary of the bare participles above, avoir, alone or inverted ("a-t-il encore ajouté"). Not
 * être: our verbs take it only as pronominals, which have no bare participles, and "est" + participle
 * is a passive ("la guerre est déclarée"), not a report.
 */
export function frenchAuxiliaries(): VerbForm[] {
  const forms: VerbForm[] = [];
  for (const aux of AVOIR) {
    forms.push({ form: aux.form, lemma: 'avoir', number: aux.number, tense: aux.tense });
    if (!aux.isInvertible) continue;
    for (const pronoun of PRONOUNS[aux.number]) {
      forms.push({ form: invert(aux.form, pronoun), lemma: 'avoir', number: aux.number, tense: aux.tense, pronoun });
    }
  }
  return forms;
}
