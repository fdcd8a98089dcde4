/**
 * Reporting-verb morphology per language: the engine's only door into this folder. Each language's
 * forms are computed on the first `forms()` call and reused (the same array every time).
 *
 * What a consumer must know:
 * - A surface form may have several readings (one per lemma, and "dit" is both finite and a bare
 *   participle): index them as `Map<string, VerbForm[]>`, never as a one-value map.
 * - Forms are lower case and use the ASCII apostrophe ("s'est indignée"): fold ’ and ʼ to ' first.
 * - `isParticiple`: a bare participle; a cue only with an auxiliary from `auxiliaries` earlier in the
 *   clause ("hat … gesagt", "has also written"). Auxiliaries are only have/avoir/haben/haber: be/être/
 *   werden + participle is a passive. French pronominal verbs have no bare participles ("a exprimé"
 *   is not s'exprimer); their compounds are whole forms ("s'est indignée").
 * - `separablePrefix` (German): a split main-clause stem ("teilte"); it reports only if the prefix
 *   ("mit") closes the clause. Its adjacent ("teilte mit") and joined ("mitteilte") forms need nothing.
 * - `pronoun` (French): the subject inside a hyphenated inversion ("a-t-elle ajouté" → "elle").
 * - `isHomograph`: the form is also an everyday noun or adjective ("demande", "cifra", "reports",
 *   "alleged", German "meine"): accept it only with verbal context.
 * - German nouns are capitalised and verbs are not: a form found with a capital letter mid-sentence
 *   ("die Aussagen", "die Anklagen") is a noun, though its lower case matches "aussagen", "anklagen".
 * - `mentalVerbs`: forms to reject ("pense", "se demande", "glaubt", "cree"); a mental form that
 *   starts before a reporting one ("se demande" over "demande") must win.
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
