/**
 * Reading on click, the least-permission mode a fresh install is in, in Chromium and Firefox: no site
 * access, nothing read until the toolbar button is clicked (or the shortcut pressed), then that tab
 * alone. And the way to automatic reading and back, from the options page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browsers, poll, startPageServer, type ExtensionBrowser, type PageServer, type TabPage } from './harness';
import { paintedText, type Painted } from './support/driver';

/** Runs in the extension (serialised): what the browser granted and registered, and the addresses of the tabs with a report. */
const accessState = async () => {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const manifest = api.runtime.getManifest();
  const kept: Record<string, { url: string; highlightsVisible: boolean }> = await api.storage.session.get(null);
  return {
    permissions: manifest.permissions as string[],
    hostPermissions: (manifest.host_permissions ?? []) as string[],
    canReadAllSites: await api.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }) as boolean,
    registered: (await api.scripting.getRegisteredContentScripts()).map((s: { id: string }) => s.id) as string[],
    reported: Object.entries(kept).filter(([k]) => k.startsWith('tabReport:')).map(([, v]) => v.url),
  };
};
/** Runs in the extension: whether the tab's kept report says its highlights are shown. */
const visibility = async (id: number) => {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  return (await api.storage.session.get(`tabReport:${id}`))[`tabReport:${id}`]?.highlightsVisible as boolean | undefined;
};
const hasSources = (p: Painted) => ['AFP', 'Reuters', 'Interfax'].every((name) => Object.values(p).flat().includes(name));

describe.each(browsers)('reading on click in $name', ({ name, launch }) => {
  let ext: ExtensionBrowser;
  let server: PageServer;
  let untouched: TabPage;

  beforeAll(async () => {
    server = await startPageServer();
    ext = await launch({ reading: 'on-click' });
    untouched = await ext.openPage(server.url('seed-fr.html?never-clicked'));
  });
  afterAll(async () => { await ext?.close(); await server?.close(); });

  test('as installed: no site access, nothing registered, the shortcut bound to Alt+Shift+S', async () => {
    const state = await ext.inExtension(accessState);
    expect(state.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(state.hostPermissions).toEqual([]);
    expect(state.canReadAllSites).toBe(false);
    expect(state.registered).toEqual([]);
    const commands = await ext.inExtension(() => ((globalThis as any).browser ?? (globalThis as any).chrome).commands.getAll());
    expect(commands.find((c: { name: string }) => c.name === 'toggle-highlights')?.shortcut).toBe('Alt+Shift+S');
  });

  test('a click on the toolbar button reads and paints that tab, and only that one', async () => {
    const page = await ext.openPage(server.url('seed-fr.html?clicked'));
    await ext.clickAction(page); // the popup opens and asks the background to read the tab it was lent
    const tabId = await ext.tabIdOf(page);
    expect(hasSources(await poll(() => paintedText(ext, tabId), hasSources))).toBe(true);
    // The page opened first, never clicked, had all that time and was not read.
    expect((await ext.inExtension(accessState)).reported).toEqual([page.url()]);
    expect(untouched.url()).toContain('never-clicked');
    // The popup says how it reads, and offers the other way.
    const popup = await ext.openPopup(tabId);
    await popup.waitForSelector('.reading-hint');
    expect(await popup.texts('.reading-hint')).toEqual(['Sourcelight reads a page when you click its button. Read every page automatically…']);
    await popup.screenshot('popup-on-click', { fullPage: true });
    await popup.close();
  });

  test('the script injected again into a page it reads stands down: one reader per page', async () => {
    const page = await ext.openPage(server.url('seed-fr.html?twice'));
    await ext.clickAction(page);
    const tabId = await ext.tabIdOf(page);
    await poll(() => paintedText(ext, tabId), hasSources);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    await ext.sendToTab(tabId, 'setHighlightsVisible', { visible: false });
    // A second copy of the script (the tab is still lent): a second reader would paint again.
    await ext.inExtension((id: number) => ((globalThis as any).browser ?? (globalThis as any).chrome).scripting
      .executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] }), tabId);
    // Seen two ways: the first reader to answer (Firefox), and the page's highlight registry, which
    // Chromium shares between the page and its content scripts.
    const paintedAgain = async () => Object.keys(await paintedText(ext, tabId)).length > 0
      || page.evaluate(() => [...((CSS as any).highlights?.values() ?? [])].some((h: { size: number }) => h.size > 0));
    expect(await poll(paintedAgain, Boolean, 3_000)).toBe(false);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(html);
  });

  test.runIf(name === 'firefox')('the shortcut reads a tab not read yet, then hides and shows its highlights', async () => {
    const page = await ext.openPage(server.url('seed-fr.html?shortcut'));
    expect(await ext.pressShortcut!(page)).toEqual({ key: 'S', modifiers: 'alt,shift' });
    const tabId = await ext.tabIdOf(page);
    await poll(() => paintedText(ext, tabId), hasSources);
    await ext.pressShortcut!(page);
    expect(await poll(() => ext.inExtension(visibility, tabId), (v) => v === false)).toBe(false);
    expect(await poll(() => paintedText(ext, tabId), (p) => Object.keys(p).length === 0)).toEqual({});
    await ext.pressShortcut!(page);
    expect(await poll(() => ext.inExtension(visibility, tabId), (v) => v === true)).toBe(true);
    expect(hasSources(await poll(() => paintedText(ext, tabId), hasSources))).toBe(true);
  });

  // Chromium shows a permission prompt that a headless run cannot answer; Firefox grants the request
  // without one here (extensions.webextOptionalPermissionPrompts), after the same click.
  test.runIf(name === 'firefox')('"Automatically" in the options asks for the sites, then pages are read as they load; "On click" gives them back', async () => {
    const options = await ext.openExtensionPage('options.html', '#reading-on-click:checked');
    await options.click('#reading-automatic');
    let state = await poll(() => ext.inExtension(accessState), (s) => s.registered.includes('sourcelight-reader'));
    expect(state.canReadAllSites).toBe(true);
    const automatic = await ext.openPage(server.url('seed-fr.html?automatic'));
    const tabId = await ext.tabIdOf(automatic); // it reported without a click
    expect(hasSources(await poll(() => paintedText(ext, tabId), hasSources))).toBe(true);
    await options.click('#reading-on-click');
    state = await poll(() => ext.inExtension(accessState), (s) => s.registered.length === 0 && !s.canReadAllSites);
    expect(state).toMatchObject({ registered: [], canReadAllSites: false });
    await options.waitForSelector('#reading-on-click:checked');
    await options.close();
  });

  test('logs no error and sends no request', () => {
    const errors = ext.pageErrors().filter((e) => !/^console\.error: RSLoader:/.test(e));
    expect(errors, JSON.stringify(errors)).toEqual([]);
    expect(ext.externalRequests()).toEqual([]);
  });
});
