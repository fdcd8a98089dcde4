/**
 * Lexicon data turned into fast lookups, once per language: word sets, token-sequence phrase sets and
 * the reporting-verb index built from the morphology module (plus the lexicon's extra forms).
 */
import type { Lang } from './types';
import { lexicons } from './lexicons';
import type { Lexicon } from './lexicons/types';
import { tokenize, type Token } from './doc';
import { morphology } from './morphology';

/** Token sequences, looked up at a token index: the longest one that starts there. */
export interface PhraseSet {
  /** Number of tokens matched at `i` (0 if none). */
  match(tokens: readonly Token[], i: number): number;
}

export function phraseSet(list: readonly string[]): PhraseSet {
  const index = new Map<string, string[][]>();
  for (const p of list) {
    const words = tokenize(p).map((t) => t.lower);
    if (!words.length) continue;
    const l = index.get(words[0]!) ?? [];
    l.push(words);
    index.set(words[0]!, l);
  }
  for (const l of index.values()) l.sort((a, b) => b.length - a.length);
  return {
    match(tokens, i) {
      const l = index.get(tokens[i]?.lower ?? '');
      if (!l) return 0;
      outer: for (const words of l) {
        for (let k = 1; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) continue outer;
        return words.length;
      }
      return 0;
    },
  };
}

export interface VerbEntry {
  words: string[];
  lemma: string;
  pronoun?: string;
  separablePrefix?: string;
  isParticiple: boolean;
  isHomograph: boolean;
  plural: boolean;
}

export interface VerbMatch {
  /** Token range of the cue [first, last). */
  first: number;
  last: number;
  lemma: string;
  /** Pronoun carried inside an inverted form ("a-t-elle ajouté" → elle), with its offsets. */
  pronoun?: { start: number; end: number; text: string };
  separablePrefix?: string;
  /** The form is also an everyday noun or adjective ("report", "annonce"). */
  isHomograph: boolean;
  /** Third-person plural only ("dicen", "affirment"): without a subject it is impersonal ("they say"). */
  plural: boolean;
}

export interface Compiled {
  lex: Lexicon;
  sets: {
    determiners: Set<string>; indefiniteDeterminers: Set<string>; numerals: Set<string>; pronouns: Set<string>; npLinks: Set<string>; npStop: Set<string>;
    clauseOpeners: Set<string>; relativePronouns: Set<string>; relativeAdverbs: Set<string>; complementizers: Set<string>; adverbs: Set<string>;
    adverbialPreps: Set<string>; agentPreps: Set<string>; addresseePreps: Set<string>; audiences: Set<string>;
    titles: Set<string>; spokesHeads: Set<string>; collectiveGovernment: Set<string>; genericOrganizations: Set<string>; speechNouns: Set<string>; documentAnaphors: Set<string>;
    dispatchWords: Set<string>; sameWords: Set<string>; nonSources: Set<string>; reportedSpeechMarkers: Set<string>;
    leadingConjunctions: Set<string>; adjectivalForms: Set<string>; verbBlockers: Set<string>; mentalForms: Set<string>; asWords: Set<string>;
    auxiliaries: Set<string>; quotingVerbs: Set<string>; clitics: Set<string>; separableParticles: Set<string>; countryArticles: Set<string>; statePlaces: Set<string>; hypotheticals: Set<string>; conditionals: Set<string>; interrogatives: Set<string>; evaluationVerbs: Set<string>; clauseOnlyVerbs: Set<string>; predicatives: Set<string>; topicVerbs: Set<string>; topicPreps: Set<string>; objectPronouns: Set<string>; infinitiveMarkers: Set<string>; negations: Set<string>; reflexives: Set<string>;
  };
  phrases: {
    according: PhraseSet; accordingPost: PhraseSet; impersonalCues: PhraseSet; impersonalSourcePreps: PhraseSet; accordingInitial: PhraseSet; accordingIncise: PhraseSet; relayCues: PhraseSet; quotingTails: PhraseSet; questionWords: PhraseSet; anaphoricLeads: PhraseSet; namingForms: PhraseSet; documentVerbForms: PhraseSet; splitSourceHeads: PhraseSet; inciseOnlyForms: PhraseSet; platforms: PhraseSet; conditionals: PhraseSet; relayParticiples: PhraseSet; partitiveAnaphors: PhraseSet;
    creditPrefixes: PhraseSet; creditSuffixes: PhraseSet; npLinks: PhraseSet; complementizers: PhraseSet; titles: PhraseSet; verbGroupAdverbials: PhraseSet; gerundCues: PhraseSet; interviewParticiples: PhraseSet;
  };
  /** Head noun → source type, for typing noun phrases. */
  heads: Map<string, 'government' | 'document' | 'anonymous' | 'organization' | 'media' | 'agency'>;
  /** Longest reporting-verb form at token `i` (adverbs may sit between the words of a compound form). */
  verbAt(tokens: readonly Token[], i: number): VerbMatch | null;
  /** Speech act of each lemma ("warn", "say"…). */
  acts: Map<string, string>;
  /** Lemmas whose verb takes an addressee ("tell", "dire"). */
  addresseeLemmas: Set<string>;
  participleSuffixes: readonly string[];
}

