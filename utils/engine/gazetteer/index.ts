/**
 * Known sources (agencies, media, user-defined sources) as one token-level alias index: at any token,
 * the longest alias that starts there. Short acronyms ("AP", "PA", "EFE") and the aliases the data
 * files flag as case-sensitive match only as written; everything else ignores case and accents.
 */
import type { SourceType } from '../types';
import { tokenize, type Token } from '../doc';
import { agencies, caseSensitiveAgencyAliases } from './agencies';
import { media, caseSensitiveMediaAliases } from './media';
import type { GazetteerEntry } from './types';

export type { GazetteerEntry } from './types';

export interface GazetteerSource {
  name: string;
  type: SourceType;
}

interface Alias {
  words: string[];
  exact: boolean;
  entry: GazetteerSource;
}

export interface GazetteerHit {
  /** Token range [first, last). */
  first: number;
  last: number;
  entry: GazetteerSource;
}

export interface Gazetteer {
  /** Longest alias starting at token `i`, or null. */
  match(tokens: readonly Token[], i: number): GazetteerHit | null;
  /** Entry whose canonical name or alias equals `name` (case- and accent-insensitive), or null. */
  lookup(name: string): GazetteerSource | null;
}

const foldCache = new Map<string, string>();
/** Case- and accent-folded form; memoised, since every look-up folds the same few thousand words again. */
const fold = (s: string): string => {
  let f = foldCache.get(s);
  if (f === undefined) {
    f = s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’ʼ]/g, "'");
    if (foldCache.size > 50000) foldCache.clear();
    foldCache.set(s, f);
  }
  return f;
};
// An all-caps alias of up to 4 letters is an acronym: "AP" must not match "ap".
// An alias without any capital ("dpa") is written that way on purpose: match it as written too.
const isAcronym = (alias: string): boolean => /^[\p{Lu}\p{N}&.-]{1,5}$/u.test(alias) || !/\p{Lu}/u.test(alias);

function build(entries: ReadonlyArray<{ name: string; type: SourceType; aliases: readonly string[] }>, exactSet: ReadonlySet<string>): Gazetteer {
  const index = new Map<string, Alias[]>();
  const byName = new Map<string, GazetteerSource>();
  for (const e of entries) {
    const entry: GazetteerSource = { name: e.name, type: e.type };
    for (const alias of new Set([e.name, ...e.aliases])) {
      const toks = tokenize(alias);
      if (!toks.length) continue;
      const exact = exactSet.has(alias) || isAcronym(alias);
      const words = toks.map((t) => (exact ? t.text : fold(t.text)));
      const key = exact ? `=${words[0]}` : words[0]!;
      const list = index.get(key) ?? [];
      list.push({ words, exact, entry });
      index.set(key, list);
      if (!byName.has(fold(alias))) byName.set(fold(alias), entry);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);

  const tryList = (list: Alias[] | undefined, tokens: readonly Token[], i: number): GazetteerHit | null => {
    if (!list) return null;
    for (const a of list) {
      let ok = true;
      for (let k = 0; k < a.words.length && ok; k++) {
        const t = tokens[i + k];
        // Alias words must be adjacent tokens with at most one space between them.
        if (!t || (k > 0 && t.start - tokens[i + k - 1]!.end > 1)) ok = false;
        else ok = a.exact ? t.text === a.words[k] : fold(t.text) === a.words[k];
      }
      // A case-insensitive alias still needs a capital somewhere ("la presse" is not La Presse).
      if (ok && !a.exact && !tokens.slice(i, i + a.words.length).some((t) => t.isCap)) ok = false;
      if (ok) return { first: i, last: i + a.words.length, entry: a.entry };
    }
    return null;
  };
  return {
    match(tokens, i) {
      const t = tokens[i];
      if (!t || !t.isWord) return null;
      const a = tryList(index.get(`=${t.text}`), tokens, i);
      const b = tryList(index.get(fold(t.text)), tokens, i);
      if (a && b) return a.last >= b.last ? a : b;
      return a ?? b;
    },
    lookup(name) {
      return byName.get(fold(name)) ?? null;
    },
  };
}

const builtIn: readonly GazetteerEntry[] = [...agencies, ...media];
const exactAliases: ReadonlySet<string> = new Set([...caseSensitiveAgencyAliases, ...caseSensitiveMediaAliases]);
let defaultGazetteer: Gazetteer | undefined;

/** The gazetteer of built-in agencies and media, plus `custom` sources when given (those win on ties). */
export function gazetteer(custom?: ReadonlyArray<{ name: string; type: SourceType; aliases: readonly string[] }>): Gazetteer {
  if (!custom?.length) return (defaultGazetteer ??= build(builtIn, exactAliases));
  return build([...custom, ...builtIn], exactAliases);
}
