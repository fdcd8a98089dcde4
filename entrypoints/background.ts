import { browser, type Browser } from 'wxt/browser';
import { readingMode, readTab, syncReader } from '@/utils/access';
import { analyze } from '@/utils/engine/index';
import { onMessages, sendMessage, type PageSettings, type TabReport } from '@/utils/messaging';
import { customSources, highlightsFor, isExcluded, moveSiteRulesOffSync, paintModeOf, preferences, siteRules, tabReportStore, validCustomSources } from '@/utils/storage';

/** Badge colours: an accent while the page is highlighted, grey when the reader turned highlights off. */
export const BADGE_ON = '#2f5bd3';
export const BADGE_OFF = '#8a8f98';
/** commands in wxt.config.ts: the keyboard shortcut that shows or hides the current tab's highlights. */
export const TOGGLE_COMMAND = 'toggle-highlights';

export default defineBackground({
  // Firefox MV2: an event page, unloaded when idle like Chrome's service worker (and the engine with
  // it); every tab's state is in session storage, nothing needs the page to stay alive.
  persistent: false,
  main,
});

function main() {
  const reports = tabReportStore();
  const action = browser.action ?? browser.browserAction; // MV3 Chrome / MV2 Firefox
  let hasLoggedStorage = false;
  /** Session storage refused a write (full, or gone): logged once; the tab simply keeps less. */
  const logStorageFailure = (error: unknown) => {
    if (hasLoggedStorage) return;
    hasLoggedStorage = true;
    console.warn('[sourcelight] could not keep a tab report in session storage', error);
  };

  async function showBadge(tabId: number, tab: TabReport | null) {
    const count = tab?.report?.sources.length ?? 0;
    const isOff = tab?.highlightsVisible === false;
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    await action.setBadgeBackgroundColor({ tabId, color: isOff ? BADGE_OFF : BADGE_ON });
    // The button's accessible name: a screen reader hears what the badge shows.
    const title = count > 0 ? browser.i18n.getMessage(isOff ? 'badgeTitleOff' : 'badgeTitle', String(count)) : browser.i18n.getMessage('extName');
    await action.setTitle({ tabId, title });
  }

  async function forget(tabId: number) {
    await reports.remove(tabId);
    await showBadge(tabId, null).catch(() => undefined); // the tab may already be gone
  }

  async function pageSettings(url: string): Promise<PageSettings> {
    const [rules, prefs] = await Promise.all([siteRules.getValue(), preferences.getValue()]);
    return { isExcluded: isExcluded(url, rules), highlightsVisible: highlightsFor(url, rules, prefs), colors: prefs.colors, paintMode: paintModeOf(prefs) };
  }

  /** Asks the tab to show or hide its highlights and records what it answered. */
  async function setVisible(tabId: number, kept: TabReport, visible: boolean) {
    const { visible: now } = await sendMessage('setHighlightsVisible', { visible }, tabId);
    const next = { ...kept, highlightsVisible: now };
    await reports.set(tabId, next).catch(logStorageFailure);
    await showBadge(tabId, next);
  }

  /**
   * After a site or global switch changed: bring every analysed tab in line with the new rules. A
   * site excluded meanwhile has its highlights hidden now (the page is not read again until it reloads).
   */
  async function applySettings() {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      const tabId = tab.id;
      await inTurn(tabId, async () => {
        const kept = await reports.get(tabId);
        if (!kept?.report) return;
        const settings = await pageSettings(kept.url);
        const visible = settings.highlightsVisible && !settings.isExcluded;
        if (visible !== kept.highlightsVisible) await setVisible(tabId, kept, visible).catch(() => undefined);
      });
    }
  }

  /**
   * Runs one tab's report updates one after another: two reportReady messages arriving together must
   * not both find "no report yet" and both act as the page's first.
   */
  const turns = new Map<number, Promise<unknown>>();
  function inTurn<T>(tabId: number, step: () => Promise<T>): Promise<T> {
    const next = (turns.get(tabId) ?? Promise.resolve()).then(step, step);
    const settled = next.catch(() => undefined);
    turns.set(tabId, settled);
    void settled.then(() => { if (turns.get(tabId) === settled) turns.delete(tabId); });
    return next;
  }

  /**
   * The reader's grant decides whether every page is read (utils/access.ts); logged, never thrown.
   * Any permission change is followed: the browser's own site-access settings may grant or take
   * back the origins under other patterns than ours, and syncing again costs nothing.
   */
  const syncReading = (options?: { refresh?: boolean }) => void syncReader(browser, options).catch((error) => console.error('[sourcelight] could not update where pages are read', error));
  syncReading();
  browser.runtime.onInstalled.addListener(({ reason }) => syncReading({ refresh: reason === 'update' }));
  browser.runtime.onStartup?.addListener(() => syncReading());
  browser.permissions.onAdded.addListener(() => syncReading());
  browser.permissions.onRemoved.addListener(() => syncReading());

  /** Does the tab have our content script? Silence: not injected, or a page we may not read. */
  const isReached = (tabId: number) => sendMessage('getPaintedText', {}, tabId).then(() => true, () => false);

  /**
   * The reader lent us a tab (toolbar button, shortcut): true once it has our content script,
   * injected now if need be; false for an excluded site (never read) or a page the browser refuses.
   */
  async function readLentTab(tabId: number): Promise<boolean> {
    if (await isReached(tabId)) return true;
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (tab?.url && isExcluded(tab.url, await siteRules.getValue())) return false; // the url is there: the tab is lent
    // Still loading while reading is automatic: the registered script reads it at idle; a second
    // copy would only stand down.
    if (tab?.status === 'loading' && (await readingMode()) === 'automatic') return true;
    return readTab(tabId);
  }

  // Site rules used to live in sync storage (sent through the browser vendor's servers): now local only.
  moveSiteRulesOffSync().catch((error) => console.error('[sourcelight] could not move the site rules off sync storage', error));

  onMessages({
    analyzeArticle: async (data, sender) => {
      const tabId = contentTabId(sender);
      if (isExcluded(sender.url ?? '', await siteRules.getValue())) {
        throw new Error('[sourcelight] this site is excluded in the options');
      }
      const custom = validCustomSources(await customSources.getValue());
      const report = analyze(data.text, { ...(data.lang ? { lang: data.lang } : {}), ...(custom.length ? { customSources: custom } : {}) });
      // Kept beside the report (memory-only session storage) so exports can quote with context.
      // Not awaited into the answer: a full storage costs the export its context, never the page its report.
      await reports.setText(tabId, data.text).catch(logStorageFailure);
      return report;
    },
    reportReady: (data, sender) => {
      const tabId = contentTabId(sender);
      // The browser's word for the page's address, not the page's own (sender.url is always set for
      // content scripts, and needs no `tabs` permission).
      const tab: TabReport = { ...data, url: sender.url ?? data.url };
      return inTurn(tabId, async () => {
        const isFirst = !(await reports.get(tabId))?.report;
        await reports.set(tabId, tab).catch(logStorageFailure);
        await showBadge(tabId, tab);
        // A page that painted before asking getPageSettings: the reader's site or global choice wins
        // on its first report. Later reports with another visibility are the reader's own toggles.
        if (isFirst && tab.report) {
          const { highlightsVisible } = await pageSettings(tab.url);
          if (highlightsVisible !== tab.highlightsVisible) await setVisible(tabId, tab, highlightsVisible).catch(() => undefined);
        }
      });
    },
    getTabReport: async ({ tabId }, sender) => {
      fromExtensionPage(sender);
      return reports.get(tabId);
    },
    getTabText: async ({ tabId }, sender) => {
      fromExtensionPage(sender);
      return reports.getText(tabId);
    },
    getPageSettings: async ({ url }, sender) => {
      contentTabId(sender);
      return pageSettings(url);
    },
    readTab: async ({ tabId }, sender) => {
      fromExtensionPage(sender);
      return readLentTab(tabId);
    },
  });

  // The listener's promise is ignored by the browser; it says when the shortcut has been handled.
  browser.commands?.onCommand.addListener((command) => {
    if (command !== TOGGLE_COMMAND) return undefined;
    return (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      const kept = await reports.get(tab.id);
      if (kept?.report) return await setVisible(tab.id, kept, !kept.highlightsVisible);
      // Not read yet (reading on click, or a tab opened before install): the shortcut lent this tab
      // (activeTab), so read it now, as a click on the toolbar button would.
      await readLentTab(tab.id);
    })().catch((error) => console.error('[sourcelight] shortcut failed', error));
  });

  /** Custom sources, colours or the paint mode changed: every analysed tab reads its settings again, re-analyses and repaints. */
  async function refreshPages() {
    for (const tab of await browser.tabs.query({})) {
      const tabId = tab.id;
      if (tabId === undefined || !(await reports.get(tabId))?.report) continue;
      await sendMessage('refreshPage', {}, tabId).catch(() => undefined); // the tab went meanwhile
    }
  }

  siteRules.watch(() => void applySettings());
  preferences.watch((next, previous) => {
    void applySettings();
    const isRepainted = JSON.stringify(next?.colors ?? {}) !== JSON.stringify(previous?.colors ?? {})
      || paintModeOf(next ?? {}) !== paintModeOf(previous ?? {});
    if (isRepainted) void refreshPages();
  });
  customSources.watch(() => void refreshPages());

  browser.tabs.onRemoved.addListener((tabId) => void forget(tabId));
  // Without the `tabs` permission onUpdated still fires, but carries no URL. A tab that finished
  // loading is asked whether our content script is there: a new page of ours reports on its own
  // (reportReady replaces the old report) and a jump to an anchor keeps the document and its script;
  // silence means a page we do not read (a browser page, a PDF, a download): its old report goes.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'complete') return;
    void reports.get(tabId).then(async (kept) => {
      if (!kept) return;
      if (!(await isReached(tabId))) await forget(tabId);
    }).catch((error) => console.error('[sourcelight] could not follow a tab update', error));
  });
}

/** Content-script messages must come from a tab's top frame: that tab is the one the report belongs to. */
function contentTabId(sender: Browser.runtime.MessageSender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || (sender.frameId !== undefined && sender.frameId !== 0)) {
    throw new Error('[sourcelight] content message from outside a tab top frame');
  }
  return tabId;
}

/** Popup and options messages come from our own pages, never from a content script in a web page. */
function fromExtensionPage(sender: Browser.runtime.MessageSender): void {
  if (!sender.url?.startsWith(browser.runtime.getURL('/'))) {
    throw new Error('[sourcelight] popup message from outside the extension pages');
  }
}
