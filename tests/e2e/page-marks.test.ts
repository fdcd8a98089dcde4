/**
 * "Highlight style: marked text (for screen readers)", end to end in Chromium and Firefox: the reader
 * picks it with the keyboard on the options page, the seed article (../shared/eval/pages/seed-fr.html)
 * is then painted with <mark data-sourcelight> elements a screen reader announces, the switch takes
 * them out leaving the page's DOM byte-identical, and choosing coloured highlights again repaints an
 * open tab without its marks.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browsers, poll, startPageServer, type ExtensionBrowser, type PageServer, type TabPage } from './harness';
import { axeViolations, driverOf } from './support/driver';

/** Runs in the extension (serialised: it gets everything as its argument). */
const storedPreferences = () => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.sync.get('preferences');

interface MarkCoverage {
  /** data-sourcelight of every mark in the page, with its text. */
  marks: { labels: string; text: string }[];
  /** Whether every character of one occurrence of `name` in the body text sits inside a mark[data-sourcelight]. */
  isCovered: boolean;
  /** `sourcelight` highlights registered with ranges (none expected while marks paint). */
  highlights: number;
}

/** Runs in the page: marks are real elements, so the page's own world sees them in both browsers. */
function readMarks(name: string): MarkCoverage {
  const marks = [...document.querySelectorAll('mark[data-sourcelight]')].map((m) => ({ labels: m.getAttribute('data-sourcelight') ?? '', text: m.textContent ?? '' }));
  const chars: Text[] = [];
  let text = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = 0; i < node.data.length; i++) chars.push(node);
    text += node.data;
  }
  let isCovered = false;
  for (let at = text.indexOf(name); at >= 0 && !isCovered; at = text.indexOf(name, at + 1)) {
    isCovered = chars.slice(at, at + name.length).every((node) => node.parentElement?.closest('mark[data-sourcelight]'));
  }
  const registry = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
  const highlights = registry ? [...registry.entries()].filter(([n, h]) => n.startsWith('sourcelight') && h.size > 0).length : 0;
  return { marks, isCovered, highlights };
}

/** The document as the browser parses it with no extension (the seed page runs no script). */
async function pristineOuterHtml(): Promise<string> {
  const html = await (await fetch(location.href, { cache: 'no-store' })).text();
  return new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
}
const outerHtml = () => document.documentElement.outerHTML;

describe.each(browsers)('marked text for screen readers in $name', ({ launch }) => {
  let server: PageServer;
  let ext: ExtensionBrowser;
  let options: TabPage;
  let page: TabPage;
  let before: string;
  const marks = () => page.evaluate(readMarks, 'Marija Zakharova');

  beforeAll(async () => {
    server = await startPageServer();
    ext = await launch();
    options = await ext.openExtensionPage('options.html', 'main.options');
    await options.setViewport(800, 1100);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  test('the reader chooses marked text with the keyboard; it is stored with the preferences', async () => {
    await options.click('#paint-mode-highlight'); // already checked: clicking only focuses it
    await driverOf(options).keyboard.press('ArrowDown'); // a radio group moves its choice with the arrows
    const stored = await poll(() => ext.inExtension(storedPreferences), (v) => v.preferences?.paintMode === 'mark');
    expect(stored.preferences).toMatchObject({ highlights: true, paintMode: 'mark' });
    expect(await options.evaluate(() => (document.getElementById('paint-mode-mark') as HTMLInputElement).checked)).toBe(true);
    await options.screenshot('options-paint-mode');
  });

  test('the options page still has no accessibility violation', async () => {
    expect(await axeViolations(options)).toEqual([]);
  });

  test('the seed article is painted with <mark data-sourcelight>, covering "Marija Zakharova"', async () => {
    page = await ext.openPage(server.url('seed-fr.html'));
    await page.setViewport(1280, 900);
    before = await page.evaluate(pristineOuterHtml);
    const seen = await poll(marks, (m) => m.isCovered, 60_000);
    await page.evaluate(() => document.querySelector('.article-body')?.scrollIntoView());
    await page.screenshot('seed-page-marks');
    expect(seen.isCovered, `marks: ${JSON.stringify(seen.marks)}`).toBe(true);
    expect(seen.marks.filter((m) => m.labels.split(' ').includes('source-person')).map((m) => m.text).join('|')).toContain('Marija Zakharova');
    expect(seen.highlights, 'marks replace the Highlight API, they do not double it').toBe(0);
  });

  test('the switch takes every mark out, leaving the DOM byte-identical, and puts them back', async () => {
    const painted = (await marks()).marks;
    expect(painted.length).toBeGreaterThan(0);
    const popup = await ext.openPopup(await ext.tabIdOf(page));
    await popup.waitForSelector('label.switch');
    await popup.click('label.switch');
    const off = await poll(marks, (m) => m.marks.length === 0);
    expect(off.marks).toEqual([]);
    expect(await page.evaluate(outerHtml), 'hiding the marks left the DOM changed').toBe(before);

    await popup.click('label.switch');
    const on = await poll(marks, (m) => m.marks.length === painted.length);
    expect(on.marks).toEqual(painted);
    await popup.close();
  });

  test('choosing coloured highlights again repaints the open tab without marks, over the untouched DOM', async () => {
    await options.click('#paint-mode-highlight');
    const seen = await poll(marks, (m) => m.marks.length === 0 && m.highlights > 0, 60_000);
    expect(seen.marks).toEqual([]);
    expect(seen.highlights).toBeGreaterThan(0);
    expect(await page.evaluate(outerHtml), 'switching to highlights left the DOM changed').toBe(before);
  });

  test('logs no error and sends no request beyond 127.0.0.1', () => {
    const errors = ext.pageErrors().filter((e) => !/^console\.error: RSLoader:/.test(e));
    expect(errors, JSON.stringify(errors)).toEqual([]);
    expect(ext.externalRequests()).toEqual([]);
  });
});
