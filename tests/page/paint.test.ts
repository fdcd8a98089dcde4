// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLAIM_HIGHLIGHT, CUE_HIGHLIGHT, FLASH_HIGHLIGHT, LAZY_FROM, colorHighlight, highlightApi, paint, paintChunked, sourceHighlight, type HighlightApi, type HighlightLike } from '../../utils/page/paint';
import { PALETTE, paletteIndex } from '../../utils/page/palette';
import { readArticle } from '../../utils/page/read-article';
import { SOURCE_TYPES } from '../../utils/engine/types';
import { loadFixture, loadPage, NO_SLICING } from './dom';
import { reportFor, seedWants } from './report';

/** happy-dom has no Highlight API: a minimal stand-in with the same shape (a Set of ranges with a priority). */
class FakeHighlight extends Set<AbstractRange> implements HighlightLike {
  priority = 0;
}
function fakeApi() {
  const registry = new Map<string, HighlightLike>();
  return { registry, create: () => new FakeHighlight() } satisfies HighlightApi;
}

function seed() {
  const doc = loadFixture('seed-fr.html');
  const article = readArticle(doc)!;
  return { doc, article, report: reportFor(article.text, seedWants) };
}

describe('paint', () => {
  test('registers sourcelight highlights for sources by type and colour, cues and claims, with their exact text', () => {
    const { doc, article, report } = seed();
    const before = doc.documentElement.outerHTML;
    const api = fakeApi();
    const painting = paint(article.map, report, api);
    expect([...api.registry.keys()].every((n) => n.startsWith('sourcelight-'))).toBe(true);
    const text = painting.paintedText();
    expect(text[sourceHighlight('person')]).toEqual(['Marija Zakharova']);
    expect(text[sourceHighlight('agency')]).toEqual(['AFP', 'Interfax', 'Reuters']);
    expect(text[sourceHighlight('media')]).toEqual(['BBC']);
    expect(text[colorHighlight(paletteIndex('Reuters'))]).toContain('Reuters');
    expect(text[CUE_HIGHLIGHT]).toContain('a déclaré');
    expect(text[CLAIM_HIGHLIGHT]).toContain('les séparatistes arméniens affirment');
    // Claims lie under cues, cues under sources.
    expect(api.registry.get(CLAIM_HIGHLIGHT)!.priority).toBeLessThan(api.registry.get(CUE_HIGHLIGHT)!.priority);
    expect(api.registry.get(CUE_HIGHLIGHT)!.priority).toBeLessThan(api.registry.get(sourceHighlight('agency'))!.priority);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('hides and shows every highlight at once, and never removes a highlight it does not own', () => {
    const { article, report } = seed();
    const api = fakeApi();
    const foreign = new FakeHighlight();
    api.registry.set('someone-else', foreign);
    const painting = paint(article.map, report, api);
    const ours = [...api.registry.keys()].filter((n) => n.startsWith('sourcelight'));
    painting.setVisible(false);
    expect([...api.registry.keys()]).toEqual(['someone-else']);
    expect(painting.paintedText()).toEqual({});
    painting.setVisible(true);
    expect([...api.registry.keys()].filter((n) => n.startsWith('sourcelight')).sort()).toEqual(ours.sort());
    painting.clear();
    expect([...api.registry.keys()]).toEqual(['someone-else']);
  });

  test('flash paints for a while, then goes', () => {
    vi.useFakeTimers();
    try {
      const { article, report } = seed();
      const api = fakeApi();
      const painting = paint(article.map, report, api);
      const claim = report.attributions[0]!.claim!;
      painting.flash(article.map.ranges(claim.start, claim.end), 1500);
      expect([...api.registry.get(FLASH_HIGHLIGHT)!].map((r) => (r as Range).toString())).toEqual([claim.text]);
      vi.advanceTimersByTime(1499);
      expect(api.registry.has(FLASH_HIGHLIGHT)).toBe(true);
      vi.advanceTimersByTime(1);
      expect(api.registry.has(FLASH_HIGHLIGHT)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a span outside the text is reported and skipped; the rest is painted', () => {
    const { article, report } = seed();
    const bad = structuredClone(report);
    bad.attributions[0]!.source = { ...bad.attributions[0]!.source, start: article.text.length + 5, end: article.text.length + 9 };
    const errors: unknown[] = [];
    const painting = paint(article.map, bad, fakeApi(), (e) => errors.push(e));
    expect(errors).toHaveLength(2); // the source's type and colour highlights
    expect(errors[0]).toBeInstanceOf(RangeError);
    expect(painting.paintedText()[sourceHighlight('agency')]).toEqual(['AFP', 'Interfax', 'Reuters']);
  });

  test('without CSS.highlights there is no API (the caller falls back to marks)', () => {
    expect(highlightApi(window as never)).toBeNull();
  });
});

describe('highlights.css', () => {
  const css = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../utils/page/highlights.css'), 'utf8');
  test.each(SOURCE_TYPES.map((t) => [t]))('styles sources of type %s', (type) => {
    expect(css).toContain(`::highlight(${sourceHighlight(type)})`);
  });
  test('has one highlight rule per palette slot, with the palette colour, and a colour for sources as marks', () => {
    expect(css).toMatch(/\[data-sourcelight\*="source-"\] \{\s*background-color: #/);
    PALETTE.forEach((colour, i) => {
      expect(css).toMatch(new RegExp(`::highlight\\(sourcelight-color-${i}\\) \\{\\s*background-color: ${colour};`));
    });
  });
  test.each([[CLAIM_HIGHLIGHT], [CUE_HIGHLIGHT], [FLASH_HIGHLIGHT]])('styles %s', (name) => {
    expect(css).toContain(`::highlight(${name})`);
  });
});

describe('custom colours (options page)', async () => {
  const { customColorsCss, textColorFor } = await import('../../utils/page/custom-colors');
  test('valid slots and #rrggbb colours become rules, with readable text', () => {
    const css = customColorsCss({ 0: '#000080', 3: '#ffff00' });
    expect(css).toContain('::highlight(sourcelight-color-0),[data-sourcelight~="color-0"]{background-color:#000080;color:#ffffff}');
    expect(css).toContain('[data-sourcelight~="color-3"]{background-color:#ffff00;color:#111111}');
  });
  test.each([[{ 99: '#ff0000' }], [{ 1: 'red; } body { display:none' }], [{ x: '#ff0000' }]])('ignores %j', (colors) => {
    expect(customColorsCss(colors as Record<string, string>)).toBe('');
  });
  test.each([['#ffffff', '#111111'], ['#000000', '#ffffff'], ['#ffd166', '#111111'], ['#1f4e79', '#ffffff']])('%s → text %s', (bg, fg) => {
    expect(textColorFor(bg)).toBe(fg);
  });
});

describe('relays', () => {
  test('each relay is painted where the engine found it named, under its type and its colour, once', async () => {
    const { highlightSpans } = await import('../../utils/page/paint');
    const { analyze } = await import('../../utils/engine/index');
    const text = 'Selon l’agence Interfax, les séparatistes affirment avancer. L’AFP et Interfax ailleurs.\n\nZakharova a déclaré la paix, a rapporté l’AFP.\n\nElle a ajouté que rien n’était joué, toujours selon l’AFP.';
    const report = analyze(text, { lang: 'fr' });
    expect(report.attributions.map((a) => a.via)).toEqual([['Interfax'], ['AFP'], ['AFP']]);
    const relays = highlightSpans(report).filter((s) => s.name === sourceHighlight('agency'));
    // "Interfax" and "AFP" in the second sentence relay nothing: not painted.
    expect(relays.map((s) => [s.start, text.slice(s.start, s.end)])).toEqual([
      [text.indexOf('Interfax'), 'Interfax'],
      [text.indexOf('AFP.'), 'AFP'],
      [text.lastIndexOf('AFP'), 'AFP'],
    ]);
  });
});

describe('long reports are painted as they near the viewport', () => {
  /** An IntersectionObserver driven by the test: `enter(el)` says the element came near the viewport. */
  function fakeObserver() {
    const observed = new Set<Element>();
    let callback!: (entries: { isIntersecting: boolean; target: Element }[]) => void;
    class FakeObserver {
      constructor(cb: typeof callback) { callback = cb; }
      observe(el: Element) { observed.add(el); }
      unobserve(el: Element) { observed.delete(el); }
      disconnect() { observed.clear(); }
    }
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    return { observed, enter: (target: Element) => callback([{ isIntersecting: true, target }]) };
  }

  test('only the paragraphs that came near the viewport are painted, and getPaintedText says so', async () => {
    const io = fakeObserver();
    try {
      const n = Math.ceil(LAZY_FROM / 4) + 10; // claim, cue, source by type, source by colour: 4 spans each
      const doc = loadPage(`<html lang="en"><body><article itemprop="articleBody">${Array.from({ length: n }, (_, i) => `<p>Talks resumed in round ${i}, Reuters said.</p>`).join('')}</article></body></html>`);
      const article = readArticle(doc)!;
      const paragraphs = [...doc.querySelectorAll('p')];
      const report = reportFor(article.text, []);
      report.attributions = paragraphs.map((p, i) => {
        const start = article.text.indexOf(p.textContent!);
        const at = (s: string) => ({ start: start + p.textContent!.indexOf(s), end: start + p.textContent!.indexOf(s) + s.length, text: s });
        return { id: `a${i}`, kind: 'claim', source: { ...at('Reuters'), name: 'Reuters', type: 'agency' }, cue: at('said'), claim: at(`Talks resumed in round ${i}`), via: [], relays: [], rule: 'test' };
      });
      const painting = await paintChunked(article.map, report, fakeApi(), (e) => { throw e; }, NO_SLICING);
      expect(io.observed.size).toBe(n);
      expect(painting.paintedText()).toEqual({});
      io.enter(paragraphs[7]!);
      io.enter(paragraphs[8]!);
      const painted = painting.paintedText();
      expect(painted[sourceHighlight('agency')]).toEqual(['Reuters', 'Reuters']);
      expect(painted[CLAIM_HIGHLIGHT]).toEqual(['Talks resumed in round 7', 'Talks resumed in round 8']);
      expect(io.observed.size).toBe(n - 2);
      painting.clear();
      expect(io.observed.size).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('a short report is painted at once, with no observer', async () => {
    const io = fakeObserver();
    try {
      const { article, report } = seed();
      const painting = await paintChunked(article.map, report, fakeApi(), () => {}, NO_SLICING);
      expect(io.observed.size).toBe(0);
      expect(painting.paintedText()[CLAIM_HIGHLIGHT]?.length).toBeGreaterThan(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
