/**
 * Reporting verbs and their inflected forms, per language. The engine looks up surface forms;
 * morphology turns each lemma into every finite form a news text uses for a third-person speaker.
 */
import type { Lang } from '../types';

/** What kind of speech act a verb reports; used for typing claims and filtering (e.g. mental states are not here). */
export type SpeechAct = 'say' | 'assert' | 'announce' | 'add' | 'explain' | 'deny' | 'accuse' | 'warn' | 'ask' | 'promise'
  | 'admit' | 'estimate' | 'write' | 'report' | 'tell' | 'insist' | 'criticize' | 'describe' | 'confirm' | 'other';

export interface ReportingVerb {
  /** Dictionary form: "say", "déclarer", "sagen", "decir". German separable verbs as one word: "mitteilen". */
  lemma: string;
  act: SpeechAct;
  /** Takes the addressee as a complement that can be a medium: "told the BBC", "a indiqué au Monde", "sagte dem Spiegel", "dijo a EFE". */
  takesAddressee?: boolean;
  /** German separable prefix ("mit" for "mitteilen"), so "teilte … mit" is found. */
  separablePrefix?: string;
}

/** One inflected form of a reporting verb. */
export interface VerbForm {
  /** Surface form as written, lower case: "a déclaré", "a-t-il déclaré", "affirment", "sagte", "dijo", "has said". */
  form: string;
  lemma: string;
  /** Third-person plural forms ("affirment", "say") agree with plural sources. */
  number: 'singular' | 'plural' | 'any';
  /** Inverted forms carry their pronoun subject: "a-t-il ajouté" → "il", "affirme-t-elle" → "elle". */
  pronoun?: string;
  /** Which tense or mood the form expresses (compound tenses included: "a déclaré" is `perfect`). */
  tense?: Tense;
  /**
   * A bare past participle ("gesagt", "mitgeteilt", "ajouté", "written"): not finite by itself. It is a
   * reporting cue only with an auxiliary somewhere before it in the clause ("hat am Montag … gesagt",
   * "a-t-il encore ajouté", "has also written"); `Morphology.auxiliaries` lists those auxiliaries.
   */
  isParticiple?: boolean;
  /**
   * German main-clause stem of a separable verb ("teilte" for "mitteilen"): it reports only if this
   * prefix ("mit") stands later in the same clause ("teilte … mit"). Joined forms ("mitteilte",
   * "mitgeteilt") and adjacent ones ("teilte mit") do not carry it.
   */
  separablePrefix?: string;
  /**
   * The same letters are also a frequent noun or adjective ("demande", "menace", "juge", "denuncia",
   * "cifra", "reports", "alleged"): the form alone is weak evidence, so the engine should ask for
   * verbal context (a subject before it, an inversion, a quotation or "que/that" after it).
   */
  isHomograph?: boolean;
}

export type Tense = 'present' | 'past' | 'imperfect' | 'perfect' | 'pluperfect' | 'future' | 'future-perfect'
  | 'conditional' | 'conditional-perfect' | 'subjunctive' | 'subjunctive-perfect' | 'progressive' | 'participle';

/**
 * Verbs of thinking, believing, hoping ("think", "croire", "glauben", "creer"): they report a mental
 * state, not something said, so the engine must not read them as attribution cues.
 */
export interface MentalVerbs {
  lemmas: readonly string[];
  /** Same shape and conventions as `Morphology.forms()`; computed once. */
  forms(): readonly VerbForm[];
}

export interface Morphology {
  lang: Lang;
  verbs: readonly ReportingVerb[];
  /** Every form of every verb (compound tenses included, e.g. "a déclaré", "hat gesagt", "ha dicho"). */
  forms(): readonly VerbForm[];
  /** Verbs the engine must reject as cues (mental states), with their forms. */
  mentalVerbs?: MentalVerbs;
  /**
   * Finite auxiliaries that build compound tenses with `isParticiple` forms ("a", "a-t-il", "hat",
   * "hatte", "habe", "ha", "had"), lemma = the auxiliary's infinitive.
   */
  auxiliaries?: readonly VerbForm[];
}
