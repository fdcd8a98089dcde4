/**
 * Keeps highlights in step with pages that change after load: client-rendered articles, live
 * blogs, re-renders that replace text nodes (our Ranges then collapse: re-read and repaint, don't
 * patch), SPA navigation. Cheap by construction: the observer callback only filters records; the
 * work runs once the page has been quiet for a moment (or at most every few seconds during a
 * storm), never while the tab is hidden, and only a bounded number of times on a non-article page.
 */
import { logOnce } from './log';
import { observeWith, takePageRecords } from './own-mutations';
import type { Context, Session } from './session';

export interface WatchOptions {
  /** Quiet time after the last change before re-reading. */
  quietMs?: number;
  /** Longest wait during a continuous stream of changes. */
  maxWaitMs?: number;
  /** How many times a page without an article is looked at again (per URL). */
  maxLooks?: number;
}

export function watchPage(session: Session, ctx: Context, doc: Document, { quietMs = 700, maxWaitMs = 3000, maxLooks = 8 }: WatchOptions = {}): () => void {
  let href = doc.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: ReturnType<typeof setInterval> | undefined; // while resting, until the address changes
  let firstChangeAt = 0;
  let looks = 0;
  let addedText = 0;
  let isFullRun = false;

  const fire = () => {
    clearTimeout(timer);
    timer = undefined;
    firstChangeAt = addedText = 0;
    const full = isFullRun;
    isFullRun = false;
    (full ? session.analyse() : session.refresh()).catch(logOnce);
  };

  const schedule = (full = false) => {
    isFullRun ||= full;
    const now = performance.now();
    if (!firstChangeAt) firstChangeAt = now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(quietMs, firstChangeAt + maxWaitMs - now)));
  };

  const navigated = () => {
    href = doc.location.href;
    looks = 0;
    schedule(true);
  };

  /** Does this batch touch the article, or (no article yet) add enough text to be worth a look? */
  const matters = (records: MutationRecord[]) => {
    const root = session.article?.root;
    if (root) return !root.isConnected || records.some((r) => root.contains(r.target) || r.target.contains(root));
    if (looks >= maxLooks) {
      // Looked enough at this address (a feed that never ends): stop observing until it changes.
      observer.disconnect();
      idle = setInterval(() => {
        if (doc.location.href === href) return;
        clearInterval(idle);
        idle = undefined;
        observe();
        navigated();
      }, 1000);
      return false;
    }
    for (const r of records) for (const n of r.addedNodes) if ((addedText += n.textContent?.length ?? 0) > 200) return true;
    return false;
  };

  // The content script's own MutationObserver: in Firefox the page's one, reached through Xray, never calls back.
  const observer = new MutationObserver((records) => {
    try {
      // SPA navigation: the page changed its URL without loading (pushState) and re-rendered. Seen here,
      // not through WXT's "wxt:locationchange" event, which any page can dispatch to make us work.
      if (doc.location.href !== href) return navigated();
      records = [...takePageRecords(), ...records];
      if (!matters(records)) return;
      if (!session.article) looks++;
      schedule();
    } catch (e) {
      logOnce(e);
    }
  });
  const observe = () => observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  observeWith(observer);

  // Observation pauses while the tab is hidden; coming back, one cheap look (same text: nothing to do).
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') {
      observer.disconnect();
      clearTimeout(timer);
      timer = undefined;
    } else if (!idle) {
      observe();
      schedule();
    }
  };
  if (doc.visibilityState !== 'hidden') observe();
  ctx.addEventListener(doc, 'visibilitychange', onVisibility);

  const stop = () => {
    observer.disconnect();
    observeWith(null);
    clearTimeout(timer);
    clearInterval(idle);
  };
  ctx.onInvalidated(stop);
  return stop;
}
