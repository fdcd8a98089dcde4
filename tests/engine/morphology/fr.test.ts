import { describe, expect, test } from 'vitest';
import { morphology } from '../../../utils/engine/morphology';
import { mentalVerbs } from '../../../utils/engine/morphology/fr';
import type { VerbForm } from '../../../utils/engine/morphology';

const { verbs, forms, auxiliaries } = morphology('fr');
const byForm = new Map<string, VerbForm[]>();
for (const form of forms()) byForm.set(form.form, [...(byForm.get(form.form) ?? []), form]);
const formsOf = (lemma: string) => new Set(forms().filter((form) => form.lemma === lemma).map((form) => form.form));

describe('tenses of regular and irregular verbs', () => {
  test.each([
    // [lemma, forms that must be present]
    ['déclarer', ['déclare', 'déclarent', 'déclarait', 'déclaraient', 'déclara', 'déclarèrent', 'déclarera', 'déclareront',
      'déclarerait', 'déclareraient', 'a déclaré', 'ont déclaré', 'avait déclaré', 'avaient déclaré', 'aurait déclaré', 'aura déclaré']],
    ['annoncer', ['annonce', 'annonçait', 'annonçaient', 'annonça', 'annoncèrent', 'annoncera', 'a annoncé']],
    ['exiger', ['exige', 'exigeait', 'exigea', 'exigèrent', 'exigera', 'ont exigé']],
    ['appeler', ['appelle', 'appellent', 'appelait', 'appela', 'appellera', 'appellerait', 'a appelé']],
    ['rappeler', ['rappelle', 'rappellent', 'rappelait', 'rappellera', 'a rappelé', 'rappelle-t-il']],
    ['rejeter', ['rejette', 'rejettent', 'rejetait', 'rejettera', 'a rejeté']],
    ['marteler', ['martèle', 'martèlent', 'martelait', 'martela', 'martèlera', 'a martelé', 'martèle-t-il']],
    ['considérer', ['considère', 'considèrent', 'considérait', 'considéra', 'considérera', 'considèrera', 'a considéré']],
    ['suggérer', ['suggère', 'suggèrent', 'suggérait', 'suggéra', 'a suggéré']],
    ['relever', ['relève', 'relèvent', 'relevait', 'relèvera', 'relève-t-il', 'a relevé']],
    ['appuyer', ['appuie', 'appuient', 'appuyait', 'appuiera', 'a appuyé']],
    ['nier', ['nie', 'nient', 'niait', 'nia', 'nièrent', 'niera', 'a nié']],
    ['avertir', ['avertit', 'avertissent', 'avertissait', 'avertirent', 'avertira', 'a averti', 'avertisse']],
    ['réagir', ['réagit', 'réagissent', 'réagissait', 'réagira', 'a réagi', 'réagit-il']],
    ['dire', ['dit', 'disent', 'disait', 'disaient', 'dirent', 'dira', 'dirait', 'dise', 'a dit', 'ont dit', 'avait dit', 'aurait dit']],
    ['contredire', ['contredit', 'contredisent', 'contredisait', 'a contredit']],
    ['écrire', ['écrit', 'écrivent', 'écrivait', 'écrivit', 'écrivirent', 'écrira', 'écrive', 'a écrit', 'écrit-il']],
    ['décrire', ['décrit', 'décrivent', 'décrivait', 'décrivit', 'a décrit']],
    ['reconnaître', ['reconnaît', 'reconnaissent', 'reconnaissait', 'reconnut', 'reconnurent', 'reconnaîtra', 'reconnaitra', 'reconnaisse', 'a reconnu', 'reconnaît-il', 'reconnait', 'reconnait-elle']],
    ['admettre', ['admet', 'admettent', 'admettait', 'admit', 'admirent', 'admettra', 'a admis', 'admet-il']],
    ['promettre', ['promet', 'promettent', 'promit', 'promettra', 'a promis', 'ont promis']],
    ['répondre', ['répond', 'répondent', 'répondait', 'répondit', 'répondirent', 'répondra', 'réponde', 'a répondu', 'répond-il']],
    ['prétendre', ['prétend', 'prétendent', 'prétendit', 'a prétendu']],
    ['soutenir', ['soutient', 'soutiennent', 'soutenait', 'soutint', 'soutinrent', 'soutiendra', 'soutienne', 'a soutenu']],
    ['maintenir', ['maintient', 'maintiennent', 'maintint', 'a maintenu', 'maintient-il']],
    ['prévenir', ['prévient', 'préviennent', 'prévint', 'préviendra', 'a prévenu', 'prévient-il']],
    ['convenir', ['convient', 'conviennent', 'convint', 'a convenu']],
    ['conclure', ['conclut', 'concluent', 'concluait', 'conclurent', 'conclura', 'conclue', 'a conclu', 'conclut-il']],
    ['exclure', ['exclut', 'excluent', 'a exclu']],
    ['poursuivre', ['poursuit', 'poursuivent', 'poursuivait', 'poursuivit', 'poursuivra', 'a poursuivi', 'poursuit-il']],
    ['reprendre', ['reprend', 'reprennent', 'reprenait', 'reprit', 'reprendra', 'a repris', 'reprend-il']],
    ['démentir', ['dément', 'démentent', 'démentait', 'démentit', 'démentira', 'a démenti', 'dément-il']],
    ['enjoindre', ['enjoint', 'enjoignent', 'enjoignait', 'a enjoint']],
    ['dépeindre', ['dépeint', 'dépeignent', 'a dépeint']],
    ['se plaindre', ['se plaint', 'se plaignent', 'se plaignait', "s'est plaint", "s'est plainte", 'se sont plaints', 'se plaint-il']],
    ['faire savoir', ['fait savoir', 'font savoir', 'fit savoir', 'a fait savoir', 'fait-il savoir', 'a-t-il fait savoir']],
    ['faire état', ['fait état', 'font état', 'a fait état', 'avait fait état', 'fait-il état']],
    ['mettre en garde', ['met en garde', 'mettent en garde', 'a mis en garde', 'met-il en garde', 'a-t-elle mis en garde']],
  ])('%s', (lemma, expected) => {
    const actual = formsOf(lemma);
    expect(expected.filter((form) => !actual.has(form))).toEqual([]);
  });
});

