import type { Lang } from '../types';

/**
 * Everything the cue files need to know about one language. Cue code never branches on the language:
 * a difference between languages is a difference in this data. All entries are lower case unless a
 * comment says otherwise; apostrophes are written ' (the tokeniser folds ’ and ʼ to ').
 */
export interface Lexicon {
  lang: Lang;
  /** Frequent function words, for on-device language detection. */
  stopwords: readonly string[];
  /** Articles and demonstratives that may open a noun phrase ("l'" for elided French forms). */
  determiners: readonly string[];
  /** Indefinite articles: a link followed by one opens an adverbial, not a name part ("die Gemeinde in einem Communiqué"). */
  indefiniteDeterminers: readonly string[];
  /** Cardinal words that may open a noun phrase ("two state officials", "deux négociateurs"). */
  numerals: readonly string[];
  /** Third-person subject pronouns that can name a speaker. */
  pronouns: readonly string[];
  /** Pronouns after a preposition that point back to the last speaker ("selon lui", "according to him", "según ella"). */
  objectPronouns: readonly string[];
  /** Word sequences that point back to the last speaker group ("one of them", "l'un d'eux"). */
  partitiveAnaphors: readonly string[];
  /** First-person and generic "sources" that are not sources ("selon moi", "according to plan", "selon la légende"). */
  nonSources: readonly string[];
  /** Prepositional cues, longest first not required: "selon", "d'après", "according to", "laut", "según". */
  according: readonly string[];
  /** Prepositions that attribute only at the head of a sentence, before "NP,": "Pour le syndicat, …", "Per the log, …". */
  accordingInitial: readonly string[];
  /** Words that attribute only as a closing incise, after a comma and before a final NP: "…, so Betriebsratschef Uwe Stenzel." */
  accordingIncise: readonly string[];
  /** Postpositions after their source: "Einem Bericht des Handelsblatts zufolge …". */
  accordingPost: readonly string[];
  /** Impersonal reporting ("hieß es", "on indique") whose source is a nearby prepositional phrase. */
  impersonalCues: readonly string[];
  /**
   * Split impersonal cues: the words before the source and the particle after it ("geht aus [einer
   * Studie] hervor"). The source is the noun phrase between them.
   */
  splitSourceCues: readonly (readonly [string, string])[];
  /**
   * Sentence openers that point back to the previous sentence as the content: "Das geht aus einer Studie
   * hervor", "That's according to a report by …", "Cela ressort d'un rapport".
   */
  anaphoricLeads: readonly string[];
  /** Prepositions that introduce that source: "aus Koalitionskreisen", "au ministère des Transports". */
  impersonalSourcePreps: readonly string[];
  /** Cues that introduce the source a relay cites: "citing", "citant", "unter Berufung auf", "que cita a". */
  relayCues: readonly string[];
  /**
   * Lemmas of quoting verbs: their OBJECT is the speaker and their subject the relay ("Reuters quoted an
   * official as saying …", "Interfax zitierte einen Sprecher der Feuerwehr", "EFE citó a fuentes policiales").
   */
  quotingVerbs: readonly string[];
  /** Words after a quoting verb's object that open the quoted content: "as saying", "mit den Worten", "diciendo". */
  quotingTails: readonly string[];
  /**
   * Participles of an interview ("interrogé par franceinfo", "consultadas por EFE", "interviewed by"): the
   * medium is the speaker's addressee, so a relay unless it is the article's own agency.
   */
  interviewParticiples: readonly string[];
  /** Participles that attach a relay to a speaker: "citée par l'AFP", "cited by", "zitiert von". */
  relayParticiples: readonly string[];
  /** Prepositions before the addressee of a speech verb ("told the BBC" has none; "a indiqué au Monde"). */
  addresseePreps: readonly string[];
  /** Generic audiences that are never relays: "reporters", "journalistes", "Journalisten". */
  audiences: readonly string[];
  /** Words that continue a noun phrase to the right: "of", "de", "du", "der", "del", "aus", "in". */
  npLinks: readonly string[];
  /** Words that cannot be inside a source noun phrase (auxiliaries, conjunctions, frequent verbs). */
  npStop: readonly string[];
  /** Words that open a clause: the subject of a verb never reaches left past them. */
  clauseOpeners: readonly string[];
  /** Relative pronouns: a verb whose subject is one of them reports nothing new ("a report that criticized"). */
  relativePronouns: readonly string[];
  /** Relative adverbs that open a relative clause like a pronoun: "Iten, où s'entraîne le coureur, …". */
  relativeAdverbs: readonly string[];
  /** Complementizers that open reported content: "que", "that", "dass", "de que". */
  complementizers: readonly string[];
  /** Adverbs allowed inside a verb group or between a verb and its content ("a également reconnu"). */
  adverbs: readonly string[];
  /** Several-word adverbials that sit inside a compound verb like an adverb ("a pour sa part estimé", "ha por su parte señalado"). */
  verbGroupAdverbials: readonly string[];
  /** Prepositions that open an adverbial after a verb ("said on Tuesday"), not reported content. */
  adverbialPreps: readonly string[];
  /** Agentive prepositions ("consulté par l'AFP"): a noun phrase stops before the participle they follow. */
  agentPreps: readonly string[];
  /** Titles and roles that precede a name and are not part of it: "Governor", "Premier ministre". Lower case. */
  titles: readonly string[];
  /** Heads whose speaker is the organisation they belong to: "spokesman for X", "porte-parole de X", "analysts at X". */
  spokesHeads: readonly string[];
  /** Head nouns that type a noun phrase; matched as word or word prefix (German compounds). */
  heads: {
    government: readonly string[];
    document: readonly string[];
    anonymous: readonly string[];
    organization: readonly string[];
    media: readonly string[];
    agency: readonly string[];
  };
  /** Plain collective nouns for a state that refer back to the last government named: "les autorités". */
  collectiveGovernment: readonly string[];
  /** Generic nouns for any organisation named before with its own head: "the group" after "the campaign Clean Air Now", "le groupe" after "le collectif Eau Propre". */
  genericOrganizations: readonly string[];
  /** Nouns for what was said that a denial takes as its object: "rejected the allegations" reports no content of its own. */
  speechNouns: readonly string[];
  /** Nouns that refer back to the last document cited: "le texte". */
  documentAnaphors: readonly string[];
  /** Nouns that refer back to the last agency cited: "la dépêche", "the dispatch". */
  dispatchWords: readonly string[];
  /** Adjectives that mark an anaphoric noun phrase: "les mêmes sources", "las mismas fuentes". */
  sameWords: readonly string[];
  /** Words before an agency name that credit the whole article: "avec", "with", "mit material von". */
  creditPrefixes: readonly string[];
  /** Phrases after an agency name that credit the whole article: "contributed to this report". */
  creditSuffixes: readonly string[];
  /** Finite verb forms that alone mark reported speech (German Konjunktiv I: "sei", "gebe"). */
  reportedSpeechMarkers: readonly string[];
  /** Verb particles that end a clause and change the verb (German "meldet … an", "sprach … aus"). */
  separableParticles: readonly string[];
  /**
   * States and capitals as written in this language without an article, which speak for their
   * government in news ("Moskau erklärte", "Moscou a affirmé", "Rusia aseguró"). compromise knows the
   * English names; other languages list the ones news cites most. Lower case.
   */
  statePlaces: readonly string[];
  /** Articles that, before a single proper name, mark a country speaking as a state ("la Russie", "l'Azerbaïdjan"). */
  countryArticles: readonly string[];
  /** Words that introduce an infinitive complement ("demande aux forces d'intervenir", "urged them to"). */
  infinitiveMarkers: readonly string[];
  /** Endings of infinitives, to recognise that complement. */
  infinitiveSuffixes: readonly string[];
  /** Negations: a verb followed only by a reflexive, adverbs and one of these said nothing ("äußerte sich zunächst nicht"). */
  negations: readonly string[];
  /** Reflexive pronouns of speech verbs ("sich äußern", "se prononcer"). */
  reflexives: readonly string[];
  /** Object pronouns that sit between a subject and its verb ("lo resumió", "le lui a dit"). */
  clitics: readonly string[];
  /** Abbreviations whose period does not end a sentence (without the period). */
  abbreviations: readonly string[];
  /** Conjunctions stripped from the left edge of a subject ("Mais les habitants disent"). */
  leadingConjunctions: readonly string[];
  /** Fallback reporting verbs (lemma → surface forms) used until/besides the morphology module. */
  extraVerbForms: readonly string[];
  /**
   * Gerunds of saying that add a second statement by the same speaker after a comma: "…, she said,
   * adding that …", "…, ajoutant que …", "…, añadiendo que …". Only before a complementizer.
   */
  gerundCues: readonly string[];
  /**
   * How the verb of a main clause before such a gerund is told ("The bank held rates, saying …"):
   * `verbsByTagger`, by compromise's tagger (English); otherwise an auxiliary, or a word ending in one
   * of `finiteVerbEndings` (Spanish preterites: "despidió", "cerraron"). Neither: the gerund alone
   * finds no speaker.
   */
  verbsByTagger: boolean;
  finiteVerbEndings: readonly string[];
  /** Words that turn the following clause into a comment on the previous one: "as Reuters reported", "wie dpa berichtete". */
  asWords: readonly string[];
  /** Word endings of participles and gerunds that open an appositive ("speaking on condition…", "citée par…"). */
  participleSuffixes: readonly string[];
  /** The head noun ends the noun phrase ("coast guard officials", "Staatsanwaltschaft Bozen" is an exception we accept). */
  headFinal: boolean;
  /** German capitalises every noun: a lower-case word after a capitalised noun ends the noun phrase. */
  capitalizedNouns: boolean;
  /** Verb forms that look like reporting verbs but are not, when preceded by one of `determiners` ("the said property"). */
  adjectivalForms: readonly string[];
  /** Words before a verb that make it non-finite or hypothetical ("to say", "would say"). */
  verbBlockers: readonly string[];
  /**
   * Modal auxiliaries that make a speech verb hypothetical, also when they open the verb form itself or
   * stand a few adverbs away ("a critic would say", "könnte sagen", "podría decir"): nothing was said.
   */
  hypotheticals: readonly string[];
  /** Conjunctions that open a condition: a speech verb inside it reports nothing ("If the minister said …"). */
  conditionals: readonly string[];
  /** Words that open an indirect question: a negated verb before one reports no content ("did not say whether"). */
  questionWords: readonly string[];
  /**
   * Lemmas that praise or welcome something ("welcomed the change", "begrüßten den Vorstoß"): with a bare
   * noun phrase they evaluate, they report nothing; only a clause or a quotation is content.
   */
  evaluationVerbs: readonly string[];
  /** Verbs that report only with a clause, a colon or a quotation: "a maintenu la vigilance orange", "maintained its forecast". */
  clauseOnlyVerbs: readonly string[];
  /**
   * Surface forms of naming verbs that the morphology leaves out because their other senses swamp them
   * ("called" the police): they report only with an object and a quotation ("called the lawsuit
   * “opportunistic”"). The describe-verbs of the morphology ("nannte", "qualifié", "calificó") follow the
   * same rule: a quotation or a predicative "as"/"als"/"comme"/"como" makes the content.
   */
  namingForms: readonly string[];
  /**
   * Verb forms through which documents and data report ("A cabinet paper shows that …", "Die Studie zeigt,
   * …", "l'étude montre que …"): a cue only when the subject is a document.
   */
  documentVerbForms: readonly string[];
  /**
   * Verb forms of remembering that report speech only as an incise after a quotation ("«…», se souvient
   * Marc Ollivier", "„…“, erinnert sich die Nachbarin"); elsewhere they are mental states.
   */
  inciseOnlyForms: readonly string[];
  /**
   * Verbs of talking and the prepositions of their topic: "sprechen vom „Blaulicht-Effekt“", "spoke about
   * the flood", "parle de la crise" name a topic, not content (a clause after them still is).
   */
  topicVerbs: readonly string[];
  topicPreps: readonly string[];
  /** Words that introduce the predicate of a naming verb: "described it as", "bezeichnete ihn als". */
  predicatives: readonly string[];
  /** Interrogative pronouns: as a subject they ask, they do not name a speaker ("Who would claim …?"). */
  interrogatives: readonly string[];
  /**
   * Platforms a statement is posted on ("wrote on X", "a écrit sur Facebook", "schrieb auf Telegram"):
   * the channel of the statement, never a speaker nor part of the speaker's name. As written.
   */
  platforms: readonly string[];
}
