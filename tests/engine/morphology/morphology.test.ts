import { describe, expect, test } from 'vitest';
import { morphology } from '../../../utils/engine/morphology';
import { homographs as de } from '../../../utils/engine/morphology/de';
import { homographs as en } from '../../../utils/engine/morphology/en';
import { homographs as es } from '../../../utils/engine/morphology/es';
import { homographs as fr } from '../../../utils/engine/morphology/fr';
import { LANGS } from '../../../utils/engine/types';
import type { Lang } from '../../../utils/engine/types';

const HOMOGRAPHS: Record<Lang, readonly string[]> = { en, fr, de, es };

// Invariants every language must keep; language files have their own tables of expected forms.
describe.each(LANGS)('%s', (lang) => {
  const { verbs, forms, mentalVerbs, auxiliaries } = morphology(lang);
  const lemmas = new Set(verbs.map((verb) => verb.lemma));

  test('lists at least 100 reporting verbs, each once', () => {
    expect(verbs.length).toBeGreaterThanOrEqual(100);
    expect(lemmas.size).toBe(verbs.length);
  });

  test('forms() is computed once and returns the same array', () => {
    expect(forms()).toBe(forms());
    expect(mentalVerbs?.forms()).toBe(mentalVerbs?.forms());
  });

  test('every lemma has forms and every form belongs to a listed lemma', () => {
    const formLemmas = new Set(forms().map((form) => form.lemma));
    expect([...lemmas].filter((lemma) => !formLemmas.has(lemma))).toEqual([]);
    expect([...formLemmas].filter((lemma) => !lemmas.has(lemma))).toEqual([]);
  });

  test('forms are lower case, trimmed, non-empty, single-spaced', () => {
    const bad = forms().filter(({ form }) => form !== form.toLowerCase() || form.trim() !== form || form === '' || /\s{2}/.test(form));
    expect(bad).toEqual([]);
  });

  test('no reading is listed twice', () => {
    const keys = forms().map((form) => [form.form, form.lemma, form.pronoun, form.separablePrefix, form.isParticiple].join('|'));
    expect(keys.length).toBe(new Set(keys).size);
  });

  test('stays a lookup-sized table', () => {
    expect(forms().length).toBeGreaterThan(1000);
    expect(forms().length).toBeLessThan(12_000);
  });

  test('mental verbs are not reporting verbs and share no form with them', () => {
    expect(mentalVerbs).toBeDefined();
    const mental = mentalVerbs!;
    expect(mental.lemmas.filter((lemma) => lemmas.has(lemma))).toEqual([]);
    // Bare participles may coincide ("demandé" of "se demander" and of "demander"): they only count
    // with their auxiliary, and the full forms ("s'est demandé", "a demandé") stay distinct.
    const reportingForms = new Set(forms().filter((form) => !form.isParticiple).map((form) => form.form));
    const shared = mental.forms().filter((form) => !form.isParticiple && reportingForms.has(form.form));
    expect(shared.map((form) => form.form)).toEqual([]);
    const mentalFormLemmas = new Set(mental.forms().map((form) => form.lemma));
    expect(mental.lemmas.filter((lemma) => !mentalFormLemmas.has(lemma))).toEqual([]);
  });

  test('auxiliaries are listed for participle-only forms', () => {
    expect(forms().some((form) => form.isParticiple)).toBe(true);
    expect(auxiliaries?.length).toBeGreaterThan(0);
  });

  test('every listed homograph is a form, and exactly those forms are flagged', () => {
    const listed = new Set(HOMOGRAPHS[lang]);
    const formStrings = new Set(forms().map((form) => form.form));
    expect([...listed].filter((form) => !formStrings.has(form))).toEqual([]);
    expect(forms().filter((form) => Boolean(form.isHomograph) !== listed.has(form.form))).toEqual([]);
  });

  test('addressee flags only on listed verbs, and on some', () => {
    expect(verbs.filter((verb) => verb.takesAddressee).length).toBeGreaterThan(10);
  });
});


test('an unknown language is a caller mistake', () => {
  expect(() => morphology('xx' as Lang)).toThrow(RangeError);
});
