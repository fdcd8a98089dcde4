// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Report } from '../../utils/engine/types';
import type { HighlightApi, HighlightLike } from '../../utils/page/paint';
import { claimPage, createSession, ownContext, type SessionHost } from '../../utils/page/session';
import { watchPage } from '../../utils/page/watch';
import { loadFixture, NO_SLICING } from './dom';
import { reportFor, seedWants } from './report';

class FakeHighlight extends Set<AbstractRange> implements HighlightLike {
  priority = 0;
}
const fakeApi = () => ({ registry: new Map<string, HighlightLike>(), create: () => new FakeHighlight() }) satisfies HighlightApi;

interface Sent { name: string; data: unknown }

/** A background that answers like the real one: settings, then a report for whatever text it is sent. */
function fakeHost(doc: Document, { settings = {}, answer }: { settings?: object; answer?: (text: string) => unknown } = {}) {
  const sent: Sent[] = [];
  const send = (async (name: string, data: { text?: string }) => {
    sent.push({ name, data });
    if (name === 'getPageSettings') return { isExcluded: false, highlightsVisible: true, colors: {}, ...settings };
    if (name === 'analyzeArticle') return answer ? answer(data.text!) : reportFor(data.text!, seedWants);
    return undefined;
  }) as unknown as SessionHost['send'];
  const api = fakeApi();
  return { host: { doc, send, api, slicer: NO_SLICING } satisfies SessionHost, sent, api };
}
const count = (sent: Sent[], name: string) => sent.filter((s) => s.name === name).length;
const lastReady = (sent: Sent[]) => sent.filter((s) => s.name === 'reportReady').at(-1)?.data as { status: string; highlightsVisible: boolean; report: Report | null };

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('session', () => {
  test('reads, analyses, paints and reports the seed article', async () => {
    const doc = loadFixture('seed-fr.html');
    const { host, sent } = fakeHost(doc);
    const session = createSession(host);
    await session.analyse();
    expect(session.status).toBe('article');
    expect(session.paintedText()['sourcelight-source-person']).toEqual(['Marija Zakharova']);
    const ready = lastReady(sent);
    expect(ready.status).toBe('article');
    expect(ready.highlightsVisible).toBe(true);
    expect(ready.report?.attributions).toHaveLength(seedWants.length);
    expect((sent.find((s) => s.name === 'analyzeArticle')!.data as { lang: string }).lang).toBe('fr');
  });

  test('a report for another text length is an error, logged once, never thrown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const doc = loadFixture('seed-fr.html');
    const { host, sent } = fakeHost(doc, { answer: (text) => ({ ...reportFor(text, seedWants), textLength: text.length + 1 }) });
    const session = createSession(host);
    await session.analyse();
    await session.analyse();
    expect(session.status).toBe('error');
    expect(session.paintedText()).toEqual({});
    expect(lastReady(sent).status).toBe('error');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toBe('[sourcelight]');
  });

  test('an excluded site is not read and the engine is not asked', async () => {
    const { host, sent } = fakeHost(loadFixture('seed-fr.html'), { settings: { isExcluded: true } });
    const session = createSession(host);
    await session.analyse();
    expect(session.status).toBe('no-article');
    expect(count(sent, 'analyzeArticle')).toBe(0);
  });

  test('highlights hidden by the reader’s settings stay hidden', async () => {
    const { host, sent } = fakeHost(loadFixture('seed-fr.html'), { settings: { highlightsVisible: false } });
    const session = createSession(host);
    await session.analyse();
    expect(session.paintedText()).toEqual({});
    expect(lastReady(sent).highlightsVisible).toBe(false);
  });

  test('toggling hides and shows at once and reports each change', async () => {
    const { host, sent } = fakeHost(loadFixture('seed-fr.html'));
    const session = createSession(host);
    await session.analyse();
    expect(session.setVisible(false)).toEqual({ visible: false });
    expect(session.paintedText()).toEqual({});
    expect(lastReady(sent).highlightsVisible).toBe(false);
    expect(session.setVisible(true)).toEqual({ visible: true });
    expect(Object.keys(session.paintedText()).length).toBeGreaterThan(3);
    expect(lastReady(sent).highlightsVisible).toBe(true);
  });

  test('revealClaim flashes the claim; once the page rewrote it, says it is gone', async () => {
    const doc = loadFixture('seed-fr.html');
    const { host, api } = fakeHost(doc);
    const session = createSession(host);
    await session.analyse();
    doc.defaultView!.HTMLElement.prototype.scrollIntoView = vi.fn();
    expect(session.reveal('a1')).toBe(true);
    expect([...api.registry.get('sourcelight-flash')!].map(String)).toEqual(['les séparatistes arméniens affirment']);
    expect(session.reveal('nope')).toBe(false);
    doc.querySelectorAll('.article-body p')[2]!.textContent = 'Rewritten by the page.';
    expect(session.reveal('a1')).toBe(false);
  });

  test('a re-render with the same words is repainted without asking the engine again', async () => {
    const doc = loadFixture('seed-fr.html');
    const { host, sent } = fakeHost(doc);
    const session = createSession(host);
    await session.analyse();
    const body = doc.querySelector('.article-body')!;
    body.replaceWith(body.cloneNode(true)); // new nodes, same text: every old Range collapses
    expect(session.article!.map.isIntact()).toBe(false);
    await session.refresh();
    expect(count(sent, 'analyzeArticle')).toBe(1);
    expect(session.article!.map.isIntact()).toBe(true);
    expect(session.paintedText()['sourcelight-source-person']).toEqual(['Marija Zakharova']);
  });

  test('without the Highlight API, marks are used and hiding restores the DOM exactly', async () => {
    const doc = loadFixture('seed-fr.html');
    const before = doc.documentElement.outerHTML;
    const { host } = fakeHost(doc);
    const session = createSession({ ...host, api: null });
    await session.analyse();
    expect(session.painter?.mode).toBe('marks');
    expect(doc.querySelectorAll('mark[data-sourcelight]').length).toBeGreaterThan(5);
    expect([...doc.querySelectorAll('mark[data-sourcelight~="source-person"]')].map((m) => m.textContent)).toEqual(['Marija Zakharova']);
    session.setVisible(false);
    expect(doc.documentElement.outerHTML).toBe(before);
    session.setVisible(true);
    session.dispose();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('settings that answer late', () => {
  /** A background whose getPageSettings answer waits until `answer()` is called. */
  function lateSettings(doc: Document, settings: object) {
    // Style sheets are adopted by the page's own window (the test environment has another one).
    vi.stubGlobal('CSSStyleSheet', (doc.defaultView as unknown as typeof globalThis).CSSStyleSheet);
    let answer!: () => void;
    const gate = new Promise<void>((resolve) => (answer = resolve));
    const { host, sent } = fakeHost(doc, { settings });
    const send = (async (name: string, data: never) => {
      if (name === 'getPageSettings') await gate;
      return host.send(name as never, data);
    }) as unknown as SessionHost['send'];
    return { host: { ...host, send }, sent, answer };
  }

  test('a toggle made before the stored settings answer is kept', async () => {
    const doc = loadFixture('seed-fr.html');
    const { host, answer } = lateSettings(doc, { highlightsVisible: true });
    const session = createSession(host);
    const running = session.analyse();
    session.setVisible(false); // the reader hides them while the background is still answering
    answer();
    await running;
    expect(session.status).toBe('article');
    expect(session.painter!.isVisible).toBe(false);
    expect(session.paintedText()).toEqual({});
  });

  test('after dispose(), a late answer adds no colours and paints nothing', async () => {
    const doc = loadFixture('seed-fr.html');
    const { host, sent, answer } = lateSettings(doc, { colors: { 0: '#123456' } });
    const session = createSession(host);
    const running = session.analyse();
    session.dispose();
    answer();
    await running;
    expect(doc.adoptedStyleSheets).toHaveLength(0);
    expect(session.painter).toBeNull();
    expect(count(sent, 'analyzeArticle')).toBe(0);
  });

  test('the same answer applies its colours once, and dispose() takes them away', async () => {
    const doc = loadFixture('seed-fr.html');
    const { host, answer } = lateSettings(doc, { colors: { 0: '#123456' } });
    const session = createSession(host);
    const runs = [session.analyse(), session.analyse()];
    answer();
    await Promise.all(runs);
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    session.dispose();
    expect(doc.adoptedStyleSheets).toHaveLength(0);
  });
});

describe('reload (refreshPage)', () => {
  test('asks the settings again, swaps the colours and analyses afresh', async () => {
    const doc = loadFixture('seed-fr.html');
    vi.stubGlobal('CSSStyleSheet', (doc.defaultView as unknown as typeof globalThis).CSSStyleSheet);
    let colors: Record<string, string> = { 0: '#123456' };
    const { host, sent } = fakeHost(doc);
    let asked = 0;
    const send = (async (name: string, data: never) =>
      name === 'getPageSettings' && ++asked ? { isExcluded: false, highlightsVisible: true, colors } : host.send(name as never, data)) as unknown as SessionHost['send'];
    const session = createSession({ ...host, send });
    await session.analyse();
    const first = doc.adoptedStyleSheets[0];
    expect(first).toBeDefined();
    colors = { 0: '#654321' };
    await session.reload();
    expect(doc.adoptedStyleSheets).toHaveLength(1); // the old sheet removed, the new one added
    expect(doc.adoptedStyleSheets[0]).not.toBe(first);
    expect(count(sent, 'analyzeArticle')).toBe(2);
    expect(asked).toBe(2);
    expect(session.paintedText()['sourcelight-source-person']).toEqual(['Marija Zakharova']);
  });
});

describe('paint mode (the reader\'s choice of marks for screen readers)', () => {
  /** A background whose paint mode can change between two reloads, as refreshPage follows the options page. */
  function modeHost(doc: Document, mode: { paintMode: 'highlight' | 'mark' }) {
    const { host, sent, api } = fakeHost(doc);
    const send = (async (name: string, data: never) => (name === 'getPageSettings'
      ? { isExcluded: false, highlightsVisible: true, colors: {}, paintMode: mode.paintMode }
      : host.send(name as never, data))) as unknown as SessionHost['send'];
    return { host: { ...host, send }, sent, api };
  }
  const marked = (doc: Document) => [...doc.querySelectorAll('mark[data-sourcelight]')];

  test('\'mark\' paints <mark data-sourcelight> elements even though the Highlight API is there', async () => {
    const doc = loadFixture('seed-fr.html');
    const { host, api } = modeHost(doc, { paintMode: 'mark' });
    const session = createSession(host);
    await session.analyse();
    expect(session.painter?.mode).toBe('marks');
    expect(api.registry.size).toBe(0);
    const zakharova = marked(doc).filter((m) => m.getAttribute('data-sourcelight')!.split(' ').includes('source-person'));
    expect(zakharova.map((m) => m.textContent).join('')).toBe('Marija Zakharova');
  });

  test('switching from marks to highlights takes every mark out: the page is byte-identical, then highlighted', async () => {
    const doc = loadFixture('seed-fr.html');
    const original = doc.documentElement.outerHTML;
    const mode = { paintMode: 'mark' as 'highlight' | 'mark' };
    const { host, api } = modeHost(doc, mode);
    const session = createSession(host);
    await session.analyse();
    expect(marked(doc).length).toBeGreaterThan(0);
    mode.paintMode = 'highlight';
    await session.reload();
    expect(marked(doc)).toEqual([]);
    expect(doc.documentElement.outerHTML).toBe(original);
    expect(session.painter?.mode).toBe('highlights');
    expect(session.article!.map.isIntact()).toBe(true); // read from the page's own nodes, not from the marks' pieces
    expect(api.registry.size).toBeGreaterThan(0);
    expect(session.paintedText()['sourcelight-source-person']).toEqual(['Marija Zakharova']);
  });

  test('switching from highlights to marks drops the highlights and marks the same text', async () => {
    const doc = loadFixture('seed-fr.html');
    const original = doc.documentElement.outerHTML;
    const mode = { paintMode: 'highlight' as 'highlight' | 'mark' };
    const { host, api } = modeHost(doc, mode);
    const session = createSession(host);
    await session.analyse();
    expect(api.registry.size).toBeGreaterThan(0);
    mode.paintMode = 'mark';
    await session.reload();
    expect(api.registry.size).toBe(0);
    expect(session.painter?.mode).toBe('marks');
    expect(session.report?.attributions).toHaveLength(seedWants.length);
    expect(marked(doc).length).toBeGreaterThan(0);
    session.setVisible(false);
    expect(doc.documentElement.outerHTML).toBe(original);
  });

  test('reloading in mark mode reads the page without its marks: no mark inside a mark, and hiding restores it', async () => {
    const doc = loadFixture('seed-fr.html');
    const original = doc.documentElement.outerHTML;
    const { host, sent } = modeHost(doc, { paintMode: 'mark' });
    const session = createSession(host);
    await session.analyse();
    const before = marked(doc).map((m) => [m.getAttribute('data-sourcelight'), m.textContent]);
    await session.reload();
    expect(count(sent, 'analyzeArticle')).toBe(2);
    expect(doc.querySelector('mark[data-sourcelight] mark')).toBeNull();
    expect(marked(doc).map((m) => [m.getAttribute('data-sourcelight'), m.textContent])).toEqual(before);
    await session.refresh(); // the page changed elsewhere: same text, same nodes → the marks come back as they were
    expect(count(sent, 'analyzeArticle')).toBe(2);
    expect(marked(doc).map((m) => [m.getAttribute('data-sourcelight'), m.textContent])).toEqual(before);
    session.setVisible(false);
    expect(doc.documentElement.outerHTML).toBe(original);
    session.setVisible(true);
    expect(marked(doc).length).toBe(before.length);
    session.dispose();
    expect(doc.documentElement.outerHTML).toBe(original);
  });
});

describe('watchPage', () => {
  const ctx = () => {
    const cleanups: (() => void)[] = [];
    return {
      onInvalidated: (cb: () => void) => cleanups.push(cb),
      addEventListener: (t: EventTarget, type: string, l: (e: Event) => void) => t.addEventListener(type, l),
      invalidate: () => cleanups.forEach((c) => c()),
    };
  };

  test('new text in the article is analysed again; our own marks are not mistaken for the page changing', async () => {
    const doc = loadFixture('seed-fr.html');
    const { host, sent } = fakeHost(doc);
    const session = createSession({ ...host, api: null }); // marks: the case where we do touch the DOM
    await session.analyse();
    const c = ctx();
    watchPage(session, c, doc, { quietMs: 5, maxWaitMs: 50 });
    session.setVisible(false);
    session.setVisible(true);
    const p = doc.createElement('p');
    p.textContent = 'Un nouveau paragraphe arrive, selon l’AFP.';
    doc.querySelector('.article-body')!.appendChild(p);
    await vi.waitFor(() => expect(count(sent, 'analyzeArticle')).toBe(2));
    expect(session.article!.text.endsWith('Un nouveau paragraphe arrive, selon l’AFP.')).toBe(true);
    c.invalidate();
  });

  test('changes outside the article are ignored, changes inside are not', async () => {
    const doc = loadFixture('seed-fr.html');
    const { host } = fakeHost(doc);
    const session = createSession(host);
    await session.analyse();
    const refresh = vi.spyOn(session, 'refresh').mockResolvedValue();
    vi.useFakeTimers();
    try {
      const c = ctx();
      watchPage(session, c, doc, { quietMs: 5, maxWaitMs: 50 });
      for (let i = 0; i < 20; i++) doc.querySelector('.newsletter')!.append(doc.createTextNode(`tick ${i} `.repeat(40)));
      await vi.advanceTimersByTimeAsync(1000);
      expect(refresh).not.toHaveBeenCalled();
      doc.querySelector('.article-body p')!.append(doc.createTextNode(' Dernière minute.'));
      await vi.advanceTimersByTimeAsync(1000);
      expect(refresh).toHaveBeenCalledTimes(1);
      doc.dispatchEvent(new Event('visibilitychange'));
      c.invalidate();
    } finally {
      vi.useRealTimers();
    }
  });

  test('on a page without an article, a bounded number of looks', async () => {
    const doc = loadFixture('seed-fr.html');
    doc.querySelector('article')!.remove();
    const { host } = fakeHost(doc);
    const session = createSession(host);
    await session.analyse();
    expect(session.status).toBe('no-article');
    const refresh = vi.spyOn(session, 'refresh').mockResolvedValue();
    vi.useFakeTimers();
    try {
      const c = ctx();
      watchPage(session, c, doc, { quietMs: 5, maxWaitMs: 50, maxLooks: 3 });
      for (let i = 0; i < 10; i++) {
        doc.body.append(doc.createTextNode('x'.repeat(300)));
        await vi.advanceTimersByTimeAsync(100);
      }
      expect(refresh).toHaveBeenCalledTimes(3);
      c.invalidate();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('watchPage on a page that never stops adding text', () => {
  test('once its looks are spent it reads no added text, until the address changes', async () => {
    const doc = loadFixture('seed-fr.html');
    doc.querySelector('article')!.remove();
    const { host } = fakeHost(doc);
    const session = createSession(host);
    await session.analyse();
    const refresh = vi.spyOn(session, 'refresh').mockResolvedValue();
    const analyse = vi.spyOn(session, 'analyse').mockResolvedValue();
    vi.useFakeTimers();
    const cleanups: (() => void)[] = [];
    try {
      watchPage(session, { onInvalidated: (cb) => cleanups.push(cb), addEventListener: (t, type, l) => t.addEventListener(type, l) }, doc, { quietMs: 5, maxWaitMs: 50, maxLooks: 2 });
      for (let i = 0; i < 4; i++) {
        doc.body.append(doc.createTextNode('x'.repeat(300)));
        await vi.advanceTimersByTimeAsync(100);
      }
      expect(refresh).toHaveBeenCalledTimes(2);
      // A feed item whose text is never asked for: the watcher is not even looking.
      let reads = 0;
      const item = doc.createElement('div');
      Object.defineProperty(item, 'textContent', { get: () => (reads++, 'y'.repeat(300)) });
      doc.body.append(item);
      await vi.advanceTimersByTimeAsync(100);
      expect(reads).toBe(0);
      expect(refresh).toHaveBeenCalledTimes(2);
      // Navigation (pushState): a new address gets a full look, and watching resumes.
      doc.defaultView!.history.pushState({}, '', '/next.html');
      await vi.advanceTimersByTimeAsync(2000);
      expect(analyse).toHaveBeenCalledTimes(1);
      doc.body.append(doc.createTextNode('z'.repeat(300)));
      await vi.advanceTimersByTimeAsync(100);
      expect(refresh).toHaveBeenCalledTimes(3);
    } finally {
      cleanups.forEach((c) => c());
      vi.useRealTimers();
    }
  });
});

/** WXT's context as a page can end it: dispatching its "content script started" event aborts it. */
const wxtContext = () => {
  const cbs: (() => void)[] = [];
  return { onInvalidated: (cb: () => void) => cbs.push(cb), addEventListener: () => {}, invalidate: () => cbs.forEach((cb) => cb()) };
};

describe('ownContext', () => {

  test('a page that ends WXT’s context does not end ours while the extension is alive', () => {
    const wxt = wxtContext();
    const ctx = ownContext(wxt, () => true);
    const ended = vi.fn();
    const heard = vi.fn();
    ctx.onInvalidated(ended);
    const target = new EventTarget();
    ctx.addEventListener(target, 'ping', heard);
    wxt.invalidate();
    target.dispatchEvent(new Event('ping'));
    expect(ended).not.toHaveBeenCalled();
    expect(heard).toHaveBeenCalledTimes(1);
  });

  test('once the extension is gone, ours ends and our listeners stop, even if WXT told too early', () => {
    const wxt = wxtContext();
    let isAlive = true;
    const ctx = ownContext(wxt, () => isAlive);
    const ended = vi.fn();
    const heard = vi.fn();
    ctx.onInvalidated(ended);
    const target = new EventTarget();
    ctx.addEventListener(target, 'ping', heard);
    wxt.invalidate(); // the page's fake: ignored
    isAlive = false; // then the extension really is reloaded
    target.dispatchEvent(new Event('ping'));
    target.dispatchEvent(new Event('ping'));
    expect(ended).toHaveBeenCalledTimes(1);
    expect(heard).not.toHaveBeenCalled();
  });
});

describe('claimPage: one session per page', () => {
  /** WXT's context as it really is: it aborts once, and then hears nothing more. */
  const wxtOnce = () => {
    const controller = new AbortController();
    return { onInvalidated: (cb: () => void) => controller.signal.addEventListener('abort', cb), invalidate: () => controller.abort() };
  };

  test('a second copy on a page with a live session stands down', () => {
    const scope: Record<symbol, unknown> = {};
    expect(claimPage(ownContext(wxtOnce(), () => true), scope)).toBeTypeOf('function');
    const second = wxtOnce();
    expect(claimPage(ownContext(second, () => true), scope)).toBeNull();
  });

  test('a page that spent WXT’s one telling does not keep a reloaded extension out', () => {
    const scope: Record<symbol, unknown> = {};
    let isAlive = true;
    const old = wxtOnce();
    claimPage(ownContext(old, () => isAlive), scope);
    old.invalidate(); // the page fires WXT's "script started" event: ignored, and WXT will not tell again
    expect(claimPage(ownContext(wxtOnce(), () => true), scope)).toBeNull(); // the extension is still there
    isAlive = false; // reloaded: nobody tells the old session, but asked, it knows
    expect(claimPage(ownContext(wxtOnce(), () => true), scope)).toBeTypeOf('function');
  });

  test('an owner whose world was torn down is no owner; giving the page back frees it', () => {
    const scope: Record<symbol, unknown> = { [Symbol.for('sourcelight.session')]: () => { throw new TypeError("can't access dead object"); } };
    const release = claimPage(ownContext(wxtOnce(), () => true), scope)!;
    expect(release).toBeTypeOf('function');
    expect(claimPage(ownContext(wxtOnce(), () => true), scope)).toBeNull();
    release(); // its start failed
    expect(claimPage(ownContext(wxtOnce(), () => true), scope)).toBeTypeOf('function');
  });
});
