import { describe, expect, test } from 'vitest';
import { morphology } from '../../../utils/engine/morphology';
import { mentalVerbs } from '../../../utils/engine/morphology/de';
import type { VerbForm } from '../../../utils/engine/morphology';

const { verbs, forms, auxiliaries } = morphology('de');
const byForm = new Map<string, VerbForm[]>();
for (const form of forms()) byForm.set(form.form, [...(byForm.get(form.form) ?? []), form]);
const formsOf = (lemma: string) => new Set(forms().filter((form) => form.lemma === lemma).map((form) => form.form));

describe('tenses and moods', () => {
  test.each([
    ['sagen', ['sagt', 'sagen', 'sagte', 'sagten', 'sage', 'gesagt', 'hat gesagt', 'haben gesagt', 'hatte gesagt', 'habe gesagt',
      'hätte gesagt', 'gesagt hat', 'gesagt habe', 'gesagt hatte', 'wird sagen', 'würde sagen']],
    ['schreiben', ['schreibt', 'schreiben', 'schrieb', 'schrieben', 'schreibe', 'schriebe', 'geschrieben', 'hat geschrieben']],
    ['betonen', ['betont', 'betonte', 'betonten', 'betone', 'hat betont', 'betont habe']],
    ['behaupten', ['behauptet', 'behauptete', 'behaupteten', 'behaupte', 'hat behauptet']],
    ['melden', ['meldet', 'meldete', 'gemeldet']],
    ['bezeichnen', ['bezeichnet', 'bezeichnete', 'bezeichnet']],
    ['warnen', ['warnt', 'warnte', 'gewarnt']],
    ['äußern', ['äußert', 'äußern', 'äußerte', 'äußere', 'geäußert']],
    ['kritisieren', ['kritisiert', 'kritisierte', 'hat kritisiert']],
    ['wiederholen', ['wiederholt', 'wiederholte', 'hat wiederholt']],
    ['bestreiten', ['bestreitet', 'bestritt', 'bestritten', 'bestreite', 'hat bestritten']],
    ['versprechen', ['verspricht', 'versprach', 'versprachen', 'verspräche', 'hat versprochen']],
    ['empfehlen', ['empfiehlt', 'empfahl', 'empfohlen']],
    ['gestehen', ['gesteht', 'gestand', 'gestanden', 'hat gestanden']],
    ['nennen', ['nennt', 'nannte', 'genannt']],
    ['verraten', ['verrät', 'verriet', 'verraten']],
  ])('%s', (lemma, expected) => {
    const actual = formsOf(lemma);
    expect(expected.filter((form) => !actual.has(form))).toEqual([]);
  });
});

describe('separable verbs', () => {
  test.each([
    ['mitteilen', 'mit', ['teilt', 'teilen', 'teilte', 'teilten', 'teile']],
    ['einräumen', 'ein', ['räumt', 'räumte', 'räumten']],
    ['ankündigen', 'an', ['kündigt', 'kündigte']],
    ['hinzufügen', 'hinzu', ['fügt', 'fügte']],
    ['zugeben', 'zu', ['gibt', 'gab', 'gaben', 'gäbe']],
    ['vorwerfen', 'vor', ['wirft', 'warf', 'warfen']],
    ['zurückweisen', 'zurück', ['weist', 'wies']],
    ['eingestehen', 'ein', ['gesteht', 'gestand']],
  ])('%s: split stems wait for "%s"', (lemma, prefix, stems) => {
    expect(verbs.find((verb) => verb.lemma === lemma)?.separablePrefix).toBe(prefix);
    for (const stem of stems) {
      expect(byForm.get(stem)).toContainEqual(expect.objectContaining({ lemma, separablePrefix: prefix }));
    }
  });

  test.each([
    ['mitteilen', ['mitteilt', 'mitteilte', 'mitteilten', 'mitgeteilt', 'hat mitgeteilt', 'mitgeteilt hat', 'teilte mit', 'teilt mit', 'wird mitteilen']],
    ['einräumen', ['einräumt', 'einräumte', 'eingeräumt', 'räumte ein']],
    ['ankündigen', ['ankündigt', 'ankündigte', 'angekündigt', 'kündigte an']],
    ['hinzufügen', ['hinzufügte', 'hinzugefügt', 'fügte hinzu']],
    ['zugeben', ['zugibt', 'zugab', 'zugegeben', 'gab zu']],
    ['vorwerfen', ['vorwirft', 'vorwarf', 'vorgeworfen', 'warf vor']],
    ['eingestehen', ['eingestand', 'eingestanden']],
    ['bekanntgeben', ['bekanntgab', 'bekanntgegeben', 'gab bekannt']],
  ])('%s: joined and adjacent forms need no prefix', (lemma, expected) => {
    for (const form of expected) {
      const readings = byForm.get(form)?.filter((reading) => reading.lemma === lemma) ?? [];
      expect(readings.length, form).toBeGreaterThan(0);
      expect(readings.every((reading) => reading.separablePrefix === undefined), form).toBe(true);
    }
  });

  test('only separable verbs have split stems', () => {
    const separable = new Set(verbs.filter((verb) => verb.separablePrefix).map((verb) => verb.lemma));
    expect(forms().filter((form) => form.separablePrefix && !separable.has(form.lemma))).toEqual([]);
    expect(forms().filter((form) => form.separablePrefix && form.form.includes(' '))).toEqual([]);
  });
});

