import { describe, expect, test } from 'vitest';
import { morphology } from '../../../utils/engine/morphology';
import { mentalVerbs } from '../../../utils/engine/morphology/es';
import type { VerbForm } from '../../../utils/engine/morphology';

const { verbs, forms, auxiliaries } = morphology('es');
const byForm = new Map<string, VerbForm[]>();
for (const form of forms()) byForm.set(form.form, [...(byForm.get(form.form) ?? []), form]);
const formsOf = (lemma: string) => new Set(forms().filter((form) => form.lemma === lemma).map((form) => form.form));

describe('tenses', () => {
  test.each([
    ['afirmar', ['afirma', 'afirman', 'afirmó', 'afirmaron', 'afirmaba', 'afirmaban', 'afirmará', 'afirmarán', 'afirmaría',
      'afirmarían', 'ha afirmado', 'han afirmado', 'había afirmado', 'habían afirmado', 'habría afirmado']],
    ['decir', ['dice', 'dicen', 'dijo', 'dijeron', 'decía', 'dirá', 'diría', 'ha dicho', 'han dicho', 'había dicho', 'dicho']],
    ['explicar', ['explica', 'explicó', 'explicaron', 'ha explicado']],
    ['añadir', ['añade', 'añadió', 'añadieron', 'ha añadido']],
    ['asegurar', ['asegura', 'aseguró', 'ha asegurado']],
    ['reconocer', ['reconoce', 'reconocen', 'reconoció', 'reconocieron', 'ha reconocido']],
    ['advertir', ['advierte', 'advierten', 'advirtió', 'advirtieron', 'advertía', 'advertirá', 'ha advertido']],
    ['pedir', ['pide', 'piden', 'pidió', 'pidieron', 'pedía', 'ha pedido']],
    ['sugerir', ['sugiere', 'sugirió', 'sugirieron']],
    ['desmentir', ['desmiente', 'desmintió', 'ha desmentido']],
    ['negar', ['niega', 'niegan', 'negó', 'negaron', 'ha negado']],
    ['contar', ['cuenta', 'cuentan', 'contó', 'ha contado']],
    ['recordar', ['recuerda', 'recordó', 'ha recordado']],
    ['sostener', ['sostiene', 'sostienen', 'sostuvo', 'sostuvieron', 'sostenía', 'sostendrá', 'sostendría', 'ha sostenido']],
    ['mantener', ['mantiene', 'mantuvo', 'ha mantenido']],
    ['proponer', ['propone', 'propuso', 'propusieron', 'propondrá', 'ha propuesto']],
    ['exponer', ['expone', 'expuso', 'ha expuesto']],
    ['predecir', ['predice', 'predijo', 'ha predicho']],
    ['contradecir', ['contradice', 'contradijo', 'ha contradicho']],
    ['prever', ['prevé', 'prevén', 'previó', 'ha previsto']],
    ['concluir', ['concluye', 'concluyen', 'concluyó', 'concluyeron', 'concluía', 'ha concluido']],
    ['escribir', ['escribe', 'escribió', 'ha escrito', 'escrito']],
    ['describir', ['describe', 'describió', 'ha descrito']],
    ['ampliar', ['amplía', 'amplían', 'amplió']],
    ['continuar', ['continúa', 'continuó']],
    ['proseguir', ['prosigue', 'prosiguió']],
    ['dar a conocer', ['da a conocer', 'dio a conocer', 'dieron a conocer', 'ha dado a conocer']],
    ['hacer hincapié', ['hace hincapié', 'hizo hincapié', 'ha hecho hincapié']],
    ['quejarse', ['se queja', 'se quejan', 'se quejó', 'se quejaron', 'se ha quejado', 'se había quejado']],
    ['referirse', ['se refiere', 'se refirió', 'se ha referido']],
  ])('%s', (lemma, expected) => {
    const actual = formsOf(lemma);
    expect(expected.filter((form) => !actual.has(form))).toEqual([]);
  });
});

describe('number and participles', () => {
  test.each([
    ['dijo', 'decir', 'singular', 'past'],
    ['dijeron', 'decir', 'plural', 'past'],
    ['ha dicho', 'decir', 'singular', 'perfect'],
    ['han afirmado', 'afirmar', 'plural', 'perfect'],
    ['habría dicho', 'decir', 'singular', 'conditional-perfect'],
  ] as const)('%s', (form, lemma, number, tense) => {
    expect(byForm.get(form)).toContainEqual(expect.objectContaining({ lemma, number, tense }));
  });

  test.each([['dicho', 'any'], ['anunciada', 'singular'], ['anunciados', 'plural'], ['escrito', 'any']])('%s is a bare participle', (form, number) => {
    expect(byForm.get(form)).toContainEqual(expect.objectContaining({ isParticiple: true, number }));
  });

  test('haber is listed as auxiliary', () => {
    expect(auxiliaries?.map((form) => form.form)).toEqual(expect.arrayContaining(['ha', 'han', 'había', 'habían', 'habría']));
  });
});

describe('not produced', () => {
  test.each(['cree', 'creyó', 'piensa', 'espera', 'come', 'decó', 'dició', 'advertió', 'pedió', 'negue', 'sostenió',
    'proponió', 'ha decido', 'ha escribido', 'concluió', 'ampliá', 'se afirma'])('%s', (form) => {
    expect(byForm.get(form)).toBeUndefined();
  });

  test.each(['creer', 'pensar', 'esperar', 'suponer', 'temer'])('%s is a mental verb, not a reporting verb', (lemma) => {
    expect(mentalVerbs).toContain(lemma);
    expect(verbs.some((verb) => verb.lemma === lemma)).toBe(false);
  });
});

describe('lexicon', () => {
  test.each([
    ['decir', 'say', true], ['declarar', 'say', true], ['explicar', 'explain', true], ['negar', 'deny', undefined],
    ['acusar', 'accuse', undefined], ['advertir', 'warn', true],
  ] as const)('%s: %s, addressee %s', (lemma, act, takesAddressee) => {
    expect(verbs.find((verb) => verb.lemma === lemma)).toEqual({ lemma, act, ...(takesAddressee ? { takesAddressee } : {}) });
  });
});
