import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleReport, sampleTab } from '../components/sample-report';

const analyze = vi.hoisted(() => vi.fn());
vi.mock('@/utils/engine/index', () => ({ analyze }));

import background, { BADGE_OFF, BADGE_ON, TOGGLE_COMMAND } from '../../entrypoints/background';
import { customSources, preferences, siteRules } from '../../utils/storage';
import { t } from '../components/locale';

const ownId = fakeBrowser.runtime.id;
const extensionPage = { id: ownId, url: fakeBrowser.runtime.getURL('/popup.html') };
/** A content script's message: Chrome and Firefox give `url` (the frame's address) without the `tabs` permission, not `tab.url`. */
const contentOf = (tabId: number, url = sampleTab.url) => ({ id: ownId, tab: { id: tabId } as never, frameId: 0, url });

/** Delivers a message as the browser would and returns the first answer. */
async function send(sourcelight: string, data: unknown, sender: object) {
  const answers = await fakeBrowser.runtime.onMessage.trigger({ sourcelight, data }, sender, () => {});
  return answers.find((a: unknown) => a !== undefined);
}
const badge = async (tabId: number) => ({
  text: await fakeBrowser.action.getBadgeText({ tabId }),
  color: await fakeBrowser.action.getBadgeBackgroundColor({ tabId }),
});
const title = (tabId: number) => fakeBrowser.action.getTitle({ tabId });
const rgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

/** An event the fake browser lacks (commands.onCommand), with a way to fire it. */
function fakeEvent<L extends (...args: never[]) => unknown>() {
  const listeners = new Set<L>();
  return {
    addListener: (l: L) => void listeners.add(l),
    removeListener: (l: L) => void listeners.delete(l),
    hasListener: (l: L) => listeners.has(l),
    /** Calls every listener; resolves when what they returned (a handler's promise) has settled. */
    fire: (...args: Parameters<L>) => Promise.all([...listeners].map((l) => l(...args))),
  };
}
let onCommand: ReturnType<typeof fakeEvent<(command: string) => void>>;
/** What each tab's content script was asked; it answers setHighlightsVisible like the real one. */
const likeContentScript = async (_tabId: number, message: { sourcelight: string; data: { visible?: boolean } }) =>
  (message.sourcelight === 'setHighlightsVisible' ? { visible: message.data.visible } : message.sourcelight === 'getPaintedText' ? {} : undefined);
const toTabs = vi.fn(likeContentScript);

/** The browser's grant and its registered content scripts, which the fake browser lacks. */
let granted: boolean;
let registered: { id: string; matches?: string[]; js?: string[]; css?: string[] }[];
let onPermissionAdded: ReturnType<typeof fakeEvent<(p: { origins?: string[] }) => void>>;
let onPermissionRemoved: ReturnType<typeof fakeEvent<(p: { origins?: string[] }) => void>>;
const scripting = {
  getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((r) => ids.includes(r.id))),
  registerContentScripts: vi.fn(async (scripts: typeof registered) => {
    if (scripts.some((s) => registered.some((r) => r.id === s.id))) throw new Error('Duplicate script ID');
    registered.push(...scripts);
  }),
  unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => { registered = registered.filter((r) => !ids.includes(r.id)); }),
  updateContentScripts: vi.fn(async (scripts: typeof registered) => {
    for (const s of scripts) {
      const i = registered.findIndex((r) => r.id === s.id);
      if (i < 0) throw new Error(`No script with ID '${s.id}'`);
      registered[i] = { ...registered[i]!, ...s };
    }
  }),
  insertCSS: vi.fn(async () => undefined),
  executeScript: vi.fn(async () => []),
};
/** Lets a test change the grant as the reader (or the browser's settings) would, and waits for the background to follow. */
async function setGrant(on: boolean) {
  granted = on;
  await (on ? onPermissionAdded : onPermissionRemoved).fire({ origins: ['http://*/*', 'https://*/*'] });
}