describe('inverted forms carry their pronoun', () => {
  test.each([
    ['a-t-il déclaré', 'déclarer', 'il', 'singular'],
    ['a-t-elle ajouté', 'ajouter', 'elle', 'singular'],
    ['ont-ils affirmé', 'affirmer', 'ils', 'plural'],
    ['ont-elles dénoncé', 'dénoncer', 'elles', 'plural'],
    ['affirme-t-il', 'affirmer', 'il', 'singular'],
    ['déclare-t-elle', 'déclarer', 'elle', 'singular'],
    ['dit-il', 'dire', 'il', 'singular'],
    ['explique-t-elle', 'expliquer', 'elle', 'singular'],
    ['avait-il précisé', 'préciser', 'il', 'singular'],
    ['estime-t-il', 'estimer', 'il', 'singular'],
    ['ajouta-t-il', 'ajouter', 'il', 'singular'],
    ['affirment-ils', 'affirmer', 'ils', 'plural'],
    ['poursuit-elle', 'poursuivre', 'elle', 'singular'],
    ['lance-t-il', 'lancer', 'il', 'singular'],
    ['glisse-t-elle', 'glisser', 'elle', 'singular'],
    ['aurait-il déclaré', 'déclarer', 'il', 'singular'],
    ["s'indigne-t-il", "s'indigner", 'il', 'singular'],
    ["s'insurge-t-elle", "s'insurger", 'elle', 'singular'],
    ["s'est-elle félicitée", 'se féliciter', 'elle', 'singular'],
    ['se sont-ils inquiétés', "s'inquiéter", 'ils', 'plural'],
  ])('%s', (form, lemma, pronoun, number) => {
    expect(byForm.get(form)).toContainEqual(expect.objectContaining({ lemma, pronoun, number }));
  });

  test('"on" is not a source pronoun', () => {
    expect(forms().filter((form) => form.pronoun === 'on' || form.form.endsWith('-on'))).toEqual([]);
  });

  test('only inverted forms have a pronoun, and every one of them ends in it', () => {
    const wrong = forms().filter((form) => (form.pronoun !== undefined) !== /-(?:il|elle|ils|elles)(?: |$)/.test(form.form));
    expect(wrong).toEqual([]);
  });
});

