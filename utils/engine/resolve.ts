/**
 * From candidates to the Report: one canonical entity per source, mentions merged ("Pashinyan" = "le
 * Premier ministre arménien Nikol Pashinyan", "the coast guard" = "Japan's coast guard"), pronouns and
 * anaphors resolved to the entity they point back to ("Il", "One of them", "la dépêche", "Le texte",
 * "Les autorités"), relays named, the article's own agency dropped as an addressee, and the summary.
 */
import type { Attribution, SourceSpan, SourceSummary, SourceType, Span } from './types';
import type { Candidate, Ctx, Range } from './context';
import { forwardNP, headType, personRun, spanRange } from './phrases';
import { nameKind } from './nlp';

interface Entity {
  name: string;
  type: SourceType;
  /** Lower-case content words of every mention, for merging later mentions. */
  words: Set<string>;
  isProper: boolean;
  /** A lone capitalised word typed by default (no head word, no gazetteer, compromise had no idea). */
  isGuess?: boolean;
}

const DEFINITE = new Set(['le', 'la', 'les', "l'", 'the', 'der', 'die', 'das', 'den', 'dem', 'des', 'el', 'los', 'las', 'du', 'del', 'ihres', 'seines', 'ihrer', 'seiner', 'this', 'these', 'ce', 'cette', 'ces', 'este', 'esta', 'dieser', 'diese']);

const wordsOf = (ctx: Ctx, r: Range): string[] => {
  const s = ctx.c.sets;
  return ctx.doc.tokens.slice(r.first, r.last)
    .filter((t) => t.isWord && !s.determiners.has(t.lower) && !s.numerals.has(t.lower) && !s.npLinks.has(t.lower) && !s.sameWords.has(t.lower) && !/^\p{N}+$/u.test(t.text))
    .map((t) => t.lower);
};

/** `a` word matches `b` word: equal, or a German compound sharing a long prefix ("betreiber" ~ "betreibergesellschaft"). */
const wordMatch = (a: string, b: string) => a === b || (a.length >= 6 && b.startsWith(a)) || (b.length >= 6 && a.startsWith(b));

class Resolver {
  entities: Entity[] = [];
  /** Entity of each resolved speaker, in text order. */
  speakers: Entity[] = [];
  private byName = new Map<string, Entity>();
  private surnames = new Map<string, Entity>();

  constructor(private ctx: Ctx) {}

  private entity(name: string, type: SourceType, words: Iterable<string>, isProper: boolean): Entity {
    const key = name.toLowerCase();
    let e = this.byName.get(key);
    if (!e) {
      e = { name, type, words: new Set(), isProper };
      this.byName.set(key, e);
      this.entities.push(e);
    }
    for (const w of words) e.words.add(w);
    if (type === 'person') {
      const parts = name.split(/\s+/);
      if (parts.length > 1) this.surnames.set(parts[parts.length - 1]!.toLowerCase(), e);
    }
    return e;
  }

  last(pred: (e: Entity) => boolean): Entity | null {
    for (let k = this.speakers.length - 1; k >= 0; k--) if (pred(this.speakers[k]!)) return this.speakers[k]!;
    return null;
  }

  private typeOf(r: Range): SourceType | null {
    const ctx = this.ctx;
    const types: string[] = [];
    for (let k = r.first; k < r.last; k++) {
      const t = ctx.doc.tokens[k]!;
      if (!t.isWord) continue;
      if (ctx.c.phrases.npLinks.match(ctx.doc.tokens, k) && ctx.c.lex.headFinal && types.length) break;
      // Two-word heads first: "coast guard", "news agency", "services de secours".
      const next = ctx.doc.tokens[k + 1];
      const h2 = next?.isWord ? ctx.c.heads.get(`${t.lower} ${next.lower}`) : undefined;
      const h = h2 ?? headType(ctx, t);
      if (h2) k++;
      if (h) types.push(h);
      if (h && !ctx.c.lex.headFinal) break;
    }
    return (types.length ? types[types.length - 1] : null) as SourceType | null;
  }

