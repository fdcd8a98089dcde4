/**
 * Spanish third-person conjugation for reporting verbs: presente, pretérito indefinido, imperfecto,
 * futuro, condicional and the compound tenses with haber; pronominal verbs ("se quejó") and fixed
 * complements ("dar a conocer", "hacer hincapié"). Only third persons, so -car/-gar/-zar spelling
 * changes (expliqué, negué) never arise.
 */
import type { LemmaEntry } from './define-morphology';
import type { Tense, VerbForm } from './types';

/** [presente 3sg, presente 3pl, indefinido 3sg, indefinido 3pl, imperfecto 3sg, future/conditional stem, participle] */
type IrregularParts = readonly [string, string, string, string, string, string, string];

/** Irregular families by ending; the prefix is kept ("sos|tener" → "sos|tuvo"). Longest ending wins. */
const IRREGULAR_ENDINGS: Readonly<Record<string, IrregularParts>> = {
  decir: ['dice', 'dicen', 'dijo', 'dijeron', 'decía', 'dir', 'dicho'],
  tener: ['tiene', 'tienen', 'tuvo', 'tuvieron', 'tenía', 'tendr', 'tenido'],
  poner: ['pone', 'ponen', 'puso', 'pusieron', 'ponía', 'pondr', 'puesto'],
  hacer: ['hace', 'hacen', 'hizo', 'hicieron', 'hacía', 'har', 'hecho'],
  prever: ['prevé', 'prevén', 'previó', 'previeron', 'preveía', 'prever', 'previsto'],
  saber: ['sabe', 'saben', 'supo', 'supieron', 'sabía', 'sabr', 'sabido'],
  querer: ['quiere', 'quieren', 'quiso', 'quisieron', 'quería', 'querr', 'querido'],
  venir: ['viene', 'vienen', 'vino', 'vinieron', 'venía', 'vendr', 'venido'],
};
/** Whole verbs, not endings: "dar" must not catch "recordar". */
const IRREGULAR_VERBS: Readonly<Record<string, IrregularParts>> = {
  dar: ['da', 'dan', 'dio', 'dieron', 'daba', 'dar', 'dado'],
};
const IRREGULAR_FAMILIES = Object.entries(IRREGULAR_ENDINGS).sort(([a], [b]) => b.length - a.length);

/**
 * Stem changes of the verbs we list: "ie" and "ue" in the present (niega, cuenta), "i" in the present
 * and the indefinido (pide, pidió), "ie-i" both (advierte, advirtió), "í"/"ú" an accent (amplía, insinúa).
 */
type StemChange = 'ie' | 'ue' | 'i' | 'ie-i' | 'í' | 'ú';
const STEM_CHANGES: Readonly<Record<string, StemChange>> = {
  advertir: 'ie-i', sugerir: 'ie-i', desmentir: 'ie-i', referir: 'ie-i', sentir: 'ie-i', preferir: 'ie-i',
  pedir: 'i', repetir: 'i', proseguir: 'i', seguir: 'i',
  negar: 'ie', manifestar: 'ie', confesar: 'ie', recomendar: 'ie', defender: 'ie', pensar: 'ie',
  contar: 'ue', recordar: 'ue', rogar: 'ue', soltar: 'ue', mostrar: 'ue', demostrar: 'ue', reprobar: 'ue', aprobar: 'ue',
  ampliar: 'í', confiar: 'í', enviar: 'í', insinuar: 'ú', evaluar: 'ú', continuar: 'ú', actuar: 'ú',
};

/** Irregular participles of otherwise regular verbs, by ending: escribir → escrito, describir → descrito. */
const PARTICIPLE_ENDINGS: readonly [ending: string, participle: string][] = [['scribir', 'scrito']];

interface Parts {
  present: [string, string];
  past: [string, string];
  imperfect: string;
  futureStem: string;
  participle: string;
}

/** Replaces the last `from` vowel of `stem`: ("advert", "e", "ie") → "adviert". */
function changeLast(stem: string, from: string, to: string): string {
  const index = stem.lastIndexOf(from);
  if (index < 0) throw new Error(`no "${from}" to change in "${stem}"`);
  return stem.slice(0, index) + to + stem.slice(index + from.length);
}