describe('pronominal verbs', () => {
  test.each([
    ["s'inquiéter", ["s'inquiète", "s'inquiètent", "s'inquiétait", "s'est inquiété", "s'est inquiétée", 'se sont inquiétés',
      'se sont inquiétées', "s'était inquiété", "s'inquiète-t-il", "s'est-il inquiété"]],
    ['se féliciter', ['se félicite', 'se félicitent', "s'est félicité", 'se sont félicités', 'se félicite-t-il', 'se serait félicité']],
    ["s'indigner", ["s'indigne", "s'est indignée", "s'indignent"]],
    ['se réjouir', ['se réjouit', 'se réjouissent', "s'est réjoui", "s'est réjouie"]],
  ])('%s', (lemma, expected) => {
    const actual = formsOf(lemma);
    expect(expected.filter((form) => !actual.has(form))).toEqual([]);
  });

  test("elision is written with the ASCII apostrophe only (callers fold ’ to ')", () => {
    expect(forms().filter((form) => /[’ʼ]/.test(form.form))).toEqual([]);
    expect(auxiliaries?.filter((form) => /[’ʼ]/.test(form.form))).toEqual([]);
  });

  test('pronominal verbs have no bare participle: "a exprimé" is not s\'exprimer', () => {
    expect(forms().filter((form) => form.isParticiple && /^(?:se |s')/.test(form.lemma))).toEqual([]);
  });

  test('a pronominal verb has no avoir compound', () => {
    expect([...formsOf("s'inquiéter")].filter((form) => /^(?:a|ont|avait) /.test(form))).toEqual([]);
  });
});

describe('participles', () => {
  test.each([
    ['déclaré', 'any'], ['déclarée', 'singular'], ['déclarés', 'plural'], ['déclarées', 'plural'], ['admis', 'any'], ['admises', 'plural'],
    ['dit', 'any'], ['ajouté', 'any'],
  ])('%s is a bare participle', (form, number) => {
    expect(byForm.get(form)).toContainEqual(expect.objectContaining({ isParticiple: true, number }));
  });

  test('"a-t-il encore ajouté": the auxiliary alone is listed, with its pronoun', () => {
    expect(auxiliaries).toContainEqual(expect.objectContaining({ form: 'a-t-il', lemma: 'avoir', pronoun: 'il' }));
    // être + participle is a passive here ("la guerre est déclarée"), never a report.
    expect(auxiliaries?.filter((form) => form.lemma !== 'avoir')).toEqual([]);
    expect(auxiliaries).toContainEqual(expect.objectContaining({ form: 'avaient', lemma: 'avoir', number: 'plural' }));
  });

  test('participles are only flagged on bare participles (plus the complement of "faire savoir")', () => {
    const hasComplement = (lemma: string) => lemma.replace(/^(?:se |s')/, '').includes(' ');
    expect(forms().filter((form) => form.isParticiple && form.form.includes(' ') && !hasComplement(form.lemma))).toEqual([]);
    expect(forms().filter((form) => form.isParticiple && /^(?:a|ont|avait|s'est|se sont) /.test(form.form))).toEqual([]);
  });
});

describe('not produced', () => {
  test.each(['pense', 'croit', 'espère', 'a pensé', 'croit-il', 'espère-t-elle', 'mange', 'a mangé', 'déclarons', 'déclarez',
    'déclaré-t-il', 'dit-t-il', 'a-il déclaré', 'annoncait', 'exigait', 'appele', 'préfere', 'reconnaitre', 'ajoute-t-on',
    'presse'])(
    '%s',
    (form) => {
      expect(byForm.get(form)).toBeUndefined();
    },
  );

  test.each(['penser', 'croire', 'espérer', 'craindre', 'souhaiter', 'savoir'])('%s is a mental verb, not a reporting verb', (lemma) => {
    expect(mentalVerbs).toContain(lemma);
    expect(verbs.some((verb) => verb.lemma === lemma)).toBe(false);
  });
});

describe('lexicon', () => {
  test.each([
    ['dire', 'say', true], ['déclarer', 'say', true], ['indiquer', 'say', true], ['confier', 'tell', true],
    ['nier', 'deny', undefined], ['accuser', 'accuse', undefined], ['écrire', 'write', true], ['reconnaître', 'admit', true],
  ] as const)('%s: %s, addressee %s', (lemma, act, takesAddressee) => {
    expect(verbs.find((verb) => verb.lemma === lemma)).toEqual({ lemma, act, ...(takesAddressee ? { takesAddressee } : {}) });
  });
});