beforeEach(() => {
  fakeBrowser.reset();
  analyze.mockReset();
  toTabs.mockReset();
  toTabs.mockImplementation(likeContentScript);
  onCommand = fakeEvent();
  Object.assign(fakeBrowser, { commands: { onCommand } });
  granted = false;
  registered = [];
  onPermissionAdded = fakeEvent();
  onPermissionRemoved = fakeEvent();
  Object.values(scripting).forEach((f) => f.mockClear());
  Object.assign(fakeBrowser, {
    scripting,
    permissions: { contains: async ({ origins }: { origins: string[] }) => granted && origins.every((o) => /^https?:\/\/\*\/\*$/.test(o)), onAdded: onPermissionAdded, onRemoved: onPermissionRemoved },
  });
  fakeBrowser.tabs.sendMessage = toTabs as never;
  fakeBrowser.i18n.getMessage = t as never; // the fake browser has no locale files: read ours
  background.main();
});

describe('analyzeArticle', () => {
  test('runs the engine on the text with the page language', async () => {
    analyze.mockReturnValue(sampleReport);
    await expect(send('analyzeArticle', { text: 'Selon l\'AFP, …', lang: 'fr' }, contentOf(3))).resolves.toBe(sampleReport);
    expect(analyze).toHaveBeenCalledWith('Selon l\'AFP, …', { lang: 'fr' });
  });

  test('keeps the analysed text for the popup, and forgets it with the tab', async () => {
    analyze.mockReturnValue(sampleReport);
    await send('analyzeArticle', { text: 'Selon l\'AFP, …', lang: 'fr' }, contentOf(3));
    await expect(send('getTabText', { tabId: 3 }, extensionPage)).resolves.toBe('Selon l\'AFP, …');
    await expect(send('getTabText', { tabId: 3 }, contentOf(9))).rejects.toThrow(/extension pages/); // not for web pages
    await fakeBrowser.tabs.onRemoved.trigger(3, { windowId: 0, isWindowClosing: false });
    await vi.waitFor(async () => expect(await send('getTabText', { tabId: 3 }, extensionPage)).toBeNull());
  });

  test('a full session storage costs the kept text, never the analysis', async () => {
    analyze.mockReturnValue(sampleReport);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const full = vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('Session storage quota bytes exceeded.'));
    await expect(send('analyzeArticle', { text: 'Selon l\'AFP, …', lang: 'fr' }, contentOf(3))).resolves.toBe(sampleReport);
    await expect(send('analyzeArticle', { text: 'Selon Reuters, …', lang: 'fr' }, contentOf(4))).resolves.toBe(sampleReport);
    await expect(send('getTabText', { tabId: 3 }, extensionPage)).resolves.toBeNull();
    // reportReady too: the badge still shows what the page found.
    await expect(send('reportReady', sampleTab, contentOf(3))).resolves.toBeUndefined();
    expect((await badge(3)).text).toBe(String(sampleReport.sources.length));
    expect(warn).toHaveBeenCalledTimes(1); // logged once, not per message
    expect(String(warn.mock.calls[0]![0])).toMatch(/^\[sourcelight\]/);
    full.mockRestore();
    warn.mockRestore();
  });

  test('without a declared language the engine detects it', async () => {
    analyze.mockReturnValue(sampleReport);
    await send('analyzeArticle', { text: 'x', lang: null }, contentOf(3));
    expect(analyze).toHaveBeenCalledWith('x', {});
  });

  test('is refused from a sender that is not a tab, or another extension', async () => {
    await expect(send('analyzeArticle', { text: 'x', lang: null }, extensionPage)).rejects.toThrow(/outside a tab/);
    await expect(send('analyzeArticle', { text: 'x', lang: null }, { ...contentOf(3), id: 'other' })).resolves.toBeUndefined();
    expect(analyze).not.toHaveBeenCalled();
  });

  test('a malformed message is dropped', async () => {
    await expect(send('analyzeArticle', { text: 42, lang: null }, contentOf(3))).resolves.toBeUndefined();
    expect(analyze).not.toHaveBeenCalled();
  });
});