function principalParts(infinitive: string): Parts {
  const family = infinitive in IRREGULAR_VERBS
    ? ([infinitive, IRREGULAR_VERBS[infinitive]] as const)
    : IRREGULAR_FAMILIES.find(([ending]) => infinitive.endsWith(ending));
  if (family?.[1]) {
    const [ending, [p3s, p3p, past3s, past3p, imperfect, future, participle]] = family as readonly [string, IrregularParts];
    const prefix = infinitive.slice(0, infinitive.length - ending.length);
    return {
      present: [prefix + p3s, prefix + p3p],
      past: [prefix + past3s, prefix + past3p],
      imperfect: prefix + imperfect,
      futureStem: prefix + future,
      participle: prefix + participle,
    };
  }
  const ending = infinitive.slice(-2);
  const stem = infinitive.slice(0, -2);
  const change = STEM_CHANGES[infinitive];
  let presentStem = stem;
  let pastStem = stem;
  if (change === 'ie' || change === 'ie-i') presentStem = changeLast(stem, 'e', 'ie');
  if (change === 'ue') presentStem = changeLast(stem, 'o', 'ue');
  if (change === 'i') presentStem = changeLast(stem, 'e', 'i');
  if (change === 'i' || change === 'ie-i') pastStem = changeLast(stem, 'e', 'i');
  if (change === 'í') presentStem = changeLast(stem, 'i', 'í');
  if (change === 'ú') presentStem = changeLast(stem, 'u', 'ú');
  const irregularParticiple = PARTICIPLE_ENDINGS.find(([suffix]) => infinitive.endsWith(suffix));
  const participle = irregularParticiple ? infinitive.slice(0, -irregularParticiple[0].length) + irregularParticiple[1] : null;
  if (ending === 'ar') {
    return {
      present: [presentStem + 'a', presentStem + 'an'],
      past: [stem + 'ó', stem + 'aron'],
      imperfect: stem + 'aba',
      futureStem: infinitive,
      participle: participle ?? stem + 'ado',
    };
  }
  // -uir (concluir) and vowel stems (creer) write y between vowels: concluye, concluyó, creyó.
  const isUir = /[^g]uir$/.test(infinitive);
  const isVowelStem = /[aeo]$/.test(stem);
  const present: [string, string] = isUir ? [stem + 'ye', stem + 'yen'] : [presentStem + 'e', presentStem + 'en'];
  const past: [string, string] = isUir || isVowelStem ? [stem + 'yó', stem + 'yeron'] : [pastStem + 'ió', pastStem + 'ieron'];
  return {
    present,
    past,
    imperfect: stem + 'ía',
    futureStem: infinitive,
    participle: participle ?? stem + (isVowelStem ? 'ído' : 'ido'),
  };
}

const HABER: readonly [singular: string, plural: string, tense: Tense][] = [
  ['ha', 'han', 'perfect'],
  ['había', 'habían', 'pluperfect'],
  ['habrá', 'habrán', 'future-perfect'],
  ['habría', 'habrían', 'conditional-perfect'],
];

/**
 * All third-person forms of one lemma. Notation: "afirmar"; pronominal "quejarse"; fixed complement
 * after the head verb, "dar a conocer".
 */
export function conjugateSpanish({ lemma }: LemmaEntry): VerbForm[] {
  const [head = lemma, ...complement] = lemma.split(' ');
  const isPronominal = head.endsWith('se') && /(?:ar|er|ir)se$/.test(head);
  const infinitive = isPronominal ? head.slice(0, -2) : head;
  const tail = complement.length > 0 ? ' ' + complement.join(' ') : '';
  const clitic = isPronominal ? 'se ' : '';
  const parts = principalParts(infinitive);
  const forms: VerbForm[] = [];
  const pair = (singular: string, plural: string, tense: Tense) => {
    forms.push({ form: clitic + singular + tail, lemma, number: 'singular', tense });
    forms.push({ form: clitic + plural + tail, lemma, number: 'plural', tense });
  };
  pair(...parts.present, 'present');
  pair(...parts.past, 'past');
  pair(parts.imperfect, parts.imperfect + 'n', 'imperfect');
  pair(parts.futureStem + 'á', parts.futureStem + 'án', 'future');
  pair(parts.futureStem + 'ía', parts.futureStem + 'ían', 'conditional');
  for (const [singular, plural, tense] of HABER) pair(`${singular} ${parts.participle}`, `${plural} ${parts.participle}`, tense);
  // Bare participles: an adverb may split "ha … dicho" ("ha dicho hoy" is adjacent, "ha también dicho" not);
  // the agreeing ones serve the passive ("fue anunciada por").
  // Pronominal verbs get none: their clitic stands before the auxiliary ("se ha quejado").
  const stem = parts.participle.slice(0, -1);
  const participles: [string, VerbForm['number']][] = isPronominal
    ? []
    : tail
      ? [[parts.participle, 'any']]
      : [[parts.participle, 'any'], [stem + 'a', 'singular'], [stem + 'os', 'plural'], [stem + 'as', 'plural']];
  for (const [participle, number] of participles) {
    forms.push({ form: participle + tail, lemma, number, tense: 'participle', isParticiple: true });
  }
  return forms;
}

/** haber, for participles separated from it. */
export const SPANISH_AUXILIARIES: readonly VerbForm[] = HABER.flatMap(([singular, plural, tense]) => [
  { form: singular, lemma: 'haber', number: 'singular' as const, tense },
  { form: plural, lemma: 'haber', number: 'plural' as const, tense },
]);