const cache = new Map<Lang, Compiled>();

function safeMorphology(lang: Lang) {
  try {
    return morphology(lang);
  } catch {
    return null; // a language without morphology yet runs on its lexicon's extra forms
  }
}

/** Compiled lookups for `lang`, built on first use. */
export function compiled(lang: Lang): Compiled {
  const hit = cache.get(lang);
  if (hit) return hit;
  const lex = lexicons[lang];
  const set = (l: readonly string[]) => new Set(l.map((w) => w.toLowerCase().replace(/[’ʼ]/g, "'")));
  const morph = safeMorphology(lang);
  const auxiliaries = set((morph?.auxiliaries ?? []).map((a) => a.form));

  const verbIndex = new Map<string, VerbEntry[]>();
  const addVerb = (form: string, lemma: string, isParticiple: boolean, pronoun?: string, separablePrefix?: string, isHomograph = false, plural = false) => {
    const words = tokenize(form).map((t) => t.lower);
    if (!words.length) return;
    const l = verbIndex.get(words[0]!) ?? [];
    l.push({ words, lemma, isParticiple, isHomograph, plural, ...(pronoun ? { pronoun } : {}), ...(separablePrefix ? { separablePrefix } : {}) });
    verbIndex.set(words[0]!, l);
  };
  for (const f of morph?.forms() ?? []) addVerb(f.form, f.lemma, !!f.isParticiple, f.pronoun, f.separablePrefix, !!(f as { isHomograph?: boolean }).isHomograph, f.number === 'plural');
  for (const f of lex.extraVerbForms) addVerb(f, f, false);
  for (const l of verbIndex.values()) l.sort((a, b) => b.words.length - a.words.length || Number(a.isParticiple) - Number(b.isParticiple));
  const acts = new Map((morph?.verbs ?? []).map((v) => [v.lemma, v.act as string]));
  const addresseeLemmas = new Set((morph?.verbs ?? []).filter((v) => v.takesAddressee).map((v) => v.lemma));

  const sets = {
    determiners: set(lex.determiners), indefiniteDeterminers: set(lex.indefiniteDeterminers), numerals: set(lex.numerals), pronouns: set(lex.pronouns), npLinks: set(lex.npLinks),
    npStop: set(lex.npStop), clauseOpeners: set(lex.clauseOpeners), relativePronouns: set(lex.relativePronouns), relativeAdverbs: set(lex.relativeAdverbs),
    complementizers: set(lex.complementizers), adverbs: set(lex.adverbs), adverbialPreps: set(lex.adverbialPreps),
    agentPreps: set(lex.agentPreps), addresseePreps: set(lex.addresseePreps), audiences: set(lex.audiences),
    titles: set(lex.titles), spokesHeads: set(lex.spokesHeads), collectiveGovernment: set(lex.collectiveGovernment), genericOrganizations: set(lex.genericOrganizations), speechNouns: set(lex.speechNouns),
    documentAnaphors: set(lex.documentAnaphors), dispatchWords: set(lex.dispatchWords), sameWords: set(lex.sameWords),
    nonSources: set(lex.nonSources), reportedSpeechMarkers: set(lex.reportedSpeechMarkers),
    leadingConjunctions: set(lex.leadingConjunctions), adjectivalForms: set(lex.adjectivalForms),
    // One-word forms of the verbs of thinking ("hopes", "pense", "glaubt", "cree"): never cues, and a
    // subject read backwards from a verb stops being one at them ("Caldera hopes the workers will find …").
    mentalForms: set((morph?.mentalVerbs?.forms() ?? []).map((f) => f.form).filter((f) => !/\s/.test(f))),
    verbBlockers: set(lex.verbBlockers), asWords: set(lex.asWords), auxiliaries, quotingVerbs: set(lex.quotingVerbs), clitics: set(lex.clitics), separableParticles: set(lex.separableParticles), countryArticles: set(lex.countryArticles), statePlaces: set(lex.statePlaces), hypotheticals: set(lex.hypotheticals), conditionals: set(lex.conditionals), interrogatives: set(lex.interrogatives), evaluationVerbs: set(lex.evaluationVerbs), clauseOnlyVerbs: set(lex.clauseOnlyVerbs), predicatives: set(lex.predicatives), topicVerbs: set(lex.topicVerbs), topicPreps: set(lex.topicPreps), objectPronouns: set(lex.objectPronouns), infinitiveMarkers: set(lex.infinitiveMarkers), negations: set(lex.negations), reflexives: set(lex.reflexives),
  };
  const heads = new Map<string, 'government' | 'document' | 'anonymous' | 'organization' | 'media' | 'agency'>();
  for (const type of ['anonymous', 'organization', 'media', 'agency', 'document', 'government'] as const)
    for (const h of lex.heads[type]) heads.set(h.toLowerCase(), type);

  const isSkippable = (t: Token | undefined) => !!t && t.isWord && sets.adverbs.has(t.lower);
  // "a pour sa part estimé", "ha por su parte señalado": word lists of the several-word adverbials.
  const groupAdverbials = lex.verbGroupAdverbials.map((a) => a.toLowerCase().split(/\s+/u));
  /** Length in tokens of a several-word adverbial that starts at `i` (`forward`) or ends at `i`; 0 if none. */
  const groupAdverbialAt = (tokens: readonly Token[], i: number, forward: boolean): number => {
    for (const words of groupAdverbials) {
      const start = forward ? i : i - words.length + 1;
      if (start < 0) continue;
      if (words.every((w, n) => tokens[start + n]?.isWord && tokens[start + n]!.lower === w)) return words.length;
    }
    return 0;
  };

  const verbAt = (tokens: readonly Token[], i: number): VerbMatch | null => {
    const t = tokens[i];
    if (!t || !t.isWord) return null;
    // German capitalises nouns: "Hinweise", "Angaben" are never the verb here.
    if (lex.capitalizedNouns && t.isCap) return null;
    const list = verbIndex.get(t.lower);
    if (!list) return null;
    for (const v of list) {
      let k = i + 1;
      let ok = true;
      for (let w = 1; w < v.words.length && ok; w++) {
        let skipped = 0;
        while (tokens[k]?.lower !== v.words[w] && skipped < 3) {
          const n = isSkippable(tokens[k]) ? 1 : groupAdverbialAt(tokens, k, true);
          if (!n) break;
          k += n;
          skipped++;
        }
        if (tokens[k]?.lower === v.words[w]) k++;
        else ok = false;
      }
      if (!ok) continue;
      const m: VerbMatch = { first: i, last: k, lemma: v.lemma, isHomograph: v.isHomograph, plural: v.plural };
      if (v.separablePrefix) m.separablePrefix = v.separablePrefix;
      if (v.isParticiple) {
        // A bare participle reports only after an auxiliary earlier in the clause ("a également reconnu").
        let a = i - 1, seen = 0;
        const far = lex.capitalizedNouns; // German puts the participle at the end of the clause
        while (a >= 0 && seen < (far ? 7 : 4) && tokens[a]!.isWord && !auxiliaries.has(tokens[a]!.lower)) {
          const n = far || isSkippable(tokens[a]) ? 1 : groupAdverbialAt(tokens, a, false);
          if (!n) break;
          a -= n;
          seen++;
        }
        if (a < 0 || !tokens[a]!.isWord || !auxiliaries.has(tokens[a]!.lower)) continue;
        m.first = a;
        const aux = tokens[a]!;
        const pm = /-t-(il|elle|ils|elles)$|-(il|elle|ils|elles)$/.exec(aux.lower);
        if (pm) {
          const p = pm[1] ?? pm[2]!;
          const s = aux.end - p.length;
          m.pronoun = { start: s, end: aux.end, text: aux.text.slice(aux.text.length - p.length) };
        }
        return m;
      }
      if (v.pronoun) {
        // The pronoun sits at the end of one of the form's tokens: "a-t-elle ajouté", "affirme-t-il".
        for (let x = i; x < k; x++) {
          const tx = tokens[x]!;
          if (tx.lower.endsWith(`-${v.pronoun}`)) {
            const s = tx.end - v.pronoun.length;
            m.pronoun = { start: s, end: tx.end, text: tx.text.slice(tx.text.length - v.pronoun.length) };
          }
        }
      }
      return m;
    }
    return null;
  };

  const c: Compiled = {
    lex, sets, heads, verbAt, addresseeLemmas, acts, participleSuffixes: lex.participleSuffixes,
    phrases: {
      according: phraseSet(lex.according), accordingPost: phraseSet(lex.accordingPost), impersonalCues: phraseSet(lex.impersonalCues), impersonalSourcePreps: phraseSet(lex.impersonalSourcePreps), accordingInitial: phraseSet(lex.accordingInitial), accordingIncise: phraseSet(lex.accordingIncise), relayCues: phraseSet(lex.relayCues), quotingTails: phraseSet(lex.quotingTails), questionWords: phraseSet(lex.questionWords), namingForms: phraseSet(lex.namingForms), anaphoricLeads: phraseSet(lex.anaphoricLeads), documentVerbForms: phraseSet(lex.documentVerbForms), splitSourceHeads: phraseSet(lex.splitSourceCues.map(([h]) => h)), inciseOnlyForms: phraseSet(lex.inciseOnlyForms), platforms: phraseSet(lex.platforms), conditionals: phraseSet(lex.conditionals), relayParticiples: phraseSet(lex.relayParticiples),
      partitiveAnaphors: phraseSet(lex.partitiveAnaphors), creditPrefixes: phraseSet(lex.creditPrefixes),
      creditSuffixes: phraseSet(lex.creditSuffixes), npLinks: phraseSet(lex.npLinks), complementizers: phraseSet(lex.complementizers),
      titles: phraseSet(lex.titles), verbGroupAdverbials: phraseSet(lex.verbGroupAdverbials), gerundCues: phraseSet(lex.gerundCues), interviewParticiples: phraseSet(lex.interviewParticiples),
    },
  };
  cache.set(lang, c);
  return c;
}