  /** Resolve the source words of `span` to an entity; null when they name nothing usable. */
  resolve(span: Span, cand?: Candidate, depth = 0, institutionPart = false): Entity | null {
    const ctx = this.ctx;
    const { tokens } = ctx.doc;
    const s = ctx.c.sets;
    const speaker = () => this.last((e) => e.type !== 'agency' && e.type !== 'media');
    // The pronoun of an inverted verb is part of a token ("a-t-elle ajouté").
    if (s.pronouns.has(span.text.toLowerCase())) return this.mentionedPerson(span.start) ?? speaker();
    if (s.objectPronouns.has(span.text.toLowerCase())) return this.mentionedPerson(span.start) ?? speaker();
    let r = spanRange(ctx, span);
    if (r.last <= r.first) return null;
    if (r.last - r.first === 1 && s.pronouns.has(tokens[r.first]!.lower)) return this.mentionedPerson(span.start) ?? speaker();
    if (ctx.c.phrases.partitiveAnaphors.match(tokens, r.first) === r.last - r.first) return speaker();
    let f = r.first;
    while (f < r.last && (s.determiners.has(tokens[f]!.lower) || s.numerals.has(tokens[f]!.lower) || /^\p{N}+$/u.test(tokens[f]!.text))) f++;
    if (f >= r.last) return null;
    const isDefinite = DEFINITE.has(tokens[r.first]!.lower) || tokens.slice(r.first, r.last).some((t) => s.sameWords.has(t.lower));
    const content = wordsOf(ctx, r);
    const bare = content.length === 1 ? content[0]! : '';
    if (bare && s.dispatchWords.has(bare)) return this.last((e) => e.type === 'agency') ?? this.last((e) => e.type === 'media');
    // "cités par l'agence", "the agency said": a bare definite agency head is the agency last named, if any.

    if (bare && s.documentAnaphors.has(bare) && isDefinite) return this.last((e) => e.type === 'document');
    if (content.length && s.collectiveGovernment.has(content.join(' ')) && isDefinite) {
      // "Les autorités ont accusé …" after "l'Azerbaïdjan a annoncé …": the state just named.
      const prev = this.speakers[this.speakers.length - 1];
      if (prev && prev.isProper && (prev.type === 'government' || prev.type === 'organization') && prev.words.size <= 1) return prev;
      const g = this.last((e) => e.type === 'government');
      if (g) return g;
    }
    // A known agency or medium inside the phrase: "l'agence de presse AFP", "Russia's TASS news agency".
    for (let k = r.first; k < r.last; k++) {
      const g = ctx.gaz.match(tokens, k);
      if (!g || g.last > r.last || (g.entry.type !== 'agency' && g.entry.type !== 'media')) continue;
      let pk = k - 1;
      while (pk > r.first && s.determiners.has(tokens[pk]!.lower)) pk--;
      if (k > r.first && s.agentPreps.has(tokens[pk]!.lower)) continue; // "Fuentes sindicales consultadas por EFE", "consulté par l'AFP"
      let last = g.last;
      if (last < r.last && tokens[last]!.isCap && headType(ctx, tokens[last]!) === 'media')
        while (last < r.last && tokens[last]!.isCap && tokens[last]!.isWord) last++;
      const name = last > g.last ? ctx.doc.text.slice(tokens[g.first]!.start, tokens[last - 1]!.end) : g.entry.name;
      return this.entity(name, g.entry.type, content, true);
    }
    const person = personRun(ctx, r, new Set(this.surnames.keys()));
    if (person) {
      const name = ctx.doc.text.slice(tokens[person.first]!.start, tokens[person.last - 1]!.end);
      if (person.last - person.first === 1) return this.surnames.get(name.toLowerCase()) ?? this.entity(name, 'person', [], true);
      const known = this.surnames.get(tokens[person.last - 1]!.lower);
      if (known && known.name.endsWith(name)) return known;
      // "Marín: «…»" in the headline, "Elena Marín" in the body: one person, named in full.
      // A surname compromise does not know ("Urquijo, sobre el cierre…") was typed by default: the full name fixes it.
      const bare = this.byName.get(tokens[person.last - 1]!.lower);
      if (bare && (bare.type === 'person' || bare.isGuess) && !/\s/.test(bare.name)) {
        this.byName.delete(bare.name.toLowerCase());
        bare.name = name;
        bare.type = 'person';
        bare.isGuess = false;
        this.byName.set(name.toLowerCase(), bare);
        this.surnames.set(tokens[person.last - 1]!.lower, bare);
        return bare;
      }
      return this.entity(name, 'person', [], true);
    }
    // "a spokesman for X", "un portavoz del Ministerio", "Coast guard officials", "Analysts at the broker X".
    if (depth < 2) {
      for (let k = f; k < r.last; k++) {
        if (!s.spokesHeads.has(tokens[k]!.lower)) continue;
        const link = ctx.c.phrases.npLinks.match(tokens, k + 1);
        if (link && k + 1 + link < r.last) {
          // "eine Sprecherin des Unternehmens", "un portavoz de la compañía": a definite article that ends
          // the link makes the institution a definite mention ("the company" last named).
          const subFirst = DEFINITE.has(tokens[k + link]!.lower) ? k + link : k + 1 + link;
          const sub = this.resolve({ start: tokens[subFirst]!.start, end: span.end, text: '' }, undefined, depth + 1);
          if (sub && sub.type !== 'anonymous') return sub;
        } else if (k > f && k === r.last - 1 && !(s.numerals.has(tokens[r.first]!.lower) || /^\p{N}/u.test(tokens[r.first]!.text))) {
          // ("Two government officials" are counted people speaking for themselves, not the government.)
          // "Coast guard officials" speak for the coast guard already named; "state officials" stay anonymous.
          const before = this.entities.length;
          const sub = this.resolve({ start: tokens[f]!.start, end: tokens[k - 1]!.end, text: '' }, undefined, depth + 1, true);
          if (sub && this.entities.length === before) return sub;
          // One spokesperson speaks for an institution even where it is first named: "A fire service spokeswoman",
          // "a White House spokesperson"; "a company spokeswoman" for the company last named.
          if (s.titles.has(tokens[k]!.lower)) {
            const h = k - f === 1 ? ctx.c.heads.get(tokens[f]!.lower) : undefined;
            const named = h === 'organization' || h === 'agency' ? this.last((e) => e.type === h && e.isProper) : null;
            if (named) { if (this.entities.length > before) this.forget(before); return named; }
            if (sub && (sub.type === 'government' || sub.type === 'organization')) return sub;
          }
          if (this.entities.length > before) this.forget(before);
        }
      }
    }
    // "die Ministerin" after "Bundesumweltministerin Clara Hellwig", "the governor" after "Governor Elaine
    // Castell": a definite bare title points back to the person last named with it.
    if (isDefinite && content.length === 1 && depth < 2 && s.titles.has(content[0]!)) {
      const named = this.titledPerson(r.first, content[0]!);
      if (named) {
        const e = this.resolve(named, undefined, depth + 1);
        if (e && e.type === 'person') return e;
      }
      // A role named with another title ("el atacante" after "el delantero … Matías Ferreyra", "the mayor"
      // after "Senator Jane Roe") is not resolved: guessing would merge different people.
    }
    // "la entidad", "the company", "l'agence": a bare definite organisation or agency head is the one last named.
    // ("eine Sprecherin des Unternehmens": the company inside a spokesperson's phrase, German genitive included.)
    if (bare && isDefinite && depth <= 1) {
      const h = ctx.c.heads.get(bare) ?? (ctx.c.lex.capitalizedNouns && bare.endsWith('s') ? ctx.c.heads.get(bare.slice(0, -1)) : undefined);
      if ((h === 'agency' || h === 'organization') && !this.namedHead(r.first, bare)) {
        const a = this.last((e) => e.type === h && e.isProper);
        if (a) return a;
      }
    }
    // "A cabinet paper released under the Official Information Act", "un rapport publié mardi par …": a
    // participle modifier ends the name and the phrase that types it.
    for (let k = f + 1; k < r.last - 1; k++) {
      const t = tokens[k]!;
      if (!t.isWord || t.isCap || ctx.c.lex.capitalizedNouns) continue;
      if (ctx.c.participleSuffixes.some((x) => x && t.lower.length > x.length + 2 && t.lower.endsWith(x)) && !s.titles.has(t.lower) && !headType(ctx, t)
        && (s.agentPreps.has(tokens[k + 1]!.lower) || ((s.adverbialPreps.has(tokens[k + 1]!.lower) || s.adverbs.has(tokens[k + 1]!.lower)) && this.typeOf({ first: r.first, last: k }) === 'document'))) {
        r = { first: r.first, last: k };
        break;
      }
    }
    // "según la declaración conjunta difundida | al término de la cumbre": a participle closing a document's
    // phrase is its modifier, not its name.
    const tail = tokens[r.last - 1]!;
    if (r.last - f >= 2 && tail.isWord && !tail.isCap && !ctx.c.lex.capitalizedNouns && !s.titles.has(tail.lower) && !headType(ctx, tail)
      && ctx.c.participleSuffixes.some((x) => x && tail.lower.length > x.length + 2 && tail.lower.endsWith(x))
      && this.typeOf({ first: r.first, last: r.last - 1 }) === 'document') r = { first: r.first, last: r.last - 1 };
    let type = this.typeOf(r);
    let isGuess = false;
    // "un économiste de l'OFCE", "a senior official": an indefinite role is an anonymous individual.
    if (!isDefinite && s.indefiniteDeterminers.has(tokens[r.first]!.lower) && ctx.c.phrases.titles.match(tokens, f) && (!type || type === 'person')) type = 'anonymous';
    // "the governor", "le gouverneur", "der Gouverneur", "el alcalde": a definite role is one person
    // ("a spokesman", "un porte-parole" stay anonymous).
    if (!type && isDefinite) {
      for (let k = f; k < r.last && !type; k++) {
        const m = ctx.c.phrases.titles.match(tokens, k);
        if (m && (ctx.c.lex.headFinal ? k + m === r.last : k === f)) type = 'person';
      }
    }
    // A single capitalised word: a person already named, or a place/organisation.
    if (r.last - f === 1 && tokens[f]!.isCap) {
      const known = this.surnames.get(tokens[f]!.lower) ?? (f === r.first ? this.namedInFullBefore(f) : null);
      if (known) return known;
      const kind = nameKind(tokens[f]!.text);
      const country = f > r.first && s.countryArticles.has(tokens[f - 1]!.lower) && !/^[\p{Lu}\p{N}]{2,}$/u.test(tokens[f]!.text);
      const state = s.statePlaces.has(tokens[f]!.lower);
      if (!type && !state && !kind && !country) isGuess = true;
      // "der Norweger", "die Urlauberin": German capitalises common nouns; after a definite article an
      // unknown single word is a description of someone, not an organisation's name
      // (only people nouns: "-er", "-erin"; "die Opposition", "die Linke" stay organisations.)
      if (isGuess && ctx.c.lex.capitalizedNouns && f > r.first && DEFINITE.has(tokens[r.first]!.lower) && /(er|erin|ern)$/.test(tokens[f]!.lower)) type = 'anonymous';
      type ??= state ? 'government' : kind === 'person' ? 'person' : kind === 'place' || country ? 'government' : 'organization';
    }
    // Descriptor + proper name: "la société Gidro-Vostok", "der Betreibergesellschaft Cerva Seilbahnen".
    let nameFirst = f;
    let last = r.last;
    while (last > f && !tokens[last - 1]!.isWord) last--;
    let capStart = last;
    while (capStart > f && ((tokens[capStart - 1]!.isCap && tokens[capStart - 1]!.isWord) || ((tokens[capStart - 1]!.text === '&' || s.leadingConjunctions.has(tokens[capStart - 1]!.lower)) && capStart - 2 > f && tokens[capStart - 2]?.isCap))) capStart--;
    // A capitalised head stays in the name ("Stiftung Alpenlandschaft", "Fahrradhersteller Veloria");
    // a lower-case descriptor does not ("la société Gidro-Vostok" → Gidro-Vostok).
    // "le ministère de l'Intérieur", "the Ministry of the Interior": a link (and its article) before the capitals.
    let viaLink = false;
    for (let k = Math.max(f + 1, capStart - 3); k < capStart && !viaLink; k++) {
      const m = ctx.c.phrases.npLinks.match(tokens, k);
      if (!m || k + m > capStart) continue;
      let j = k + m;
      while (j < capStart && (s.determiners.has(tokens[j]!.lower) || !tokens[j]!.isWord)) j++;
      viaLink = j === capStart;
    }
    // "Ein Analyst einer Landesbank": an indefinite article before the capitals makes them a common noun
    // (German capitalises every noun), and an indefinite person of an unnamed institution is anonymous.
    const unnamed = capStart < last && capStart > f && s.indefiniteDeterminers.has(tokens[capStart - 1]!.lower) && s.indefiniteDeterminers.has(tokens[r.first]!.lower);
    if (unnamed) type = 'anonymous';
    if (capStart < last && capStart > f && !viaLink && !unnamed && type && type !== 'anonymous' && type !== 'document') nameFirst = capStart;
    const name = ctx.doc.text.slice(tokens[nameFirst]!.start, tokens[last - 1]!.end);
    // A capital that only marks the sentence start does not make a proper name ("Marine salvage experts").
    const sentenceInitial = tokens[f]!.isCap && ctx.doc.sentences[tokens[f]!.sentence]?.first === f && last - f > 1;
    const hasProper = tokens.slice(f + (sentenceInitial ? 1 : 0), last).some((t) => t.isCap);
    type ??= hasProper ? 'organization' : 'anonymous';

    // Later mentions of an entity already named.
    const key = [...content].sort().join(' ');
    for (let k = this.entities.length - 1; k >= 0; k--) {
      const e = this.entities[k]!;
      if (e.type === 'person' || !e.words.size || !content.length) continue;
      const ew = [...e.words];
      if ([...ew].sort().join(' ') === key) return this.adopt(e, content);
      // A definite mention names a known entity by part of its words ("the coast guard", "The filing");
      // a bare one only through a compound ("Laut Betreiber" → Betreibergesellschaft): "officials" stays new.
      const sub = content.every((w) => ew.some((x) => wordMatch(w, x)));
      const compound = content.every((w) => ew.some((x) => x !== w && wordMatch(w, x)));
      // The institution a spokesperson speaks for ("Coast guard officials") is named by part of its words too.
      if (((isDefinite && !hasProper) || (isDefinite && e.isProper) || compound || institutionPart) && sub && !(hasProper && !e.isProper)) return this.adopt(e, content);
      if (isDefinite && e.type === 'anonymous' && type === 'anonymous' && ew.every((x) => content.some((w) => wordMatch(w, x)))) return this.adopt(e, content);
    }
    // "la compagnie" after "la compagnie Nordlink", "Le syndicat" after "le syndicat Rail-Avenir".
    // (German capitalises the head: "Die Gruppe" is no proper name.)
    const commonHead = content.length === 1 && ctx.c.lex.capitalizedNouns && (ctx.c.heads.has(content[0]!) || s.genericOrganizations.has(content[0]!));
    if (isDefinite && (!hasProper || commonHead) && content.length === 1 && depth < 2) {
      // ("le groupe" after "le collectif Eau Propre": a generic noun for any organisation named with its head.)
      const named = this.namedHead(r.first, content[0]!) ?? (s.genericOrganizations.has(content[0]!) ? this.namedHead(r.first, content[0]!, true) : null);
      if (named) {
        const known = this.entities.length;
        const e = this.resolve(named, undefined, depth + 1);
        // (A name first read here was introduced by an organisation's head: "le collectif Eau Propre".)
        if (e && this.entities.length > known && e.type === 'person') e.type = 'organization';
        if (e && e.isProper) return this.adopt(e, content);
      }
    }
    // "El detenido, un hombre de 61 años, …" then "el hombre": the definite description picks up the apposition's anchor.
    if (isDefinite && !hasProper && content.length === 1 && depth < 2) {
      const anchor = this.appositionAnchor(r.first, content[0]!);
      if (anchor) {
        const e = this.resolve(anchor, undefined, depth + 1);
        if (e) return this.adopt(e, content);
      }
    }
    // "…, the supermarket supplier said": a definite description after the claim names the claim's subject.
    if (cand?.claim && isDefinite && !hasProper && type === 'organization' && cand.claim.end <= span.start) {
      const np = forwardNP(ctx, ctx.doc.tokenAt(cand.claim.start), spanRange(ctx, cand.claim).last);
      // Only a bare proper name opening the claim ("Pennard Foods has agreed …"), not "A state-owned operator …".
      // ("« C'est inacceptable », s'est indigné le président du club": a pronoun opening the quotation names nobody.)
      const opener = np ? tokens[np.first]! : undefined;
      const pronounLike = !!opener && (opener.lower.endsWith("'") || s.pronouns.has(opener.lower) || s.nonSources.has(opener.lower) || (ctx.c.lex.stopwords as readonly string[]).includes(opener.lower));
      if (np && opener!.isCap && !pronounLike && !s.determiners.has(opener!.lower) && np.last - np.first <= 4 && depth < 2) {
        const sub = this.resolve({ start: tokens[np.first]!.start, end: tokens[np.last - 1]!.end, text: '' }, undefined, depth + 1);
        if (sub && sub.type !== 'anonymous' && sub.type !== 'person') return this.adopt(sub, content);
      }
    }
    // "Levantia" (headline) and "Banco Levantia" (body): a single proper word is the named institution it ends.
    if (hasProper && type !== 'person' && type !== 'anonymous' && type !== 'document') {
      const words = name.split(/\s+/);
      const lastWord = words[words.length - 1]!.toLowerCase();
      if (words.length === 1) {
        const full = this.entities.find((e) => e.isProper && e.type !== 'person' && /\s/.test(e.name) && e.name.split(/\s+/).pop()!.toLowerCase() === lastWord);
        if (full) return this.adopt(full, content);
      } else {
        const bare = this.byName.get(lastWord);
        if (bare && bare.isProper && bare.type !== 'person' && !/\s/.test(bare.name)) {
          this.byName.delete(lastWord);
          bare.name = name;
          bare.type = type;
          this.byName.set(name.toLowerCase(), bare);
          return this.adopt(bare, content);
        }
      }
    }
    const known = this.entities.length;
    const e = this.entity(name, type, content, hasProper);
    if (isGuess && this.entities.length > known) e.isGuess = true;
    return e;
  }

