/**
 * The content script's life on one page: read the article, have the background analyse it, paint
 * the report, answer the popup (toggle, reveal), tell the background what the tab holds, and keep
 * up with pages that change under us. Every step is guarded: a failure is logged once and leaves
 * the page as it was.
 */
import { browser } from 'wxt/browser';
import type { Report } from '../engine/types';
import { isReport, sendMessage, type PageStatus, type TabReport } from '../messaging';
import { listen } from './channel';
import { startCard } from './card';
import { applyCustomColors } from './custom-colors';
import { detectArticle } from './detect-article';
import { logOnce } from './log';
import { highlightApi, type HighlightApi } from './paint';
import { createPainter, type Painter } from './painter';
import { readArticleChunked, type Article } from './read-article';
import { createSlicer, type Slicer } from './schedule';
import { watchPage } from './watch';

export interface SessionHost {
  doc: Document;
  send: typeof sendMessage;
  /** The Highlight API, or null to paint with <mark> elements (also when the reader's settings ask for marks). */
  api: HighlightApi | null;
  slicer: Slicer;
}

export interface Session {
  readonly status: PageStatus;
  readonly report: Report | null;
  readonly article: Article | null;
  readonly painter: Painter | null;
  /** Reads and analyses the page; a newer call supersedes an older one still running. */
  analyse(): Promise<void>;
  /**
   * After the page changed: re-reads the article; same text → repaint over the new nodes without
   * asking the engine again (a re-render replaced the text nodes and the old Ranges collapsed);
   * other text → analyse again.
   */
  refresh(): Promise<void>;
  /**
   * Asks the reader's settings again (colours re-applied, paint mode followed) and analyses afresh:
   * custom sources, colours or the paint mode changed.
   */
  reload(): Promise<void>;
  tabReport(): TabReport;
  setVisible(visible: boolean): { visible: boolean };
  reveal(attributionId: string): boolean;
  paintedText(): Record<string, string[]>;
  dispose(): void;
}

export function createSession(host: SessionHost): Session {
  const { doc, send, slicer } = host;
  let status: PageStatus = 'no-article';
  let report: Report | null = null;
  let article: Article | null = null;
  let painter: Painter | null = null;
  let wantsVisible = true; // what the reader asked for last; survives re-analysis
  let hasToggled = false; // the reader chose on this page: stored settings answering late must not undo it
  let isDisposed = false;
  let settings: Promise<boolean> | undefined;
  let colors: { remove(): void } | null = null;
  /** The Highlight API, or null when the reader chose marks (screen readers announce a <mark>). */
  let api = host.api;
  let generation = 0;

  const reset = (next: PageStatus) => {
    painter?.clear();
    painter = article = report = null;
    status = next;
  };

  const announce = () => {
    send('reportReady', session.tabReport()).catch(logOnce);
  };

  const show = async (next: Article, nextReport: Report, isStale: () => boolean) => {
    const fresh = await createPainter(next.map, nextReport, api, logOnce, slicer);
    if (isStale()) return fresh.clear();
    reset('article');
    article = next;
    report = nextReport;
    painter = fresh;
    if (!wantsVisible) painter.setVisible(false);
  };

  /**
   * The reader's choices for this page (true: excluded), asked once and shared by every run;
   * defaults when the background cannot say. The answer may come after the reader toggled or
   * after dispose(): then it changes nothing, and adds no style sheet that nobody would remove.
   */
  const settle = (): Promise<boolean> => (settings ??= send('getPageSettings', { url: doc.URL }).then((s) => {
    if (isDisposed) return false;
    if (!hasToggled && typeof s?.highlightsVisible === 'boolean') wantsVisible = s.highlightsVisible;
    colors = applyCustomColors(doc, s?.colors ?? {});
    api = s?.paintMode === 'mark' ? null : host.api;
    return s?.isExcluded === true;
  }, (e) => {
    logOnce(e);
    return false;
  }));

  /** Runs one read → analyse → paint; `reuse` keeps the report when the text has not changed. */
  const run = async (reuse: boolean) => {
    const mine = ++generation;
    const isStale = () => mine !== generation;
    try {
      const isExcluded = await settle();
      if (isStale()) return;
      if (isExcluded) {
        reset('no-article'); // the reader excluded this site: the page is not even read
        return announce();
      }
      // Marks split the page's text nodes: they come out before the page is read, so the new map
      // holds the page's own nodes; the same text over the same nodes below puts them back.
      if (painter?.mode === 'marks') painter.setVisible(false);
      // The root found last time is read again while it is in the page: detection walks the whole
      // page, and a page that keeps changing (live blog, feed) would pay it on every change.
      const root = reuse && article?.root.isConnected ? article.root : detectArticle(doc);
      const next = await readArticleChunked(doc, slicer.shouldYield, slicer.pause, root);
      if (isStale()) return;
      if (!next) {
        if (status === 'no-article' && reuse) return; // still nothing here: nothing to say
        reset('no-article');
        return announce();
      }
      if (reuse && report && article?.text === next.text) {
        if (!article.map.isIntact()) await show(next, report, isStale); // same words over new nodes: repaint only
        else painter?.setVisible(wantsVisible);
        return;
      }
      const answer = await send('analyzeArticle', { text: next.text, lang: next.lang });
      if (isStale()) return;
      if (!isReport(answer)) throw new Error('malformed report');
      if (answer.textLength !== next.text.length) {
        throw new RangeError(`report/text length ${answer.textLength}/${next.text.length}`);
      }
      await show(next, answer, isStale);
      if (isStale()) return;
    } catch (e) {
      if (isStale()) return;
      logOnce(e);
      reset('error');
    }
    announce();
  };

  const session: Session = {
    get status() { return status; },
    get report() { return report; },
    get article() { return article; },
    get painter() { return painter; },
    analyse: () => run(false),
    refresh: () => run(true),
    reload() {
      settings = undefined;
      colors?.remove();
      colors = null;
      return run(false);
    },
    tabReport: () => ({ url: doc.URL, title: doc.title, status, report, highlightsVisible: painter?.isVisible ?? false }),
    setVisible(visible) {
      wantsVisible = visible;
      hasToggled = true;
      painter?.setVisible(visible);
      announce();
      return { visible: painter?.isVisible ?? false };
    },
    reveal(id) {
      try {
        return painter?.reveal(id) ?? false;
      } catch (e) {
        logOnce(e);
        return false;
      }
    },
    paintedText: () => painter?.paintedText() ?? {},
    dispose() {
      isDisposed = true;
      generation++;
      colors?.remove();
      reset(status);
    },
  };
  return session;
}

