import { describe, expect, test } from 'vitest';
import { triples } from '../helpers';

describe('dateline and credit', () => {
  test.each([
    ['PARIS (AFP) - Les négociations se sont enlisées.', 'fr', 'AFP', 'PARIS (AFP) -'],
    ['WASHINGTON (Reuters) - Faulty welds caused the collapse.', 'en', 'Reuters', 'WASHINGTON (Reuters) -'],
    ['Bozen/München (dpa) - Bergretter haben 80 Menschen geholt.', 'de', 'dpa', 'Bozen/München (dpa) -'],
    ['Valencia, 14 may (EFE).- Agentes han recuperado un óleo.', 'es', 'EFE', 'Valencia, 14 may (EFE).-'],
  ])('dateline: %s', (text, lang, name, cue) => {
    expect(triples(text, lang)[0]).toMatchObject({ name, cue, claim: null, rule: 'dateline' });
  });
  test.each([
    ['Les secours sont arrivés.\n\nAvec AFP', 'fr', ['AFP']],
    ['Die Gespräche gehen weiter.\n\n(Mit Material von dpa)', 'de', ['dpa']],
    ['Talks resumed on Monday.\n\nPA Media contributed to this report.', 'en', ['PA Media']],
    ['Talks resumed on Monday.\n\n— with AFP', 'en', ['AFP']],
    ['Las negociaciones continúan.\n\nCon información de AFP y Reuters', 'es', ['AFP', 'Reuters']],
  ])('trailer: %s', (text, lang, names) => {
    expect(triples(text, lang).filter((a) => a.rule === 'credit').map((a) => a.name)).toEqual(names);
  });
  describe('negatives', () => {
    test.each([
      ['LONDON - Pennard Foods has agreed to buy AFP, the maker of food trays.', 'en'],
      ["Il a déjeuné avec l'ambassadeur.", 'fr'],
      ['AFP, which was founded in 1968, employs 1,900 people.', 'en'],
    ])('%s', (text, lang) => expect(triples(text, lang).filter((a) => a.rule === 'credit' || a.rule === 'dateline')).toEqual([]));
  });
});