describe('tab reports', () => {
  test('reportReady is kept per tab and answered to the popup', async () => {
    await send('reportReady', sampleTab, contentOf(7));
    await expect(send('getTabReport', { tabId: 7 }, extensionPage)).resolves.toEqual(sampleTab);
    await expect(send('getTabReport', { tabId: 8 }, extensionPage)).resolves.toBeNull();
  });

  test('survives the service worker being stopped (kept in session storage)', async () => {
    await send('reportReady', sampleTab, contentOf(7));
    fakeBrowser.runtime.onMessage.removeAllListeners?.();
    background.main(); // a fresh worker: nothing in memory
    await expect(send('getTabReport', { tabId: 7 }, extensionPage)).resolves.toEqual(sampleTab);
  });

  test('getTabReport is refused from a web page', async () => {
    await send('reportReady', sampleTab, contentOf(7));
    await expect(send('getTabReport', { tabId: 7 }, contentOf(9))).rejects.toThrow(/extension pages/);
  });

  test('reportReady from a subframe is refused', async () => {
    await expect(send('reportReady', sampleTab, { ...contentOf(7), frameId: 2 })).rejects.toThrow();
    await expect(send('getTabReport', { tabId: 7 }, extensionPage)).resolves.toBeNull();
  });

  test('closing the tab forgets its report', async () => {
    const tab = await fakeBrowser.tabs.create({ url: sampleTab.url });
    await send('reportReady', sampleTab, contentOf(tab.id!));
    await fakeBrowser.tabs.onRemoved.trigger(tab.id!, { windowId: tab.windowId, isWindowClosing: false });
    await vi.waitFor(async () => expect(await send('getTabReport', { tabId: tab.id }, extensionPage)).toBeNull());
  });

  // Without the `tabs` permission onUpdated carries no URL: the background asks the tab instead.
  test('a tab that finished loading a page our content script is not on forgets its report', async () => {
    const tab = await fakeBrowser.tabs.create({ url: sampleTab.url });
    await send('reportReady', sampleTab, contentOf(tab.id!));
    toTabs.mockImplementation(async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); });
    await fakeBrowser.tabs.update(tab.id!, { status: 'loading' } as never);
    await fakeBrowser.tabs.update(tab.id!, { status: 'complete' } as never);
    await vi.waitFor(async () => expect(await send('getTabReport', { tabId: tab.id }, extensionPage)).toBeNull());
    await vi.waitFor(async () => expect((await badge(tab.id!)).text).toBe(''));
  });

  test('a jump to an anchor (our content script still answers) keeps the report', async () => {
    const tab = await fakeBrowser.tabs.create({ url: sampleTab.url });
    await send('reportReady', sampleTab, contentOf(tab.id!));
    await fakeBrowser.tabs.update(tab.id!, { status: 'loading' } as never);
    await fakeBrowser.tabs.update(tab.id!, { status: 'complete' } as never);
    // The positive signal: the background asked the tab whether our script is there, and it answered.
    await vi.waitFor(() => expect(toTabs).toHaveBeenCalledWith(tab.id, { sourcelight: 'getPaintedText', data: {} }));
    await toTabs.mock.results.at(-1)!.value;
    await expect(send('getTabReport', { tabId: tab.id }, extensionPage)).resolves.toEqual(sampleTab);
    expect((await badge(tab.id!)).text).toBe(String(sampleReport.sources.length));
  });

  test('a new page of ours replaces the report with its own', async () => {
    await send('reportReady', sampleTab, contentOf(7));
    const next = { ...sampleTab, url: 'https://news.example/other', status: 'no-article' as const, report: null };
    await send('reportReady', next, contentOf(7, next.url));
    await expect(send('getTabReport', { tabId: 7 }, extensionPage)).resolves.toEqual(next);
    expect((await badge(7)).text).toBe('');
  });
});