/** What the content script needs from WXT's ContentScriptContext. */
export interface Context {
  onInvalidated(cb: () => void): unknown;
  addEventListener(target: EventTarget, type: string, listener: (e: Event) => void): void;
}

/** Our own context: WXT's, plus a way to ask, at any time, whether the extension is still there. */
export interface OwnContext extends Context {
  /** False once the extension is gone (reloaded, updated, removed); asking ends the context then. */
  isLive(): boolean;
}

/**
 * Our own lifetime, on our own AbortController. WXT's context also ends when the page dispatches
 * its "content script started" CustomEvent, and any page can; so its end counts only when the
 * extension really is gone (`browser.runtime.id` unset after a reload or removal), checked again
 * on each of our events because WXT tells only once.
 */
export function ownContext(ctx: Pick<Context, 'onInvalidated'>, isAlive = () => !!browser.runtime?.id): OwnContext {
  const controller = new AbortController();
  const { signal } = controller;
  const check = () => {
    if (!isAlive()) controller.abort();
    return !signal.aborted;
  };
  ctx.onInvalidated(check);
  return {
    onInvalidated: (cb) => signal.addEventListener('abort', cb),
    addEventListener: (target, type, listener) => target.addEventListener(type, (e) => check() && listener(e), { signal }),
    isLive: check,
  };
}

/**
 * Where a page's session leaves word of itself, in the content script's own world (the page cannot
 * see it): a way to ask whether it is still live. The script can be injected again into a page that
 * has it (a second click, a click while the registered script is reading).
 */
const LIVE = Symbol.for('sourcelight.session');

/**
 * Claims the page for one session and returns how to give it back; null when a live session has it.
 * A session left behind by an extension that was reloaded or updated is asked, not trusted: it finds
 * its extension gone, ends, and the page is free. (WXT tells an old script only once, and a page can
 * spend that telling.)
 */
export function claimPage(ctx: Pick<OwnContext, 'onInvalidated' | 'isLive'>, scope: Record<symbol, unknown> = globalThis as never): (() => void) | null {
  const owner = scope[LIVE];
  if (typeof owner === 'function') {
    let isOwnerLive = false;
    try {
      isOwnerLive = owner() === true;
    } catch {
      // An old script whose world the browser tore down: nobody owns the page.
    }
    if (isOwnerLive) return null;
  }
  const mine = () => ctx.isLive();
  const release = () => { if (scope[LIVE] === mine) delete scope[LIVE]; };
  scope[LIVE] = mine;
  ctx.onInvalidated(release);
  return release;
}

/**
 * Starts Sourcelight on the current page: analysis now, message handlers, cleanup on invalidation.
 * Returns null when the page already has a live session: one reader per page.
 */
export function startSession(wxtContext: Context): Session | null {
  const ctx = ownContext(wxtContext);
  const release = claimPage(ctx);
  if (!release) return null;
  let session: Session;
  let stopListening: () => void;
  try {
    session = createSession({ doc: document, send: sendMessage, api: highlightApi(), slicer: createSlicer() });
    stopListening = listen({
      setHighlightsVisible: ({ visible }) => session.setVisible(visible),
      revealClaim: ({ attributionId }) => session.reveal(attributionId),
      getPaintedText: () => session.paintedText(),
      refreshPage: () => void session.reload(),
    });
  } catch (error) {
    release(); // a start that failed must not keep the next click out
    throw error;
  }
  ctx.onInvalidated(() => {
    stopListening();
    session.dispose();
  });
  // Do not await: a failure here must stay ours, never an unhandled rejection on the page.
  session.analyse().catch(logOnce);
  watchPage(session, ctx, document);
  startCard(session, ctx, document);
  return session;
}
