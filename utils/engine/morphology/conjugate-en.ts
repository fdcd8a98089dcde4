/**
 * English third-person forms built from a verb's principal parts. The parts come from compromise
 * through the adapter in en.ts; this file only assembles tenses, so it stays a pure function of data.
 */
import type { Tense, VerbForm } from './types';

/** Principal parts of one verb, particle included for phrasal verbs ("calls for", "called for"). */
export interface EnglishParts {
  infinitive: string;
  present: string;
  past: string;
  participle: string;
  gerund: string;
}

/** Every finite third-person form of one lemma, plus its bare participle (`isParticiple`). */
export function englishForms(lemma: string, parts: EnglishParts): VerbForm[] {
  const { infinitive, present, past, participle, gerund } = parts;
  const form = (text: string, number: VerbForm['number'], tense: Tense): VerbForm => ({ form: text, lemma, number, tense });
  return [
    form(present, 'singular', 'present'),
    form(infinitive, 'plural', 'present'),
    form(past, 'any', 'past'),
    form(`has ${participle}`, 'singular', 'perfect'),
    form(`have ${participle}`, 'plural', 'perfect'),
    form(`had ${participle}`, 'any', 'pluperfect'),
    form(`is ${gerund}`, 'singular', 'progressive'),
    form(`are ${gerund}`, 'plural', 'progressive'),
    form(`was ${gerund}`, 'singular', 'progressive'),
    form(`were ${gerund}`, 'plural', 'progressive'),
    form(`has been ${gerund}`, 'singular', 'progressive'),
    form(`have been ${gerund}`, 'plural', 'progressive'),
    form(`will ${infinitive}`, 'any', 'future'),
    form(`would ${infinitive}`, 'any', 'conditional'),
    // "has also said", "have repeatedly denied": an adverb splits the auxiliary from the participle.
    { ...form(participle, 'any', 'participle'), isParticiple: true },
  ];
}

/** Auxiliaries of the compound forms above, for participles separated from them by adverbs. */
export const ENGLISH_AUXILIARIES: readonly VerbForm[] = [
  { form: 'has', lemma: 'have', number: 'singular', tense: 'perfect' },
  { form: 'have', lemma: 'have', number: 'plural', tense: 'perfect' },
  { form: 'had', lemma: 'have', number: 'any', tense: 'pluperfect' },
];
