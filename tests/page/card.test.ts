// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { attributionAt, cardText, startCard } from '../../utils/page/card';
import type { HighlightApi, HighlightLike } from '../../utils/page/paint';
import { createSession, type SessionHost } from '../../utils/page/session';
import { loadFixture, NO_SLICING } from './dom';
import { reportFor, seedWants } from './report';

const text = 'Talks stalled, Zakharova said, according to AFP.';
const report = reportFor(text, [{ source: 'Zakharova', type: 'person', cue: 'said', claim: 'Talks stalled' }]);
report.attributions[0]!.via = ['AFP'];

describe('attributionAt', () => {
  const a = report.attributions[0]!;
  test.each([
    [text.indexOf('Zakharova'), a],
    [text.indexOf('said'), a],
    [text.indexOf('stalled'), a],
    [text.indexOf('according'), null],
    [text.length - 1, null],
  ])('offset %i', (at, want) => {
    expect(attributionAt(report.attributions, at)).toBe(want);
  });
});

describe('cardText', () => {
  test('shows source, type, chain, cue and claim, as plain text', () => {
    const a = { ...report.attributions[0]!, claim: { start: 0, end: 30, text: '<img src=x onerror="window.__pwned=1">' } };
    expect(cardText(a)).toBe('Zakharova · person\nvia AFP\n“said”\n<img src=x onerror="window.__pwned=1">');
    expect(cardText({ ...a, via: [], cue: null, claim: null })).toBe('Zakharova · person');
    expect(cardText({ ...a, claim: { start: 0, end: 300, text: 'x'.repeat(300) } }).endsWith(`${'x'.repeat(240)}…`)).toBe(true);
  });
});

describe('keyboard', () => {
  test('Alt+Shift+N steps through the claims with a card, Escape closes it, all outside the page’s reach', async () => {
    const doc = loadFixture('seed-fr.html');
    doc.defaultView!.HTMLElement.prototype.scrollIntoView = vi.fn();
    class FakeHighlight extends Set<AbstractRange> implements HighlightLike { priority = 0; }
    const api = { registry: new Map<string, HighlightLike>(), create: () => new FakeHighlight() } satisfies HighlightApi;
    const send = (async (name: string, data: { text?: string }) =>
      name === 'analyzeArticle' ? reportFor(data.text!, seedWants) : name === 'getPageSettings' ? { isExcluded: false, highlightsVisible: true, colors: {} } : undefined) as unknown as SessionHost['send'];
    const session = createSession({ doc, send, api, slicer: NO_SLICING });
    await session.analyse();
    const cleanups: (() => void)[] = [];
    startCard(session, { onInvalidated: (cb) => cleanups.push(cb), addEventListener: (t, type, l) => t.addEventListener(type, l) }, doc);
    const key = (init: KeyboardEventInit) => doc.dispatchEvent(new doc.defaultView!.KeyboardEvent('keydown', { bubbles: true, ...init }) as unknown as Event);

    key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    const host = doc.querySelector('sourcelight-card');
    expect(host).not.toBeNull();
    expect(host!.shadowRoot).toBeNull(); // closed: the page cannot look inside
    expect(api.registry.has('sourcelight-flash')).toBe(true);
    key({ key: 'Escape', code: 'Escape' });
    expect(doc.querySelector('sourcelight-card')).toBeNull();

    key({ key: 'n', code: 'KeyN' }); // no modifiers: the page's key, not ours
    expect(doc.querySelector('sourcelight-card')).toBeNull();
    cleanups.forEach((c) => c());
  });
});
