/** The options page in Chromium and Firefox: add a source and a site rule, they are stored; axe finds no violation. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browsers, poll, type ExtensionBrowser, type TabPage } from './harness';
import { axeViolations, driverOf } from './support/driver';

/** Runs in the extension (serialised: it gets everything as its argument). */
const storageGet = ({ area, key }: { area: 'sync' | 'local'; key: string }) => ((globalThis as any).browser ?? (globalThis as any).chrome).storage[area].get(key);

describe.each(browsers)('options in $name', ({ launch }) => {
  let ext: ExtensionBrowser;
  let options: TabPage;

  beforeAll(async () => {
    ext = await launch();
    options = await ext.openExtensionPage('options.html', 'main.options');
    await options.setViewport(800, 1100);
  });
  afterAll(async () => { await ext?.close(); });

  test('a custom source typed with the keyboard is stored for the engine', async () => {
    const keys = driverOf(options).keyboard;
    await options.click('#source-name');
    await keys.type('Kyiv Independent');
    await options.click('#source-aliases');
    await keys.type('KI, the Kyiv Independent');
    await keys.press('Enter'); // submits the form
    await options.waitForSelector('[data-custom-source="Kyiv Independent"]');
    const stored = await poll(() => ext.inExtension(storageGet, { area: 'local' as const, key: 'customSources' }), (v) => Boolean(v.customSources));
    expect(stored).toEqual({ customSources: [{ name: 'Kyiv Independent', type: 'media', aliases: ['KI', 'the Kyiv Independent'] }] });
  });

  test('an excluded site is stored as a site rule, on this device only', async () => {
    await options.click('#site-host');
    await driverOf(options).keyboard.type('www.example.com');
    await driverOf(options).keyboard.press('Enter');
    await options.waitForSelector('[data-site="example.com"]');
    // Kept on this device only: the sites a reader excludes are never sent through the browser's sync.
    const stored = await poll(() => ext.inExtension(storageGet, { area: 'local' as const, key: 'siteRules' }), (v) => Boolean(v.siteRules?.['example.com']));
    expect(stored).toEqual({ siteRules: { 'example.com': { isExcluded: true } } });
    expect(await ext.inExtension(storageGet, { area: 'sync' as const, key: 'siteRules' })).toEqual({});
    await options.screenshot('options-page');
  });

  test('has no accessibility violation', async () => {
    expect(await axeViolations(options)).toEqual([]);
  });

  test('logs no error and sends no request', () => {
    // Firefox's remote-settings loader ("RSLoader:") now and then logs its blocked update check: not ours.
    const errors = ext.pageErrors().filter((e) => !/^console\.error: RSLoader:/.test(e));
    expect(errors, JSON.stringify(errors)).toEqual([]);
    expect(ext.externalRequests()).toEqual([]);
  });
});