  /** Offsets of every attribution's source, so a pronoun knows whether its previous sentence had a speaker. */
  sourceStarts: number[] = [];

  /**
   * "Le maire de Québec, Olivier Gendron, reste … « … », a-t-il dit": a person named in the previous
   * sentence, when that sentence reported nothing, is who the pronoun points to.
   */
  private mentionedPerson(offset: number): Entity | null {
    return this.mentionBefore(offset)?.e ?? null;
  }

  /**
   * "Der Ökologe Tobias Wendland … hält die Zahlen für plausibel. …, so Wendland": the person named in full
   * earlier in the text whose surname is the lone word at token `k`, even if nothing was attributed to them.
   */
  private namedInFullBefore(k: number): Entity | null {
    const { tokens } = this.ctx.doc;
    const word = tokens[k]!.lower;
    for (let j = k - 1; j > 0 && j > k - 3000; j--) {
      if (tokens[j]!.lower !== word || !tokens[j - 1]!.isCap || !tokens[j - 1]!.isWord) continue;
      const run = personRun(this.ctx, { first: j - 1, last: j + 1 });
      if (run && run.last === j + 1 && run.last - run.first >= 2) {
        const name = this.ctx.doc.text.slice(tokens[run.first]!.start, tokens[j]!.end);
        return this.entity(name, 'person', [], true);
      }
    }
    return null;
  }

