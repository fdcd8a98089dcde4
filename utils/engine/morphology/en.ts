/**
 * English reporting verbs. Lists are grouped by speech act; a lemma appears once. Phrasal verbs keep
 * their particle ("call for", "point out", "hit back"). Excluded: verbs of thinking (mentalVerbs below)
 * gestures that often close a quote without saying anything ("smiled", "shrugged", "laughed"), and
 * verbs whose other senses swamp the reporting one ("called", "released", "projected", "related").
 */
import { conjugateEnglish } from '../nlp';
import type { EnglishParts } from './conjugate-en';
import { ENGLISH_AUXILIARIES, englishForms } from './conjugate-en';
import { defineMorphology, verbsByAct } from './define-morphology';
import type { LemmaEntry } from './define-morphology';

export const reportingVerbs = verbsByAct(
  {
    say: ['say', 'state', 'declare', 'remark', 'comment', 'mention', 'speak', 'exclaim', 'shout', 'whisper', 'mutter',
      'quip', 'joke', 'repeat', 'reiterate', 'note', 'observe', 'weigh in', 'chime in', 'sum up', 'summarize', 'summarise',
      'recount'],
    assert: ['assert', 'affirm', 'claim', 'maintain', 'contend', 'argue', 'insist', 'allege', 'proclaim', 'swear', 'reaffirm', 'opine', 'posit', 'venture', 'muse'],
    announce: ['announce', 'reveal', 'disclose', 'unveil', 'publish', 'broadcast', 'signal'],
    add: ['add', 'continue', 'conclude'],
    explain: ['explain', 'clarify', 'elaborate', 'detail', 'outline', 'specify', 'spell out', 'point out', 'indicate', 'hint'],
    deny: ['deny', 'reject', 'dismiss', 'dispute', 'refute', 'rebut', 'contest', 'rule out', 'play down', 'downplay'],
    accuse: ['accuse', 'charge', 'blame'],
    warn: ['warn', 'caution', 'alert', 'threaten', 'flag'],
    ask: ['ask', 'urge', 'call for', 'demand', 'request', 'appeal', 'plead', 'implore', 'beg', 'question', 'wonder aloud',
      'inquire', 'enquire', 'recommend', 'propose', 'suggest', 'advise'],
    promise: ['promise', 'vow', 'pledge', 'guarantee', 'assure', 'reassure'],
    admit: ['admit', 'acknowledge', 'concede', 'confess', 'recognize', 'recognise'],
    estimate: ['estimate', 'predict', 'forecast', 'calculate', 'reckon'],
    write: ['write', 'tweet', 'post', 'email', 'blog'],
    // "find": documents report by finding ("the study found that…"); the engine needs the that-clause.
    report: ['report', 'recall', 'testify', 'cite', 'quote', 'brief', 'relay', 'find'],
    tell: ['tell', 'inform', 'notify', 'confide'],
    insist: ['stress', 'emphasize', 'emphasise', 'underline', 'underscore', 'highlight'],
    criticize: ['criticize', 'criticise', 'condemn', 'denounce', 'decry', 'slam', 'blast', 'lambast', 'complain',
      'lament', 'deplore', 'bemoan', 'protest', 'object', 'lash out', 'hit back', 'fire back', 'regret'],
    describe: ['describe', 'characterize', 'characterise', 'portray'],
    confirm: ['confirm', 'verify', 'corroborate', 'attest', 'certify'],
    other: ['reply', 'respond', 'answer', 'retort', 'counter', 'interject', 'agree', 'praise', 'hail', 'welcome', 'boast',
      'apologize', 'apologise', 'speculate'],
  },
  ['tell', 'say', 'explain', 'write', 'confide', 'admit', 'confirm', 'announce', 'reveal', 'disclose', 'describe',
    'report', 'complain', 'promise', 'inform', 'brief', 'assure', 'reassure', 'recount', 'declare', 'email',
    'whisper', 'reply', 'respond', 'repeat', 'testify', 'apologize', 'apologise', 'mention', 'speak'],
);

/** Verbs of thinking, believing, hoping: "officials believe…" reports no statement. */
export const mentalVerbs = ['think', 'believe', 'hope', 'feel', 'suppose', 'imagine', 'fear', 'doubt', 'know', 'wish',
  'expect', 'want', 'guess', 'assume', 'suspect', 'wonder', 'realize', 'realise', 'understand', 'consider', 'presume',
  'trust', 'dread', 'worry'] as const;

/**
 * Where compromise's suffix rules go wrong for verbs it does not know ("tweet" → past "tweet"), the
 * right part is given here; tests/engine/morphology/en.test.ts pins each one.
 */
const OVERRIDES: Readonly<Record<string, Partial<EnglishParts>>> = {
  tweet: { past: 'tweeted', participle: 'tweeted' },
  quip: { past: 'quipped', participle: 'quipped' },
  rebut: { gerund: 'rebutting' },
  slam: { gerund: 'slamming' },
  play: { participle: 'played' },
  blog: { gerund: 'blogging' },
};

/**
 * Principal parts from compromise, reached through the engine's adapter (utils/engine/nlp.ts, the one
 * file that imports it). compromise's conjugator splits a phrasal verb at its first space and
 * re-appends the particle.
 */
function englishParts(lemma: string): EnglishParts {
  const found = conjugateEnglish(lemma);
  const past = found.PastTense ?? lemma;
  const parts: EnglishParts = {
    infinitive: found.Infinitive ?? lemma,
    present: found.PresentTense ?? lemma,
    past,
    participle: found.Participle ?? past,
    gerund: found.Gerund ?? lemma,
  };
  const [head = lemma, ...particle] = lemma.split(' ');
  const override = OVERRIDES[head];
  if (!override) return parts;
  const tail = particle.length > 0 ? ' ' + particle.join(' ') : '';
  const patched = Object.fromEntries(Object.entries(override).map(([key, value]) => [key, value + tail]));
  return { ...parts, ...patched };
}

function conjugate({ lemma }: LemmaEntry) {
  return englishForms(lemma, englishParts(lemma));
}

/**
 * Forms that are also everyday nouns or adjectives: "the reports", "a claim", "an estimated 500",
 * "the alleged attack". Plural present forms are bare infinitives, so most nouns of saying are here.
 */
export const homographs = ['report', 'reports', 'claim', 'claims', 'comment', 'comments', 'note', 'notes', 'state', 'states',
  'promise', 'promises', 'request', 'requests', 'demand', 'demands', 'question', 'questions', 'answer', 'answers', 'reply',
  'replies', 'estimate', 'estimates', 'forecast', 'forecasts', 'post', 'posts', 'tweet', 'tweets', 'quote', 'quotes', 'charge',
  'charges', 'alert', 'alerts', 'appeal', 'appeals', 'pledge', 'pledges', 'protest', 'protests', 'remark', 'remarks', 'detail',
  'details', 'outline', 'outlines', 'signal', 'signals', 'highlight', 'highlights', 'stress', 'stresses', 'find', 'finds',
  'alleged', 'estimated', 'detailed', 'noted', 'stated', 'reported', 'published', 'blast', 'slam', 'vow', 'vows',
  'call for', 'guarantee', 'guarantees', 'brief', 'briefs', 'counter', 'welcome', 'praise', 'blame'] as const;

export const english = defineMorphology({
  lang: 'en',
  verbs: reportingVerbs,
  mentalLemmas: mentalVerbs,
  conjugate,
  auxiliaries: ENGLISH_AUXILIARIES,
  homographs,
});
