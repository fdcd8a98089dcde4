import { describe, expect, test } from 'vitest';
import { morphology } from '../../../utils/engine/morphology';
import { mentalVerbs } from '../../../utils/engine/morphology/en';
import type { VerbForm } from '../../../utils/engine/morphology';

const { verbs, forms, auxiliaries } = morphology('en');
const byForm = new Map<string, VerbForm[]>();
for (const form of forms()) byForm.set(form.form, [...(byForm.get(form.form) ?? []), form]);
const formsOf = (lemma: string) => new Set(forms().filter((form) => form.lemma === lemma).map((form) => form.form));

describe('tenses', () => {
  test.each([
    ['say', ['says', 'say', 'said', 'has said', 'have said', 'had said', 'is saying', 'are saying', 'was saying', 'were saying',
      'will say', 'would say', 'has been saying']],
    ['tell', ['tells', 'told', 'has told', 'had told', 'is telling', 'will tell']],
    ['write', ['writes', 'wrote', 'has written', 'had written', 'is writing', 'written']],
    ['speak', ['speaks', 'spoke', 'has spoken', 'spoken']],
    ['swear', ['swears', 'swore', 'has sworn']],
    ['deny', ['denies', 'denied', 'has denied', 'is denying']],
    ['testify', ['testifies', 'testified', 'has testified']],
    ['admit', ['admits', 'admitted', 'is admitting']],
    ['tweet', ['tweets', 'tweeted', 'has tweeted', 'is tweeting']],
    ['quip', ['quips', 'quipped', 'is quipping']],
    ['rebut', ['rebuts', 'rebutted', 'is rebutting']],
    ['slam', ['slams', 'slammed', 'is slamming']],
    ['blog', ['blogs', 'blogged', 'is blogging']],
    ['forecast', ['forecasts', 'forecast', 'has forecast']],
    ['call for', ['calls for', 'called for', 'has called for', 'is calling for', 'will call for']],
    ['point out', ['points out', 'pointed out', 'has pointed out']],
    ['hit back', ['hits back', 'hit back', 'has hit back', 'is hitting back']],
    ['play down', ['plays down', 'played down', 'has played down']],
    ['find', ['finds', 'found', 'has found', 'have found']],
  ])('%s', (lemma, expected) => {
    const actual = formsOf(lemma);
    expect(expected.filter((form) => !actual.has(form))).toEqual([]);
  });
});

describe('number and tense', () => {
  test.each([
    ['says', 'say', 'singular', 'present'],
    ['say', 'say', 'plural', 'present'],
    ['said', 'say', 'any', 'past'],
    ['has said', 'say', 'singular', 'perfect'],
    ['have said', 'say', 'plural', 'perfect'],
    ['had said', 'say', 'any', 'pluperfect'],
    ['were warning', 'warn', 'plural', 'progressive'],
    ['would say', 'say', 'any', 'conditional'],
  ] as const)('%s', (form, lemma, number, tense) => {
    expect(byForm.get(form)).toContainEqual(expect.objectContaining({ lemma, number, tense }));
  });

  test('bare participles are flagged, with "has" among the auxiliaries', () => {
    expect(byForm.get('written')).toEqual([expect.objectContaining({ lemma: 'write', isParticiple: true })]);
    expect(byForm.get('said')).toContainEqual(expect.objectContaining({ isParticiple: true }));
    expect(auxiliaries).toContainEqual(expect.objectContaining({ form: 'has', number: 'singular' }));
  });

  test('no English form carries a pronoun', () => {
    expect(forms().filter((form) => form.pronoun !== undefined)).toEqual([]);
  });
});

describe('not produced', () => {
  test.each(['thinks', 'believed', 'hopes', 'has thought', 'eats', 'sayed', 'telled', 'writed', 'tweet s', 'quip s', 'saids',
    'is say', 'called', 'plain down', 'is slam'])('%s', (form) => {
    expect(byForm.get(form)).toBeUndefined();
  });

  test.each(['think', 'believe', 'hope', 'feel', 'expect'])('%s is a mental verb, not a reporting verb', (lemma) => {
    expect(mentalVerbs).toContain(lemma);
    expect(verbs.some((verb) => verb.lemma === lemma)).toBe(false);
  });
});

describe('lexicon', () => {
  test.each([
    ['say', 'say', true], ['tell', 'tell', true], ['deny', 'deny', undefined], ['warn', 'warn', undefined],
    ['accuse', 'accuse', undefined], ['call for', 'ask', undefined], ['write', 'write', true],
  ] as const)('%s: %s, addressee %s', (lemma, act, takesAddressee) => {
    expect(verbs.find((verb) => verb.lemma === lemma)).toEqual({ lemma, act, ...(takesAddressee ? { takesAddressee } : {}) });
  });
});