  /** The person `mentionedPerson` finds, with the words that name them. */
  mentionBefore(offset: number): { span: Span; e: Entity } | null {
    const { tokens, sentences } = this.ctx.doc;
    const si = tokens[this.ctx.doc.tokenAt(offset)]?.sentence ?? -1;
    let prev = sentences[si - 1];
    if (!prev || prev.paragraph < (sentences[si]?.paragraph ?? 0) - 1) return null;
    const lastSource = this.sourceStarts[this.sourceStarts.length - 1];
    if (lastSource !== undefined && lastSource >= prev.start && lastSource < offset) return null;
    let found: Range | null = null;
    for (let k = prev.first; k < prev.last; k++) {
      if (!tokens[k]!.isCap || !tokens[k]!.isWord || k === prev.first) continue;
      let e = k;
      while (e < prev.last && tokens[e]!.isWord && tokens[e]!.isCap) e++;
      const run = personRun(this.ctx, { first: k, last: e });
      if (run && run.last - run.first >= 2) found = run;
      k = e;
    }
    // "Marchetti pensait que … « … », avait-elle confié": a surname opening the previous sentence, named in
    // full earlier in the text ("La chorégraphe Hélène Marchetti").
    const lone = tokens[prev.first];
    if (!found && lone?.isWord && lone.isCap && !tokens[prev.first + 1]?.isCap && !this.ctx.c.sets.determiners.has(lone.lower) && !this.ctx.c.sets.pronouns.has(lone.lower)) {
      const known = this.surnames.get(lone.lower);
      if (known) return { span: { start: lone.start, end: lone.end, text: lone.text }, e: known };
      for (let k = prev.first - 1; k > 0 && k > prev.first - 3000; k--) {
        if (tokens[k]!.lower !== lone.lower || !tokens[k - 1]!.isCap || !tokens[k - 1]!.isWord) continue;
        const run = personRun(this.ctx, { first: k - 1, last: k + 1 });
        if (run && run.last === k + 1) { found = run; break; }
      }
    }
    if (!found) return null;
    const start = tokens[found.first]!.start, end = tokens[found.last - 1]!.end;
    const name = this.ctx.doc.text.slice(start, end);
    return { span: { start, end, text: name }, e: this.surnames.get(tokens[found.last - 1]!.lower) ?? this.entity(name, 'person', [], true) };
  }

