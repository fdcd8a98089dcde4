/** Every UI string comes from public/_locales: both languages have the same keys, and code uses only keys that exist. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { translatorFrom, type MessageFile } from '../../components/i18n';
import { SOURCE_TYPES } from '../../utils/engine/types';

const root = join(__dirname, '..', '..');
const load = (lang: string) => JSON.parse(readFileSync(join(root, 'public', '_locales', lang, 'messages.json'), 'utf8')) as MessageFile;
const en = load('en');
const fr = load('fr');

/** The files whose strings reach the reader. */
const UI_DIRS = ['components', 'entrypoints', 'utils/export'];
function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const code = [...UI_DIRS.flatMap(sourceFiles), 'wxt.config.ts'].map((f) => ({ file: f, text: readFileSync(join(root, f), 'utf8') }));

/** Keys built at run time from a prefix and a source type: `type_${type}`. */
const DYNAMIC_PREFIXES = ['type_', 'typeOne_'];

describe('locale files', () => {
  test('English and French have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.keys(en))('%s: same placeholders, all defined, no empty message', (key) => {
    for (const file of [en, fr]) {
      const entry = file[key]!;
      expect(entry.message.trim()).not.toBe('');
      const used = [...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
      expect(used).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
    expect(Object.keys(fr[key]!.placeholders ?? {})).toEqual(Object.keys(en[key]!.placeholders ?? {}));
  });

  test('names follow the browser rules ([A-Za-z0-9_])', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  test('dynamic keys exist for every source type', () => {
    for (const prefix of DYNAMIC_PREFIXES) for (const type of SOURCE_TYPES) expect(en).toHaveProperty(`${prefix}${type}`);
  });
});

describe('keys in code', () => {
  const called = code.flatMap(({ file, text }) => [
    ...[...text.matchAll(/\bt\(\s*'(\w+)'/g)].map((m) => ({ file, key: m[1]! })),
    ...[...text.matchAll(/__MSG_(\w+)__/g)].map((m) => ({ file, key: m[1]! })),
  ]);

  test('finds the calls it checks', () => expect(called.length).toBeGreaterThan(40));

  test.each(called.map(({ file, key }) => [key, file]))('%s (%s) exists', (key) => {
    expect(Object.keys(en)).toContain(key);
  });

  test('every key is used somewhere', () => {
    const all = code.map((c) => c.text).join('\n');
    const unused = Object.keys(en).filter((key) => !DYNAMIC_PREFIXES.some((p) => key.startsWith(p))
      && !all.includes(`'${key}'`) && !all.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });
});

describe('translatorFrom', () => {
  test('fills placeholders as the browser does', () => {
    const t = translatorFrom(fr);
    expect(t('nextMention', ['AFP', '2', '5'])).toBe('AFP : afficher la mention 2 sur 5 dans la page');
    expect(translatorFrom({ k: { message: '$$5 and $X$', placeholders: { x: { content: '$1' } } } })('k' as never, 'y')).toBe('$5 and y');
  });
});
