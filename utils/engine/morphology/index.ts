/**
 * Reporting-verb morphology per language: the engine's only door into this folder. Each language's
 * forms are computed on the first `forms()` call and reused (the same array every time).
 */
import type { Lang } from '../types';
import { english } from './en';
import { french } from './fr';
import type { Morphology } from './types';

export type { MentalVerbs, Morphology, ReportingVerb, SpeechAct, Tense, VerbForm } from './types';

const MORPHOLOGIES: Readonly<Partial<Record<Lang, Morphology>>> = { en: english, fr: french };

/** The reporting verbs of `lang`, their forms, the mental verbs to reject and the auxiliaries. */
export function morphology(lang: Lang): Morphology {
  const found = MORPHOLOGIES[lang];
  if (!found) throw new RangeError(`no morphology for language "${lang}"`);
  return found;
}