  /** Before token `before`: "HEAD ProperName" (capitalised words right after the head noun), as a span. */
  private namedHead(before: number, head: string, anyOrganization = false): Span | null {
    const { tokens, text } = this.ctx.doc;
    for (let k = before - 1; k >= 0 && k > before - 400; k--) {
      if (tokens[k]!.lower !== head && !(anyOrganization && tokens[k]!.isWord && this.ctx.c.heads.get(tokens[k]!.lower) === 'organization' && this.ctx.c.sets.determiners.has(tokens[k - 1]?.lower ?? ''))) continue;
      let e = k + 1;
      while (e < before && tokens[e]!.isWord && tokens[e]!.isCap) e++;
      // A capitalised head stays in the name, as where it is named ("die Initiative Saubere Luft").
      const from = this.ctx.c.lex.capitalizedNouns ? k : k + 1;
      if (e > k + 1) return { start: tokens[from]!.start, end: tokens[e - 1]!.end, text: text.slice(tokens[from]!.start, tokens[e - 1]!.end) };
    }
    return null;
  }

  /** Before token `before`: "TITLE First Last" (a German compound ending in the title counts), the name as a span. */
  private titledPerson(before: number, title: string): Span | null {
    const { tokens, text } = this.ctx.doc;
    const compound = this.ctx.c.lex.capitalizedNouns;
    for (let k = before - 1; k >= 0 && k > before - 600; k--) {
      const w = tokens[k]!.lower;
      if (w !== title && !(compound && w.length > title.length + 2 && w.endsWith(title))) continue;
      let e = k + 1;
      while (e < before && tokens[e]!.isWord && tokens[e]!.isCap) e++;
      if (e - (k + 1) >= 2 || (e - (k + 1) === 1 && this.surnames.has(tokens[k + 1]!.lower)))
        return { start: tokens[k + 1]!.start, end: tokens[e - 1]!.end, text: text.slice(tokens[k + 1]!.start, tokens[e - 1]!.end) };
    }
    return null;
  }

