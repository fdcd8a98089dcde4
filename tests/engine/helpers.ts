import { expect } from 'vitest';
import { analyze } from '../../utils/engine/index';
import type { Report, Span } from '../../utils/engine/types';

/** The offset contract: UTF-16 offsets, end exclusive, `text.slice(start, end) === span.text`. */
export function expectSpan(text: string, span: Span | null, where: string): void {
  if (span === null) return;
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), `${where}: integer offsets`).toBe(true);
  expect(span.start >= 0 && span.start < span.end && span.end <= text.length, `${where}: ${span.start}-${span.end} inside ${text.length}`).toBe(true);
  expect(text.slice(span.start, span.end), `${where}: slice`).toBe(span.text);
}

/** Every span of the report satisfies the offset contract, ids run a0, a1… and names are non-empty. */
export function expectValidSpans(text: string, report: Report): void {
  expect(report.textLength).toBe(text.length);
  report.attributions.forEach((a, i) => {
    expect(a.id).toBe(`a${i}`);
    expectSpan(text, a.source, `${a.id}.source`);
    expectSpan(text, a.cue, `${a.id}.cue`);
    expectSpan(text, a.claim, `${a.id}.claim`);
    expect(a.source.name.trim()).not.toBe('');
    if (a.kind === 'credit') expect(a.claim).toBeNull();
    // Every relay is named somewhere it was found, and every mention is one of the relays.
    a.relays.forEach((r, k) => expectSpan(text, r, `${a.id}.relays[${k}]`));
    expect([...new Set(a.relays.map((r) => r.name))].sort(), `${a.id}: relays name the via`).toEqual([...a.via].sort());
  });
}

const overlap = (a: Span | null, b: Span | null) =>
  a && b ? Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / Math.max(a.end - a.start, b.end - b.start) : 0;
export { overlap };

/** Analyse and return [source name, claim text, via] triples (with the offset contract checked). */
export function triples(text: string, lang?: string): { name: string; source: string; cue: string | null; claim: string | null; via: string[]; rule: string }[] {
  const r = analyze(text, lang ? { lang } : {});
  expectValidSpans(text, r);
  return r.attributions.map((a) => ({ name: a.source.name, source: a.source.text, cue: a.cue?.text ?? null, claim: a.claim?.text ?? null, via: a.via, rule: a.rule }));
}