describe('badge', () => {
  test('shows the number of sources, also in the button title', async () => {
    await send('reportReady', sampleTab, contentOf(4));
    expect(await badge(4)).toEqual({ text: String(sampleReport.sources.length), color: rgba(BADGE_ON) });
    expect(await title(4)).toBe('Sourcelight: 7 sources in this article');
  });

  test('is empty when there are no sources', async () => {
    await send('reportReady', { ...sampleTab, status: 'no-article', report: null }, contentOf(4));
    expect((await badge(4)).text).toBe('');
    expect(await title(4)).toBe('Sourcelight');
  });

  test('looks different when the reader turned highlights off', async () => {
    await send('reportReady', sampleTab, contentOf(4));
    await send('reportReady', { ...sampleTab, highlightsVisible: false }, contentOf(4));
    expect(await badge(4)).toEqual({ text: String(sampleReport.sources.length), color: rgba(BADGE_OFF) });
    expect(await title(4)).toBe('Sourcelight: 7 sources, highlights hidden');
  });
});

describe('reader settings', () => {
  test('custom sources from the options reach the engine', async () => {
    analyze.mockReturnValue(sampleReport);
    const custom = [{ name: 'Kyiv Independent', type: 'media' as const, aliases: ['KI'] }];
    await customSources.setValue(custom);
    await send('analyzeArticle', { text: 'x', lang: 'en' }, contentOf(3));
    expect(analyze).toHaveBeenCalledWith('x', { lang: 'en', customSources: custom });
  });

  test('on start, site rules kept in sync storage by an older version move to this device only', async () => {
    const v2 = { 'news.example': { highlights: 'off' } };
    // The worker started by beforeEach found nothing and stored empty local rules: start from an older install instead.
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('siteRules')).toEqual({ siteRules: {} }));
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.sync.set({ siteRules: v2, siteRules$: { v: 2 } });
    fakeBrowser.runtime.onMessage.removeAllListeners?.();
    background.main(); // the updated extension starts
    await vi.waitFor(async () => expect(await fakeBrowser.storage.sync.get(null)).toEqual({}));
    expect(await siteRules.getValue()).toEqual(v2);
    expect(await fakeBrowser.storage.local.get('siteRules')).toEqual({ siteRules: v2 });
  });

  test('one malformed custom source in storage is left out; the others still reach the engine', async () => {
    analyze.mockReturnValue(sampleReport);
    const good = { name: 'Kyiv Independent', type: 'media' as const, aliases: ['KI'] };
    await customSources.setValue([good, { name: 'Broken', type: 'blog', aliases: 'B' } as never]);
    await expect(send('analyzeArticle', { text: 'x', lang: 'en' }, contentOf(3))).resolves.toBe(sampleReport);
    expect(analyze).toHaveBeenCalledWith('x', { lang: 'en', customSources: [good] });
  });

  test('an excluded site is never analysed (the address the browser gives, not the tab object)', async () => {
    await siteRules.setValue({ 'news.example': { isExcluded: true } });
    const sender = { ...contentOf(3), url: 'https://www.news.example/a', tab: { id: 3 } as never }; // no tab.url without `tabs`
    await expect(send('analyzeArticle', { text: 'x', lang: 'fr' }, sender)).rejects.toThrow(/excluded/);
    expect(analyze).not.toHaveBeenCalled();
  });

  test('getPageSettings answers the content script from the rules', async () => {
    await siteRules.setValue({ 'news.example': { highlights: 'off' } });
    await preferences.setValue({ highlights: true, colors: { 2: '#abcdef' }, paintMode: 'mark' });
    await expect(send('getPageSettings', { url: 'https://news.example/a' }, contentOf(3)))
      .resolves.toEqual({ isExcluded: false, highlightsVisible: false, colors: { 2: '#abcdef' }, paintMode: 'mark' });
    await expect(send('getPageSettings', { url: 'https://other.example/a' }, contentOf(3)))
      .resolves.toEqual({ isExcluded: false, highlightsVisible: true, colors: { 2: '#abcdef' }, paintMode: 'mark' });
  });

  test('a page that painted on a site with highlights off is told to hide them, once', async () => {
    await siteRules.setValue({ 'news.example': { highlights: 'off' } });
    await send('reportReady', sampleTab, contentOf(5));
    expect(toTabs).toHaveBeenCalledWith(5, { sourcelight: 'setHighlightsVisible', data: { visible: false } });
    expect((await send('getTabReport', { tabId: 5 }, extensionPage) as typeof sampleTab).highlightsVisible).toBe(false);
    expect((await badge(5)).color).toEqual(rgba(BADGE_OFF));
    // The reader then turns them on for this tab: a later report is their choice and stays.
    toTabs.mockClear();
    await send('reportReady', { ...sampleTab, highlightsVisible: true }, contentOf(5));
    expect(toTabs).not.toHaveBeenCalled();
  });

  test('the page\'s address is the one the browser gives with the message, not the one in the report', async () => {
    await siteRules.setValue({ 'news.example': { highlights: 'off' } });
    await send('reportReady', { ...sampleTab, url: 'https://elsewhere.example/' }, contentOf(5));
    expect(toTabs).toHaveBeenCalledWith(5, { sourcelight: 'setHighlightsVisible', data: { visible: false } });
    expect((await send('getTabReport', { tabId: 5 }, extensionPage) as typeof sampleTab).url).toBe(sampleTab.url);
  });

  test('two first reports arriving together: the site rule is applied once, not twice', async () => {
    await siteRules.setValue({ 'news.example': { highlights: 'off' } });
    await Promise.all([send('reportReady', sampleTab, contentOf(5)), send('reportReady', sampleTab, contentOf(5))]);
    const hides = toTabs.mock.calls.filter(([tabId, m]) => tabId === 5 && m.sourcelight === 'setHighlightsVisible');
    expect(hides).toHaveLength(1);
  });

  test('excluding a site hides the highlights of its open tabs', async () => {
    const tab = await fakeBrowser.tabs.create({ url: sampleTab.url });
    const other = await fakeBrowser.tabs.create({ url: 'https://other.example/a' });
    await send('reportReady', sampleTab, contentOf(tab.id!));
    await send('reportReady', { ...sampleTab, url: 'https://other.example/a' }, contentOf(other.id!, 'https://other.example/a'));
    await siteRules.setValue({ 'news.example': { isExcluded: true } });
    await vi.waitFor(async () => expect((await badge(tab.id!)).color).toEqual(rgba(BADGE_OFF)));
    expect(toTabs).toHaveBeenCalledWith(tab.id, { sourcelight: 'setHighlightsVisible', data: { visible: false } });
    expect(toTabs.mock.calls.filter(([id]) => id === other.id)).toEqual([]); // another site keeps its highlights
  });

  test('turning highlights off everywhere reaches the open tabs', async () => {
    const tab = await fakeBrowser.tabs.create({ url: sampleTab.url });
    await send('reportReady', sampleTab, contentOf(tab.id!));
    await preferences.setValue({ highlights: false, colors: {}, paintMode: 'highlight' });
    await vi.waitFor(() => expect(toTabs).toHaveBeenCalledWith(tab.id, { sourcelight: 'setHighlightsVisible', data: { visible: false } }));
    await vi.waitFor(async () => expect((await badge(tab.id!)).color).toEqual(rgba(BADGE_OFF)));
  });
});