describe('participles and auxiliaries', () => {
  test.each([['gesagt', 'sagen'], ['mitgeteilt', 'mitteilen'], ['eingeräumt', 'einräumen'], ['betont', 'betonen'], ['vorgeworfen', 'vorwerfen']])(
    '%s is a bare participle of %s',
    (form, lemma) => {
      expect(byForm.get(form)).toContainEqual(expect.objectContaining({ lemma, isParticiple: true, number: 'any' }));
    },
  );

  test('haben is the auxiliary; werden is not, as "wird mitgeteilt" is a passive', () => {
    const auxiliaryForms = auxiliaries?.map((form) => form.form);
    expect(auxiliaryForms).toEqual(expect.arrayContaining(['hat', 'haben', 'hatte', 'hatten', 'habe', 'hätte']));
    expect(auxiliaryForms).not.toContain('wird');
    expect(auxiliaryForms).not.toContain('wurde');
  });

  test('no German form carries a pronoun', () => {
    expect(forms().filter((form) => form.pronoun !== undefined)).toEqual([]);
  });
});

describe('not produced', () => {
  test.each(['glaubt', 'hofft', 'dachte', 'gedacht', 'isst', 'gesagen', 'sagtet', 'geschreibt', 'schreibte', 'gebetont',
    'gekritisiert', 'bezeichnt', 'gewiederholt', 'mitteilt mit', 'teilt… mit', 'gegibt',
    // nouns once lower-cased, which the joined Konjunktiv of separable verbs would spell
    'vorwürfe', 'hinweise', 'aussage', 'anklage', 'nachfrage', 'einwürfe'])('%s', (form) => {
    expect(byForm.get(form)).toBeUndefined();
  });

  test.each(['glauben', 'hoffen', 'denken', 'vermuten', 'befürchten'])('%s is a mental verb, not a reporting verb', (lemma) => {
    expect(mentalVerbs).toContain(lemma);
    expect(verbs.some((verb) => verb.lemma === lemma)).toBe(false);
  });
});

describe('lexicon', () => {
  test.each([
    ['sagen', 'say', true], ['erklären', 'say', true], ['mitteilen', 'announce', true], ['bestreiten', 'deny', undefined],
    ['vorwerfen', 'accuse', true], ['warnen', 'warn', undefined],
  ] as const)('%s: %s, addressee %s', (lemma, act, takesAddressee) => {
    expect(verbs.find((verb) => verb.lemma === lemma)).toMatchObject({ lemma, act, ...(takesAddressee ? { takesAddressee } : {}) });
    if (!takesAddressee) expect(verbs.find((verb) => verb.lemma === lemma)?.takesAddressee).toBeUndefined();
  });
});