  /** Before token `before`: ", un|a HEAD" whose comma follows a short definite phrase; that phrase as a span. */
  private appositionAnchor(before: number, head: string): Span | null {
    const { tokens } = this.ctx.doc;
    const s = this.ctx.c.sets;
    for (let k = before - 1; k > 1 && k > before - 400; k--) {
      if (tokens[k]!.lower !== head || !s.indefiniteDeterminers.has(tokens[k - 1]!.lower) || tokens[k - 2]!.text !== ',') continue;
      let b = k - 3;
      while (b > 0 && b > k - 8 && tokens[b]!.isWord && !s.determiners.has(tokens[b]!.lower)) b--;
      if (!s.determiners.has(tokens[b]!.lower) || s.indefiniteDeterminers.has(tokens[b]!.lower)) return null;
      return { start: tokens[b]!.start, end: tokens[k - 3]!.end, text: this.ctx.doc.text.slice(tokens[b]!.start, tokens[k - 3]!.end) };
    }
    return null;
  }

  /** Drop entities created after index `n` by a look-up that was not kept. */
  forget(n: number): void {
    for (const e of this.entities.splice(n)) {
      this.byName.delete(e.name.toLowerCase());
      for (const [k, v] of this.surnames) if (v === e) this.surnames.delete(k);
    }
  }

