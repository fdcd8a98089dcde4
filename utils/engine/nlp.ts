/**
 * The one file that imports compromise: the rest of the engine talks to these functions only, so a
 * change in compromise's API touches this file alone. compromise is an English model; we ask it about
 * short proper-name candidates (is this a person, a place, an organisation?) and English verb parts,
 * never about whole articles, so its cost stays proportional to the number of candidate names.
 */
import nlp from 'compromise';

export type NameKind = 'person' | 'place' | 'organization' | null;

const kindCache = new Map<string, NameKind>();

/**
 * What compromise's tagger makes of a capitalised word sequence taken out of its sentence:
 * "Harriet Lindqvist" → person, "Japan" → place, "Calder Falls Courier" → place (its guess), unknown → null.
 */
export function nameKind(words: string): NameKind {
  const cached = kindCache.get(words);
  if (cached !== undefined) return cached;
  const doc = nlp(words);
  let kind: NameKind = null;
  if (doc.has('#Organization')) kind = 'organization';
  else if (doc.has('(#Country|#City|#Region|#Place)')) kind = 'place';
  else if (doc.has('#Person')) kind = 'person';
  if (kindCache.size > 5000) kindCache.clear();
  kindCache.set(words, kind);
  return kind;
}

/**
 * Where the first verb of an English clause starts (UTF-16 offset into `clause`), or -1: "The central
 * bank held rates" → 17. Asked only of the few main clauses a gerund of saying follows.
 */
export function firstVerbAt(clause: string): number {
  const [verb] = nlp(clause).match('#Verb').json({ offset: true }) as { offset: { start: number } }[];
  return verb ? verb.offset.start : -1;
}

const roleCache = new Map<string, boolean>();

/** "Superintendent", "Parent", "Mayor": a role noun written with a capital before a name. */
export function isRoleNoun(word: string): boolean {
  let hit = roleCache.get(word);
  if (hit === undefined) {
    const doc = nlp(word);
    hit = doc.has('#Actor') && !doc.has('#Person');
    if (roleCache.size > 5000) roleCache.clear();
    roleCache.set(word, hit);
  }
  return hit;
}

interface CompromiseVerbMethods {
  two: { transform: { verb: { conjugate(infinitive: string, model: object): Record<string, string | undefined> } } };
}

/** English principal parts of `infinitive` from compromise's conjugator: { PastTense, PresentTense, Participle, Gerund… }. */
export function conjugateEnglish(infinitive: string): Record<string, string | undefined> {
  const { conjugate } = (nlp.methods() as CompromiseVerbMethods).two.transform.verb;
  return conjugate(infinitive, nlp.model());
}