describe('custom sources and colours reach open tabs', () => {
  const refreshes = (tabId: number) => toTabs.mock.calls.filter(([id, m]) => id === tabId && m.sourcelight === 'refreshPage');

  test('a new custom source makes every analysed tab re-analyse', async () => {
    const tab = await fakeBrowser.tabs.create({ url: sampleTab.url });
    const blank = await fakeBrowser.tabs.create({ url: 'https://blank.example/' }); // never reported: nothing to redo
    await send('reportReady', sampleTab, contentOf(tab.id!));
    await customSources.setValue([{ name: 'Gazette du Nord', type: 'media', aliases: ['la Gazette'] }]);
    await vi.waitFor(() => expect(refreshes(tab.id!)).toHaveLength(1));
    expect(refreshes(blank.id!)).toEqual([]);
  });

  test('new colours repaint; the global switch alone does not re-analyse', async () => {
    const tab = await fakeBrowser.tabs.create({ url: sampleTab.url });
    await send('reportReady', sampleTab, contentOf(tab.id!));
    await preferences.setValue({ highlights: false, colors: {}, paintMode: 'highlight' });
    await vi.waitFor(() => expect(toTabs).toHaveBeenCalledWith(tab.id, { sourcelight: 'setHighlightsVisible', data: { visible: false } }));
    await preferences.setValue({ highlights: false, colors: { '2': '#112233' }, paintMode: 'highlight' });
    await vi.waitFor(() => expect(refreshes(tab.id!)).toHaveLength(1));
  });

  test('choosing marks (or highlights again) repaints every analysed tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: sampleTab.url });
    await send('reportReady', sampleTab, contentOf(tab.id!));
    await preferences.setValue({ highlights: true, colors: {}, paintMode: 'mark' });
    await vi.waitFor(() => expect(refreshes(tab.id!)).toHaveLength(1));
    await expect(send('getPageSettings', { url: sampleTab.url }, contentOf(tab.id!))).resolves.toMatchObject({ paintMode: 'mark' });
    await preferences.setValue({ highlights: true, colors: {}, paintMode: 'highlight' });
    await vi.waitFor(() => expect(refreshes(tab.id!)).toHaveLength(2));
    await expect(send('getPageSettings', { url: sampleTab.url }, contentOf(tab.id!))).resolves.toMatchObject({ paintMode: 'highlight' });
  });
});