  private adopt(e: Entity, words: string[]): Entity {
    for (const w of words) e.words.add(w);
    return e;
  }
}

/** Turn candidates into the report's attributions and source summary. */
export function resolveCandidates(ctx: Ctx, candidates: readonly Candidate[]): { attributions: Attribution[]; sources: SourceSummary[] } {
  // Precedence: an earlier cue wins over a later one for the same source and claim.
  const kept: Candidate[] = [];
  const overlaps = (a: Span | null, b: Span | null) => !!a && !!b && a.start < b.end && b.start < a.end;
  // Competing candidates have overlapping sources or the same cue: compare with neighbours only
  // (buckets of 256 characters), so the pass stays linear even on text without sentence ends.
  const BUCKET = 256;
  const buckets = new Map<number, Candidate[]>();
  const add = (offset: number, c: Candidate) => {
    const b = Math.floor(offset / BUCKET);
    const list = buckets.get(b) ?? [];
    list.push(c);
    buckets.set(b, list);
  };
  const around = (offset: number) => {
    const b = Math.floor(offset / BUCKET);
    return [...(buckets.get(b - 1) ?? []), ...(buckets.get(b) ?? []), ...(buckets.get(b + 1) ?? [])];
  };
  for (const c of candidates) {
    const near = [...around(c.source.start), ...(c.cue ? around(c.cue.start) : [])];
    if (near.some((k) => overlaps(k.source, c.source) && (k.kind === 'credit' ? c.kind === 'credit' : overlaps(k.claim, c.claim)) && !k.sameAsPrevious && !c.sameAsPrevious && k.rule !== 'quotation' && c.rule !== 'quotation')) continue;
    if (c.kind === 'claim' && c.cue && near.some((k) => k.kind === 'claim' && k.cue && k.cue.start === c.cue!.start && k.cue.end === c.cue!.end)) continue;
    kept.push(c);
    add(c.source.start, c);
    if (c.cue) add(c.cue.start, c);
  }
  kept.sort((a, b) => a.at - b.at);

  const resolver = new Resolver(ctx);
  const own = new Set<string>();
  for (const c of kept) if (c.kind === 'credit') {
    const g = ctx.gaz.match(ctx.doc.tokens, ctx.doc.tokenAt(c.source.start));
    if (g) own.add(g.entry.name);
  }
  /** `mentions`: where each relay is named, with the entity it resolves to. */
  const out: { c: Candidate; source: Span; e: Entity; via: Entity[]; mentions: [Span, Entity][]; paragraph: number }[] = [];
  for (const c of kept) {
    let source = c.source;
    let e: Entity | null;
    // Pro-drop ("«Hoy empieza el cambio», afirmó."): the person named in the previous sentence, when that
    // sentence reported nothing, is the speaker, before whoever spoke last.
    const named = c.sameAsPrevious && c.cue ? resolver.mentionBefore(c.cue.start) : null;
    if (named) {
      source = named.span;
      e = named.e;
    } else if (c.sameAsPrevious) {
      let prev: (typeof out)[number] | undefined;
      for (let k = out.length - 1; k >= 0 && !prev; k--) if (out[k]!.c.kind === 'claim' && out[k]!.e.type !== 'agency' && out[k]!.e.type !== 'media') prev = out[k];
      if (!prev) continue;
      source = prev.source;
      e = prev.e;
    } else e = resolver.resolve(c.source, c);
    if (!e) continue;
    const via: Entity[] = [];
    const mentions: [Span, Entity][] = [];
    if (c.addressee) {
      const a = resolver.resolve(c.addressee);
      // A title read from its shape is a medium unless it already spoke as something else.
      if (a && c.addresseeIsTitle && a.type !== 'media' && a.type !== 'agency' && !resolver.speakers.includes(a) && a.type !== 'person') a.type = 'media';
      if (a && !own.has(a.name) && (a.type === 'media' || a.type === 'agency')) {
        via.push(a);
        mentions.push([c.addressee, a]);
      }
    }
    for (const v of c.via) {
      const ve = resolver.resolve(v);
      if (ve && ve !== e && !via.includes(ve)) via.push(ve);
      if (ve && ve !== e) mentions.push([v, ve]);
    }
    resolver.speakers.push(...via, e);
    resolver.sourceStarts.push(source.start);
    const si = ctx.doc.tokens[ctx.doc.tokenAt(source.start)]?.sentence ?? -1;
    out.push({ c, source, e, via, mentions, paragraph: ctx.doc.sentences[si]?.paragraph ?? -1 });
  }
  // A headline says "investigators say" for the body's first named speaker.
  const first = out.find((o) => o.paragraph > 0 && o.c.kind === 'claim');
  for (const o of out) {
    if (o.paragraph !== 0 || ctx.doc.datelines.some((d) => d.cue.start === ctx.doc.paragraphs[0]?.start)) continue;
    if (!o.e.isProper && (o.e.type === 'government' || o.e.type === 'organization') && first && first.e.isProper && (first.e.type === 'government' || first.e.type === 'organization') && out.filter((x) => x.e === o.e).length === 1) o.e = first.e;
  }

  const attributions: Attribution[] = out.map((o, i) => ({
    id: `a${i}`,
    kind: o.c.kind,
    source: { ...o.source, name: o.e.name, type: o.e.type },
    cue: o.c.cue,
    claim: o.c.claim,
    via: o.via.map((v) => v.name),
    // Named and typed at the end: a later mention may still retype an entity (a title found to be a medium).
    relays: o.mentions.map(([span, ve]): SourceSpan => ({ ...narrowTo(ctx, span, ve.name), name: ve.name, type: ve.type })),
    rule: o.c.rule,
  }));
  const counts = new Map<Entity, number>();
  for (const o of out) for (const e of [o.e, ...o.via]) counts.set(e, (counts.get(e) ?? 0) + 1);
  const sources: SourceSummary[] = [...counts].map(([e, count]) => ({ name: e.name, type: e.type, count }));
  return { attributions, sources };
}

/**
 * A relay as written may carry its article or title ("l’AFP", "l’agence Interfax", "the BBC"): the
 * canonical name inside it, as a whole word, is the part that names the source. A span that does
 * not contain it (an alias: "au Monde", "l’Agence France-Presse") loses only the determiners and
 * prepositions that open it (the language's own lists).
 */
function narrowTo(ctx: Ctx, span: Span, name: string): Span {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  const m = re.exec(span.text);
  if (m) return { start: span.start + m.index, end: span.start + m.index + name.length, text: name };
  const { tokens, text } = ctx.doc;
  const s = ctx.c.sets;
  let k = ctx.doc.tokenAt(span.start);
  while (k < tokens.length - 1 && tokens[k + 1]!.start < span.end && tokens[k]!.isWord
    && (s.determiners.has(tokens[k]!.lower) || s.addresseePreps.has(tokens[k]!.lower) || s.agentPreps.has(tokens[k]!.lower))) k++;
  const start = Math.max(span.start, tokens[k]?.start ?? span.start);
  return { start, end: span.end, text: text.slice(start, span.end) };
}
