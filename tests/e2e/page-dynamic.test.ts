/**
 * Issue 5, dynamic pages, in both browsers: a client-rendered article (tests/fixtures/pages/spa.html)
 * is found once the app has rendered it, and after an SPA navigation (history.pushState, no load)
 * the highlights follow the new article and the popup's report is replaced.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browsers, poll, startPageServer, type ExtensionBrowser, type PageServer, type TabPage } from './harness';
import { paintedText, type Painted } from './support/driver';

const only = process.env.SOURCELIGHT_BROWSER;
const claims = (p: Painted) => (p['sourcelight-claim'] ?? []).join(' | ');

describe.each(browsers.filter((b) => !only || b.name === only))('dynamic page in $name', ({ launch }) => {
  let server: PageServer;
  let ext: ExtensionBrowser;
  let page: TabPage;
  let tabId: number;
  const painted = () => paintedText(ext, tabId);

  beforeAll(async () => {
    server = await startPageServer();
    ext = await launch();
    await ext.inExtension(() => 1); // opens the harness's extension tab now, not in the middle of the test
    page = await ext.openPage(server.url('spa.html'));
    // Observation pauses while a tab is hidden (by design): keep the article's tab in front.
    await (page as unknown as { page: { bringToFront(): Promise<void> } }).page.bringToFront();
    tabId = await ext.tabIdOf(page);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  test('the article rendered after load is found and painted', async () => {
    const seen = await poll(painted, (p) => claims(p).length > 0, 30_000);
    expect(claims(seen)).toMatch(/record quarterly profit|Demand for our accelerators/);
  });

  test('after pushState navigation, the highlights follow the new article', async () => {
    await page.click('#next');
    const seen = await poll(painted, (p) => /European regulators|in-depth inquiry|concerned the deal/.test(claims(p)), 30_000);
    expect(claims(seen)).toMatch(/European regulators|in-depth inquiry|concerned the deal/);
    expect(claims(seen)).not.toMatch(/record quarterly profit/);
    expect(ext.pageErrors()).toEqual([]);
  });
});
