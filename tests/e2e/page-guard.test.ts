/**
 * What a page can and cannot make the content script do, in Chromium and Firefox, on
 * tests/fixtures/pages/hostile/custom-elements.html (no <article>: found by scoring paragraphs):
 * finding the article runs none of the page's custom-element constructors and fetches nothing;
 * the page cannot switch us off by faking WXT's events; revealing a claim scrolls to it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browsers, GECKO_ID, poll, startPageServer, type ExtensionBrowser, type PageServer, type TabPage } from './harness';
import { paintedText, type Painted } from './support/driver';

const hasSources = (p: Painted) => Object.keys(p).some((name) => name.startsWith('sourcelight-source-'));
const only = process.env.SOURCELIGHT_BROWSER;
const FILE = 'hostile/custom-elements.html';

describe.each(browsers.filter((b) => !only || b.name === only))('page guard in $name', ({ launch }) => {
  let server: PageServer;
  let ext: ExtensionBrowser;
  let page: TabPage;
  let tabId: number;
  const painted = () => paintedText(ext, tabId);

  beforeAll(async () => {
    server = await startPageServer();
    ext = await launch();
    await ext.inExtension(() => 1); // opens the harness's extension tab now, not in the middle of the test
    page = await ext.openPage(server.url(FILE));
    await (page as unknown as { page: { bringToFront(): Promise<void> } }).page.bringToFront();
    tabId = await ext.tabIdOf(page);
    await poll(painted, hasSources, 30_000);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  test('finding the article constructs none of the page’s elements and requests nothing', async () => {
    expect(hasSources(await painted())).toBe(true);
    // The page's own two <x-note>, upgraded once each; a copy of the page would construct more.
    expect(await page.evaluate(() => (window as unknown as { __constructed: number }).__constructed)).toBe(2);
    expect(server.requests('hostile/probe.svg')).toBe(1); // the page's own load, nothing of ours
    expect(ext.pageErrors()).toEqual([]);
  });

  test('the page cannot switch Sourcelight off by faking WXT’s events', async () => {
    // WXT names its events after the extension's runtime id: the Chromium id, Firefox's add-on id.
    const runtimeId = ext.name === 'firefox' ? GECKO_ID : ext.extensionId;
    await page.evaluate((id) => {
      document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'page' } }));
      window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
    }, runtimeId);
    // Ending the context clears the highlights at once, synchronously, in the dispatch above.
    expect(hasSources(await painted())).toBe(true);
    expect(await ext.sendToTab(tabId, 'setHighlightsVisible', { visible: false })).toEqual({ visible: false });
    expect(await ext.sendToTab(tabId, 'setHighlightsVisible', { visible: true })).toEqual({ visible: true });
    expect(hasSources(await painted())).toBe(true);
    expect(ext.pageErrors()).toEqual([]);
  });

  test('revealing a claim scrolls the page to it', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await ext.sendToTab(tabId, 'revealClaim', { attributionId: 'a0' })).toBe(true); // the first claim, far below the fold
    expect(await poll(() => page.evaluate(() => window.scrollY), (y) => y > 0, 10_000)).toBeGreaterThan(0);
  });

  test('a 100,000-word page is painted as the reader scrolls: what is reported painted grows', async () => {
    const blog = await ext.openPage(server.url('hostile/huge-live-blog.html'));
    try {
      await (blog as unknown as { page: { bringToFront(): Promise<void> } }).page.bringToFront();
      const blogTab = await ext.tabIdOf(blog);
      const claims = () => paintedText(ext, blogTab).then((p) => p['sourcelight-claim']?.length ?? 0);
      const first = await poll(claims, (n) => n > 0, 30_000);
      expect(first).toBeGreaterThan(0);
      await blog.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      expect(await poll(claims, (n) => n > first, 30_000)).toBeGreaterThan(first);
    } finally {
      await blog.close();
    }
  });
});
