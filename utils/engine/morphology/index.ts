/**
 * Reporting-verb morphology per language: the engine's only door into this folder. Each language's
 * forms are computed on the first `forms()` call and reused (the same array every time).
 */
import type { Lang } from '../types';
import { german } from './de';
import { english } from './en';
import { spanish } from './es';
import { french } from './fr';
import type { Morphology } from './types';

export type { MentalVerbs, Morphology, ReportingVerb, SpeechAct, Tense, VerbForm } from './types';

const MORPHOLOGIES: Readonly<Record<Lang, Morphology>> = { en: english, fr: french, de: german, es: spanish };

/** The reporting verbs of `lang`, their forms, the mental verbs to reject and the auxiliaries. */
export function morphology(lang: Lang): Morphology {
  const found = Object.hasOwn(MORPHOLOGIES, lang) ? MORPHOLOGIES[lang] : undefined;
  if (!found) throw new RangeError(`no morphology for language "${lang}"`);
  return found;
}
