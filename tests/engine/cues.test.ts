/**
 * Every cue carries its own examples (hits and misses per language); this walks the registry and runs
 * them all through the engine's public door, like Refined GitHub's feature test URLs, but executed.
 */
import { describe, expect, test } from 'vitest';
import { analyze, type Report } from '../../utils/engine/index';
import { cues } from '../../utils/engine/cues';
import type { Lang } from '../../utils/engine/types';
import { expectValidSpans } from './helpers';

/**
 * Did this cue contribute to the report? Every cue names itself in `rule`; chains show as relays, and a
 * prepositional cue whose claim holds another attribution shows as that attribution's relay.
 */
const contributed = (id: string, r: Report) =>
  r.attributions.some((a) => a.rule === id || ((id === 'chains' || id === 'according-to') && a.via.length > 0));

describe.each(cues.map((c) => ({ id: c.id, cue: c })))('$id', ({ id, cue }) => {
  const langs = Object.entries(cue.examples) as [Lang, { hits: readonly string[]; misses: readonly string[] }][];
  describe.each(langs.map(([lang, ex]) => ({ lang, ex })))('$lang', ({ lang, ex }) => {
    if (ex.hits.length) test.each([...ex.hits])('finds: %s', (text) => {
      const r = analyze(text, { lang });
      expectValidSpans(text, r);
      expect(contributed(id, r), JSON.stringify(r.attributions.map((a) => [a.rule, a.source.text, a.claim?.text]))).toBe(true);
    });
    if (ex.misses.length) test.each([...ex.misses])('ignores: %s', (text) => {
      const r = analyze(text, { lang });
      expectValidSpans(text, r);
      expect(contributed(id, r), JSON.stringify(r.attributions.map((a) => [a.rule, a.source.text, a.claim?.text]))).toBe(false);
    });
  });
});
