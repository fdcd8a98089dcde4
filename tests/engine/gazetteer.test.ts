import { describe, expect, test } from 'vitest';
import { agencies, caseSensitiveAgencyAliases } from '../../utils/engine/gazetteer/agencies';
import { media, caseSensitiveMediaAliases } from '../../utils/engine/gazetteer/media';
import type { GazetteerEntry } from '../../utils/engine/gazetteer/types';

const entries: GazetteerEntry[] = [...agencies, ...media];

/** The key two aliases collide on: case, accents and apostrophe style do not distinguish sources. */
const aliasKey = (alias: string) =>
  alias.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ]/g, "'").toLowerCase();

// The canonical names the evaluation set uses (shared/eval/dev): a rename here breaks entity scoring.
const evalNames = ['AFP', 'Reuters', 'AP', 'dpa', 'EFE', 'Interfax', 'TASS', 'BBC', 'ANSA', 'Kyodo', 'Xinhua', 'Le Monde', 'ARD', 'PA Media'];

describe('gazetteer', () => {
  test('holds at least 150 sources', () => {
    expect(entries.length).toBeGreaterThanOrEqual(150);
  });

  test('agencies.ts holds only agencies, media.ts only media', () => {
    expect(agencies.filter((e) => e.type !== 'agency').map((e) => e.name)).toEqual([]);
    expect(media.filter((e) => e.type !== 'media').map((e) => e.name)).toEqual([]);
  });

  test('no two entries share a canonical name', () => {
    const seen = new Map<string, number>();
    for (const e of entries) seen.set(aliasKey(e.name), (seen.get(aliasKey(e.name)) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([name]) => name)).toEqual([]);
  });

  test('no alias names two entries (case, accents and apostrophes ignored)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const alias of new Set(e.aliases.map(aliasKey))) {
        const other = owner.get(alias);
        if (other !== undefined && other !== e.name) clashes.push(`${alias}: ${other} / ${e.name}`);
        else owner.set(alias, e.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  test.each(evalNames)('has the evaluation name %s', (name) => {
    expect(entries.some((e) => e.name === name)).toBe(true);
  });

  // One test per rule, listing every offender, rather than one test per entry: a failure names them all.
  test('every entry has a valid type and an ISO 3166-1 alpha-2 country (or INT)', () => {
    // Intl knows the assigned codes (an unknown one comes back unchanged) but also accepts the
    // reserved ones that are easy to write by mistake: "UK" for GB, "EL" for GR, "EU".
    const regionName = new Intl.DisplayNames(['en'], { type: 'region' });
    const reserved = ['UK', 'EL', 'EU', 'EZ', 'UN', 'ZZ'];
    const isCountry = (c: string) => c === 'INT' || (/^[A-Z]{2}$/.test(c) && !reserved.includes(c) && regionName.of(c) !== c);
    const bad = entries.filter((e) => !['agency', 'media'].includes(e.type) || !isCountry(e.country));
    expect(bad.map((e) => `${e.name} (${e.type}, ${e.country})`)).toEqual([]);
  });

  test('every name and alias is non-empty, trimmed, single-spaced and uses the straight apostrophe', () => {
    const isClean = (s: string) => s.length > 0 && s.trim() === s && !/\s{2}|[’ʼ]/.test(s);
    const bad = entries.flatMap((e) => [e.name, ...e.aliases].filter((s) => !isClean(s)).map((s) => `${e.name}: ${JSON.stringify(s)}`));
    expect(bad).toEqual([]);
  });

  test('every entry has at least one alias and no alias twice', () => {
    const bad = entries.filter((e) => e.aliases.length === 0 || new Set(e.aliases).size !== e.aliases.length);
    expect(bad.map((e) => e.name)).toEqual([]);
  });

  test.each([
    ['agencies', caseSensitiveAgencyAliases, agencies],
    ['media', caseSensitiveMediaAliases, media],
  ] as const)('every case-sensitive %s alias is an alias of its list', (_label, set, list) => {
    const all = new Set(list.flatMap((e) => e.aliases));
    expect([...set].filter((alias) => !all.has(alias))).toEqual([]);
  });

  // //no common words: these must never become aliases or names (names are matched too; see the header comments).
  test.each(['Times', 'Post', 'Mail', 'Sun', 'Monde', 'Presse', 'Zeit', 'Welt', 'Bild', 'Standard', 'Point', 'Time', 'Fox', 'Mehr', 'Dow Jones', 'ap', 'Guardian', 'Das Erste', 'AGI', 'SPA', 'TAP', 'CCTV', 'Dawn', 'Forbes', 'Tel Quel', 'Stern', 'Focus', 'Nikkei', 'MENA', 'ENA', 'INA', 'DR', 'BR', 'TT', 'Petra', 'Saba', 'Scotsman', 'National News Agency', "Aujourd'hui en France"])(
    'excludes the common word %s',
    (word) => {
      expect(entries.filter((e) => e.name === word || e.aliases.includes(word)).map((e) => e.name)).toEqual([]);
    },
  );
});