describe('keyboard shortcut', () => {
  /** The shortcut acts on the active tab of the focused window. */
  async function activeTab(url: string) {
    const win = await fakeBrowser.windows.create({ focused: true });
    return fakeBrowser.tabs.create({ url, active: true, windowId: win!.id });
  }

  test('toggles the active tab and its badge', async () => {
    const tab = await activeTab(sampleTab.url);
    await send('reportReady', sampleTab, contentOf(tab.id!));
    onCommand.fire(TOGGLE_COMMAND);
    await vi.waitFor(async () => expect((await badge(tab.id!)).color).toEqual(rgba(BADGE_OFF)));
    expect(toTabs).toHaveBeenLastCalledWith(tab.id, { sourcelight: 'setHighlightsVisible', data: { visible: false } });
    onCommand.fire(TOGGLE_COMMAND);
    await vi.waitFor(async () => expect((await badge(tab.id!)).color).toEqual(rgba(BADGE_ON)));
  });

  test('does nothing on a tab its script reads without a report yet, or for another command', async () => {
    const tab = await activeTab('https://a.example/');
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    await onCommand.fire(TOGGLE_COMMAND); // resolves once the handler has looked and given up
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true }); // it did look
    expect(toTabs).toHaveBeenCalledWith(tab.id, { sourcelight: 'getPaintedText', data: {} }); // the script is there
    expect(scripting.executeScript).not.toHaveBeenCalled();
    await send('reportReady', sampleTab, contentOf(tab.id!));
    query.mockClear();
    toTabs.mockClear();
    await onCommand.fire('something-else');
    expect(query).not.toHaveBeenCalled();
    expect(toTabs).not.toHaveBeenCalled();
    query.mockRestore();
  });

  test('on a tab not read yet (reading on click), reads it: the shortcut lent the tab', async () => {
    const tab = await activeTab('https://a.example/');
    toTabs.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await onCommand.fire(TOGGLE_COMMAND);
    expect(scripting.insertCSS).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: ['/content-scripts/content.css'] });
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
  });
});

