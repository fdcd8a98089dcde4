/**
 * Issue 5, the card: hovering a painted source shows it (hit-tested through the caret APIs, since
 * highlights have no events), Escape hides it, and Alt+Shift+N steps to a claim with the card
 * docked and the claim flashed. In both browsers, on the seed article; screenshots kept.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browsers, poll, startPageServer, type ExtensionBrowser, type PageServer, type TabPage } from './harness';

/** What both drivers (Playwright, Puppeteer) offer for input. */
interface Input {
  mouse: { move(x: number, y: number): Promise<void> };
  keyboard: { down(key: string): Promise<void>; up(key: string): Promise<void>; press(key: string): Promise<void> };
}
const input = (tab: TabPage) => (tab as unknown as { page: Input }).page;
const only = process.env.SOURCELIGHT_BROWSER;

describe.each(browsers.filter((b) => !only || b.name === only))('card in $name', ({ launch }) => {
  let server: PageServer;
  let ext: ExtensionBrowser;
  let page: TabPage;

  beforeAll(async () => {
    server = await startPageServer();
    ext = await launch();
    page = await ext.openPage(server.url('seed-fr.html'));
    await page.setViewport(1280, 900);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const hasCard = () => page.evaluate(() => document.querySelector('sourcelight-card') !== null);

  test('hovering a source shows the card; Escape hides it', async () => {
    // Where the first painted person is on screen (main world: the registry is the document's).
    const box = await poll(
      () => page.evaluate(() => {
        const h = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights?.get('sourcelight-source-person');
        const r = h ? [...h][0] : undefined;
        if (!r) return null;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = r.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: r.toString() };
      }),
      (b) => b !== null,
      60_000,
    );
    expect(box, 'no person was painted').not.toBeNull();
    await input(page).mouse.move(box!.x, box!.y);
    await page.waitFor(() => document.querySelector('sourcelight-card') !== null, undefined, 10_000);
    // The card's inside is a closed shadow root: the page sees the host, never the contents.
    expect(await page.evaluate(() => document.querySelector('sourcelight-card')?.shadowRoot ?? null)).toBeNull();
    await page.screenshot('card-hover');
    await input(page).keyboard.press('Escape');
    expect(await hasCard()).toBe(false);
  });

  test('Alt+Shift+N steps to a claim, flashes it and docks the card', async () => {
    const keys = input(page).keyboard;
    await keys.down('Alt');
    await keys.down('Shift');
    await keys.press('KeyN');
    await keys.up('Shift');
    await keys.up('Alt');
    await page.waitFor(() => document.querySelector('sourcelight-card') !== null, undefined, 10_000);
    const flashed = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights?.get('sourcelight-flash');
      return h ? [...h].map((r) => r.toString()) : [];
    });
    expect(flashed.length).toBeGreaterThan(0);
    await page.screenshot('card-keyboard');
    expect(ext.pageErrors()).toEqual([]);
  });
});
