import { describe, expect, test } from 'vitest';
import { defineMorphology, parseLemma, uniqueForms, verbsByAct } from '../../../utils/engine/morphology/define-morphology';
import type { VerbForm } from '../../../utils/engine/morphology';

describe('verbsByAct', () => {
  test('groups lemmas by act, flags addressees and splits separable prefixes', () => {
    expect(verbsByAct({ say: ['sagen', 'mit|teilen'], deny: ['bestreiten'] }, ['sagen', 'mit|teilen'])).toEqual([
      { lemma: 'sagen', act: 'say', takesAddressee: true },
      { lemma: 'mitteilen', act: 'say', takesAddressee: true, separablePrefix: 'mit' },
      { lemma: 'bestreiten', act: 'deny' },
    ]);
  });

  test('a lemma listed twice is a data error', () => {
    expect(() => verbsByAct({ say: ['dire'], other: ['dire'] }, [])).toThrow(/dire/);
  });

  test('an addressee verb missing from the lists is a data error', () => {
    expect(() => verbsByAct({ say: ['dire'] }, ['confier'])).toThrow(/confier/);
  });
});

test.each([
  ['sagen', { lemma: 'sagen' }],
  ['mit|teilen', { lemma: 'mitteilen', separablePrefix: 'mit' }],
  ['bekannt|geben', { lemma: 'bekanntgeben', separablePrefix: 'bekannt' }],
])('parseLemma(%s)', (spec, expected) => {
  expect(parseLemma(spec)).toEqual(expected);
});

describe('uniqueForms', () => {
  const form = (text: string, extra: Partial<VerbForm> = {}): VerbForm => ({ form: text, lemma: 'dire', number: 'singular', ...extra });

  test('keeps the first of two identical readings', () => {
    expect(uniqueForms([form('dit', { tense: 'present' }), form('dit', { tense: 'past' })])).toEqual([form('dit', { tense: 'present' })]);
  });

  test('keeps readings that differ by lemma, pronoun, prefix or participle', () => {
    const readings = [form('dit'), form('dit', { lemma: 'redire' }), form('dit', { isParticiple: true }), form('gab', { separablePrefix: 'zu' }), form('gab')];
    expect(uniqueForms(readings)).toHaveLength(readings.length);
  });
});

describe('defineMorphology', () => {
  let calls = 0;
  const morphology = defineMorphology({
    lang: 'fr',
    verbs: [{ lemma: 'dire', act: 'say' }],
    mentalLemmas: ['croire'],
    conjugate: ({ lemma }) => {
      calls += 1;
      return [{ form: lemma === 'dire' ? 'dit' : 'croit', lemma, number: 'singular' }];
    },
    homographs: ['dit'],
  });

  test('conjugates lazily, once, and flags homographs', () => {
    expect(calls).toBe(0);
    const forms = morphology.forms();
    expect(forms).toEqual([{ form: 'dit', lemma: 'dire', number: 'singular', isHomograph: true }]);
    expect(morphology.forms()).toBe(forms);
    expect(calls).toBe(1);
    expect(Object.isFrozen(forms)).toBe(true);
  });

  test('mental verbs have their own lazy forms', () => {
    expect(morphology.mentalVerbs?.lemmas).toEqual(['croire']);
    expect(morphology.mentalVerbs?.forms()).toEqual([{ form: 'croit', lemma: 'croire', number: 'singular' }]);
  });
});
