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

  describe.each(entries.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
    test('has a valid type and country', () => {
      expect(['agency', 'media']).toContain(entry.type);
      expect(entry.country).toMatch(/^(?:[A-Z]{2}|INT)$/);
    });

    test('aliases are non-empty, trimmed, unique and use the straight apostrophe', () => {
      expect(entry.name.trim()).toBe(entry.name);
      expect(entry.aliases.length).toBeGreaterThan(0);
      for (const alias of entry.aliases) {
        expect(alias.length).toBeGreaterThan(0);
        expect(alias.trim()).toBe(alias);
        expect(alias).not.toMatch(/\s{2}|[’ʼ]/);
      }
      expect(new Set(entry.aliases).size).toBe(entry.aliases.length);
    });
  });

  test.each([
    ['agencies', caseSensitiveAgencyAliases, agencies],
    ['media', caseSensitiveMediaAliases, media],
  ] as const)('every case-sensitive %s alias is an alias of its list', (_label, set, list) => {
    const all = new Set(list.flatMap((e) => e.aliases));
    expect([...set].filter((alias) => !all.has(alias))).toEqual([]);
  });

  // //no common words: these bare words must never become aliases (see the header comments).
  test.each(['Times', 'Post', 'Mail', 'Sun', 'Monde', 'Presse', 'Zeit', 'Welt', 'Bild', 'Standard', 'Point', 'Time', 'Fox', 'Mehr', 'Dow Jones', 'ap', 'Guardian', 'Das Erste', 'AGI', 'SPA', 'TAP', 'CCTV', 'Dawn', 'Forbes', 'Tel Quel'])(
    'excludes the common word %s',
    (word) => {
      expect(entries.filter((e) => e.aliases.includes(word)).map((e) => e.name)).toEqual([]);
    },
  );
});