describe('reading on click or automatically', () => {
  const reader = () => registered.find((r) => r.id === 'sourcelight-reader');

  test('without the grant nothing is registered; the grant registers the reader for http and https pages, withdrawing it unregisters', async () => {
    await vi.waitFor(() => expect(scripting.getRegisteredContentScripts).toHaveBeenCalled()); // the start-up check
    expect(reader()).toBeUndefined();
    await setGrant(true);
    await vi.waitFor(() => expect(reader()).toBeDefined());
    expect(reader()).toMatchObject({ matches: ['http://*/*', 'https://*/*'], js: ['/content-scripts/content.js'], css: ['/content-scripts/content.css'], persistAcrossSessions: true });
    await setGrant(false);
    await vi.waitFor(() => expect(reader()).toBeUndefined());
  });

  test('a start, an install and a grant arriving together register once', async () => {
    granted = true;
    await Promise.all([fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never), setGrant(true), fakeBrowser.runtime.onStartup.trigger()]);
    await vi.waitFor(() => expect(reader()).toBeDefined());
    expect(registered).toHaveLength(1);
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  test('a grant under other patterns (the browser\'s own site settings) is followed too', async () => {
    granted = true; // e.g. Chrome's "On all sites", reported as *://*/*
    await onPermissionAdded.fire({ origins: ['*://*/*'] });
    await vi.waitFor(() => expect(reader()).toBeDefined());
  });

  test('an update rewrites the registration the previous version left', async () => {
    granted = true;
    registered = [{ id: 'sourcelight-reader', matches: ['https://*/*'], js: ['/old.js'] }];
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await vi.waitFor(() => expect(scripting.updateContentScripts).toHaveBeenCalled());
    expect(reader()).toMatchObject({ matches: ['http://*/*', 'https://*/*'], js: ['/content-scripts/content.js'], css: ['/content-scripts/content.css'] });
    expect(registered).toHaveLength(1);
  });

  test('readTab on a page still loading while reading is automatic leaves it to the registered script', async () => {
    granted = true;
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/live' });
    toTabs.mockRejectedValue(new Error('Receiving end does not exist.'));
    const loading = { ...(await fakeBrowser.tabs.get(tab.id!)), status: 'loading' };
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValueOnce(loading as never);
    await expect(send('readTab', { tabId: tab.id }, extensionPage)).resolves.toBe(true);
    expect(scripting.executeScript).not.toHaveBeenCalled();
  });

  test('readTab injects into a tab that has no script, leaves one that has it, and answers only extension pages', async () => {
    await expect(send('readTab', { tabId: 4 }, extensionPage)).resolves.toBe(true); // it answers getPaintedText: already read
    expect(scripting.executeScript).not.toHaveBeenCalled();
    toTabs.mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(send('readTab', { tabId: 4 }, extensionPage)).resolves.toBe(true);
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 4 }, files: ['/content-scripts/content.js'] });
    scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    await expect(send('readTab', { tabId: 5 }, extensionPage)).resolves.toBe(false); // refused: a store page, no grant
    await expect(send('readTab', { tabId: 4 }, contentOf(4))).rejects.toThrow(/extension pages/);
  });

  test('readTab leaves an excluded site alone: it is never read', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/article' });
    await siteRules.setValue({ 'news.example': { isExcluded: true } });
    toTabs.mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(send('readTab', { tabId: tab.id }, extensionPage)).resolves.toBe(false);
    expect(scripting.executeScript).not.toHaveBeenCalled();
    await siteRules.setValue({});
    await expect(send('readTab', { tabId: tab.id }, extensionPage)).resolves.toBe(true);
    expect(scripting.executeScript).toHaveBeenCalledTimes(1);
  });
});
