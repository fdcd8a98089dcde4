/**
 * The one shape every language file builds: verbs as data, forms computed lazily once, deduplicated.
 * Language files supply the word lists and a conjugator; nothing here knows a language.
 */
import type { Lang } from '../types';
import type { MentalVerbs, Morphology, ReportingVerb, SpeechAct, VerbForm } from './types';

/** A lemma and, for German separable verbs, its prefix: what a conjugator needs. */
export type LemmaEntry = Pick<ReportingVerb, 'lemma' | 'separablePrefix'>;

/** Everything one language file declares. `conjugate` turns one lemma into its forms. */
export interface MorphologyDefinition {
  lang: Lang;
  verbs: readonly ReportingVerb[];
  /** Same notation as `verbsByAct`: "an|nehmen" marks a separable prefix. */
  mentalLemmas: readonly string[];
  conjugate(entry: LemmaEntry): VerbForm[];
  auxiliaries?: readonly VerbForm[];
  /** Forms that are also frequent nouns or adjectives; their readings get `isHomograph`. */
  homographs?: readonly string[];
}

/**
 * Builds a Morphology whose `forms()` runs the conjugator on first call and returns the same frozen
 * array afterwards. A form is kept once per reading: "dit" (présent) and "dit" (passé simple) are one
 * entry, the first tense listed wins, but "dit" the bare participle (`isParticiple`) is another. Two
 * lemmas may share a surface form ("gab" for "zugeben" and "bekanntgeben"), which the engine
 * disambiguates (separable prefix, context).
 */
export function defineMorphology(definition: MorphologyDefinition): Morphology {
  const { lang, verbs, mentalLemmas, auxiliaries } = definition;
  const homographs = new Set(definition.homographs);
  const conjugate = (entry: LemmaEntry) =>
    definition.conjugate(entry).map((form) => (homographs.has(form.form) ? { ...form, isHomograph: true } : form));
  const forms = lazyForms(verbs, conjugate);
  const mentalEntries = mentalLemmas.map(parseLemma);
  const mentalVerbs: MentalVerbs = { lemmas: mentalEntries.map((entry) => entry.lemma), forms: lazyForms(mentalEntries, conjugate) };
  return { lang, verbs, forms, mentalVerbs, ...(auxiliaries ? { auxiliaries } : {}) };
}

function lazyForms(entries: readonly LemmaEntry[], conjugate: (entry: LemmaEntry) => VerbForm[]): () => readonly VerbForm[] {
  let cached: readonly VerbForm[] | undefined;
  return () => {
    cached ??= Object.freeze(uniqueForms(entries.flatMap((entry) => conjugate(entry))));
    return cached;
  };
}

/** Drops repeats of the same (form, lemma, pronoun, separablePrefix, isParticiple), keeping the first. */
export function uniqueForms(forms: readonly VerbForm[]): VerbForm[] {
  const seen = new Set<string>();
  const kept: VerbForm[] = [];
  for (const form of forms) {
    const key = [form.form, form.lemma, form.pronoun, form.separablePrefix, form.isParticiple].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(form);
  }
  return kept;
}

/** "mit|teilen" → { lemma: "mitteilen", separablePrefix: "mit" }; "sagen" → { lemma: "sagen" }. */
export function parseLemma(spec: string): LemmaEntry {
  const bar = spec.indexOf('|');
  if (bar < 0) return { lemma: spec };
  return { lemma: spec.slice(0, bar) + spec.slice(bar + 1), separablePrefix: spec.slice(0, bar) };
}

/**
 * Turns lists grouped by speech act into ReportingVerb entries; `withAddressee` names the lemmas that
 * usually take a dative addressee ("told the BBC", "a indiqué au Monde"), in the lists' notation
 * ("mit|teilen"). Throws on a lemma listed
 * twice or an addressee lemma missing from the lists, so a typo in the data fails at load time.
 */
export function verbsByAct(
  byAct: Partial<Record<SpeechAct, readonly string[]>>,
  withAddressee: readonly string[],
): ReportingVerb[] {
  const verbs: ReportingVerb[] = [];
  const seen = new Set<string>();
  for (const [act, specs] of Object.entries(byAct) as [SpeechAct, readonly string[]][]) {
    for (const spec of specs) {
      if (seen.has(spec)) throw new Error(`reporting verb "${spec}" listed twice`);
      seen.add(spec);
      const verb: ReportingVerb = { ...parseLemma(spec), act };
      if (withAddressee.includes(spec)) verb.takesAddressee = true;
      verbs.push(verb);
    }
  }
  for (const lemma of withAddressee) {
    if (!seen.has(lemma)) throw new Error(`addressee verb "${lemma}" is not a reporting verb`);
  }
  return verbs;
}
