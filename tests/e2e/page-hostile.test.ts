/**
 * Issue 5, "never break a page": the hostile pages of tests/fixtures/pages/hostile/ in Chromium and
 * Firefox with the built extension. On each: highlights get painted (or, where nothing may be read,
 * nothing is), the page logs no error, its button still works, no script carried by page text
 * runs, and hiding the highlights leaves the DOM exactly as it was, as does showing them again.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browsers, poll, startPageServer, type ExtensionBrowser, type PageServer, type TabPage } from './harness';
import { paintedText, type Painted } from './support/driver';

interface Hostile {
  file: string;
  /** Something a skipped region holds, which must never be painted. */
  neverPainted?: string[];
  /** Waits for the page's own script to settle before the DOM is compared. */
  settled?: () => boolean;
}

const PAGES: Hostile[] = [
  { file: 'huge-live-blog.html' },
  { file: 'deep-nesting.html' },
  { file: 'mutation-storm.html', settled: () => document.body.dataset.calm === 'yes' },
  { file: 'editable.html', neverPainted: ['Draft', 'the talks failed', 'according to AFP'] },
  { file: 'code.html', neverPainted: ['build passed', 'say --according-to', 'officials said: done'] },
  { file: 'rtl.html' },
  { file: 'shadow.html', neverPainted: ['private to the page'] },
  { file: 'iframes.html', neverPainted: ['officials said nothing'] },
  { file: 'script-text.html' },
  { file: 'frozen-prototypes.html' },
  { file: 'clobbering.html' },
];

const hasSources = (p: Painted) => Object.keys(p).some((name) => name.startsWith('sourcelight-source-'));

// SOURCELIGHT_BROWSER=chromium|firefox runs one browser only (while working on one).
const only = process.env.SOURCELIGHT_BROWSER;

describe.each(browsers.filter((b) => !only || b.name === only))('hostile pages in $name', ({ launch }) => {
  let server: PageServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startPageServer();
    ext = await launch();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  test.each(PAGES)('$file', async ({ file, neverPainted = [], settled }) => {
    const page: TabPage = await ext.openPage(server.url(`hostile/${file}`));
    try {
      if (settled) await page.waitFor(settled, undefined, 30_000);
      const tabId = await ext.tabIdOf(page);
      
      // Painting waits for the background's engine: poll, then assert on what was seen.
      const painted = await poll(() => paintedText(ext, tabId), hasSources, 30_000);
      expect(hasSources(painted), `${file}: nothing painted (${JSON.stringify(painted).slice(0, 300)})`).toBe(true);
      const all = Object.values(painted).flat().join(' | ');
      for (const text of neverPainted) expect(all, `${file}: painted text from a region that must be skipped`).not.toContain(text);

      // The page still works, and nothing the page's text says ran as code.
      await page.click('#probe');
      expect(await page.evaluate(() => document.getElementById('count')?.textContent)).toBe('1');
      expect(await page.evaluate(() => String((window as unknown as { __pwned?: unknown }).__pwned))).toBe('undefined');

      // Hiding and showing never touch the DOM.
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      expect(await ext.sendToTab(tabId, 'setHighlightsVisible', { visible: false })).toEqual({ visible: false });
      expect(await paintedText(ext, tabId)).toEqual({});
      expect(await page.evaluate(() => document.documentElement.outerHTML) === before, `${file}: DOM changed when hiding`).toBe(true);
      expect(await ext.sendToTab(tabId, 'setHighlightsVisible', { visible: true })).toEqual({ visible: true });
      expect(hasSources(await paintedText(ext, tabId))).toBe(true);
      expect(await page.evaluate(() => document.documentElement.outerHTML) === before, `${file}: DOM changed when showing`).toBe(true);

      expect(ext.pageErrors(), `${file}: errors on the page`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
