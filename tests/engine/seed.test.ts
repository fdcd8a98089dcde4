/**
 * The article Sourcelight was born from (shared/eval/dev/seed-fr.json, copied to fixtures/): every gold
 * attribution must come out with its exact source span, canonical name, claim and relays, and nothing else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/engine/index';
import { expectValidSpans, overlap } from './helpers';

interface GoldSpan { start: number; end: number; text: string }
interface Gold {
  text: string;
  entities: { id: string; name: string; aliases?: string[] }[];
  attributions: { kind: string; entity: string; source: GoldSpan; cue: GoldSpan | null; claim: GoldSpan | null; via: string[] }[];
}
const gold: Gold = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures/seed-fr.json'), 'utf8'));
const entity = new Map(gold.entities.map((e) => [e.id, e]));
const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !['l', 'le', 'la', 'les', 'the'].includes(w)).join(' ');
const names = (id: string) => { const e = entity.get(id)!; return new Set([e.name, ...(e.aliases ?? [])].map(norm)); };

describe('seed article (fr)', () => {
  const report = analyze(gold.text);
  test('is read as French and satisfies the offset contract', () => {
    expect(report.lang).toBe('fr');
    expectValidSpans(gold.text, report);
  });
  test('has exactly the gold number of attributions', () => {
    expect(report.attributions.length).toBe(gold.attributions.length);
  });
  test.each(gold.attributions.map((g) => [`${g.source.text} → ${g.claim?.text.slice(0, 40) ?? 'credit'}`, g] as const))('%s', (_label, g) => {
    const found = report.attributions.find((a) => a.source.start === g.source.start && a.source.end === g.source.end && overlap(a.claim, g.claim) >= 0.8);
    expect(found, 'an attribution with the gold source span and claim').toBeDefined();
    expect(found!.source.text).toBe(g.source.text);
    expect(names(g.entity).has(norm(found!.source.name)), `${found!.source.name} names ${g.entity}`).toBe(true);
    expect(found!.via.length).toBe(g.via.length);
    found!.via.forEach((v, i) => expect(names(g.via[i]!).has(norm(v))).toBe(true));
  });
  test('the summary lists each source once, relays included', () => {
    expect(report.sources.map((s) => s.name).sort()).toEqual(
      ['AFP', 'Azerbaïdjan', 'BBC', 'Interfax', 'Marija Zakharova', 'Nikol Pashinyan', 'Reuters', 'Russie', 'groupe séparatiste basé en Arménie',
        'ministère arménien de la défense', 'ministère arménien des Affaires étrangères', 'ministère de la défense azerbaïdjanais', 'séparatistes arméniens'].sort());
    expect(report.sources.find((s) => s.name === 'AFP')).toMatchObject({ type: 'agency', count: 5 });
  });
  test('is deterministic', () => {
    expect(analyze(gold.text)).toEqual(report);
  });
});
