/**
 * E2E harness: the built extension in real Chromium (playwright-core) and Firefox (puppeteer-core),
 * behind one small interface, plus a static server on 127.0.0.1 for the test pages.
 *
 * Usage (every E2E test runs in both browsers):
 *
 *   import { browsers, startPageServer, type ExtensionBrowser } from './harness';
 *
 *   describe.each(browsers)('$name', ({ launch }) => {
 *     let ext: ExtensionBrowser;
 *     let server: PageServer;
 *     beforeAll(async () => { server = await startPageServer(); ext = await launch(); });
 *     afterAll(async () => { await ext?.close(); await server?.close(); });
 *
 *     test('paints the seed article', async () => {
 *       const page = await ext.openPage(server.url('seed-fr.html'));   // /work/shared/eval/pages or tests/fixtures/pages
 *       await page.waitFor(() => CSS.highlights.size > 0);           // a condition, never a sleep
 *       const tabId = await ext.tabIdOf(page);
 *       const popup = await ext.openPopup(tabId);                      // popup.html?tabId=N in a tab
 *       await popup.waitForSelector('li');
 *       await popup.screenshot('seed-popup');                          // tests/e2e/screenshots/<browser>-seed-popup.png
 *       expect(ext.pageErrors()).toEqual([]);
 *       expect(ext.externalRequests()).toEqual([]);                    // nothing left 127.0.0.1
 *     });
 *   });
 *
 * Functions given to `evaluate`/`waitFor` are serialised and run in the browser: they cannot close
 * over test variables, pass what they need as the argument.
 * `inExtension(fn, arg)` runs `fn` where the WebExtension API lives (the service worker in Chromium,
 * an extension page in Firefox); inside, use `(globalThis.browser ?? globalThis.chrome)`.
 * Build first (`npm run build`): the harness loads .output/chrome-mv3 and .output/firefox-mv2.
 */
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** /work/shared sits beside the repository, in development as in CI. */
export const sharedDir = resolve(repoRoot, '..', 'shared');
export const screenshotDir = join(repoRoot, 'tests', 'e2e', 'screenshots');
export const chromeBuildDir = join(repoRoot, '.output', 'chrome-mv3');
export const firefoxBuildDir = join(repoRoot, '.output', 'firefox-mv2');
export const GECKO_ID = 'sourcelight@sourcelight.app';
/** Fixed so that the moz-extension:// base URL is known before the extension is installed. */
export const FIREFOX_UUID = '5a6f1c2e-8d3b-4f7a-9c41-2b7e0d9f3a68';

export type BrowserName = 'chromium' | 'firefox';

/** How a browser is started. */
export interface LaunchOptions {
  /** The browser's UI language (BCP 47, e.g. 'fr'); the browser's default (English) when absent. */
  locale?: string;
  /**
   * 'automatic' (the default): the reader has let Sourcelight read every page (the optional host
   * permission is granted and the content script registered) before the launch resolves.
   * 'on-click': the extension as installed, with no site access: it reads a tab only when its
   * toolbar button is clicked (`clickAction`) or its shortcut pressed.
   */
  reading?: 'automatic' | 'on-click';
}
type Fn<A, R> = (arg: A) => R | Promise<R>;

/** A tab, whatever drives it. */
export interface TabPage {
  url(): string;
  evaluate<R, A = undefined>(fn: Fn<A, R>, arg?: A): Promise<R>;
  /** Resolves when `fn(arg)` returns something truthy in the page; rejects after `timeout` ms. */
  waitFor<A = undefined>(fn: Fn<A, unknown>, arg?: A, timeout?: number): Promise<void>;
  waitForSelector(selector: string, timeout?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** textContent of every element matching `selector`. */
  texts(selector: string): Promise<string[]>;
  setViewport(width: number, height: number): Promise<void>;
  /** Saves tests/e2e/screenshots/<browser>-<name>.png (the viewport, or the whole page) and returns its path. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** Chromium: the 32-letter id; Firefox: the internal UUID. */
  readonly extensionId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`, with the trailing slash. */
  readonly extensionBaseUrl: string;
  /** Opens `url` in a new tab and resolves once it has loaded. */
  openPage(url: string): Promise<TabPage>;
  /** Opens an extension page (e.g. `popup.html?tabId=3`) in a new tab, resolved once `readySelector` exists. */
  openExtensionPage(path: string, readySelector?: string): Promise<TabPage>;
  /** The popup for tab `tabId`, as a tab on `popup.html?tabId=N` sized like a popup. */
  openPopup(tabId: number): Promise<TabPage>;
  /** The WebExtension tab id of a page opened with `openPage`. */
  tabIdOf(page: TabPage): Promise<number>;
  /** Runs `fn(arg)` where the WebExtension API is available (Chromium: service worker; Firefox: an extension page). */
  inExtension<R, A = undefined>(fn: Fn<A, R>, arg?: A): Promise<R>;
  /**
   * Clicks Sourcelight's toolbar button on `page`'s tab, made the active one: the browser lends the
   * tab (activeTab) and opens the popup, as a reader's click does. Chromium: DevTools'
   * Extensions.triggerAction; Firefox: the browser action's own trigger, in the browser's scope.
   */
  clickAction(page: TabPage): Promise<void>;
  /**
   * Presses the toggle shortcut (Alt+Shift+S) on `page`'s tab and returns the key the browser bound.
   * Firefox only: the key element Firefox registered for the command is fired through the browser's
   * command path (a synthesised key press does not reach browser shortcuts in headless mode).
   * Chromium gives automation no way to press a browser-level shortcut (DevTools key events stop at
   * the page): undefined there.
   */
  pressShortcut?(page: TabPage): Promise<{ key: string; modifiers: string }>;
  /**
   * Stops the background as the browser does when it idles (Chromium's service worker, Firefox's
   * event page): whatever it kept in memory is gone, and its next event starts it afresh.
   */
  stopBackground(): Promise<void>;
  /** Sends a protocol message (`{ sourcelight: name, data }`) to a tab's content script and returns its answer. */
  sendToTab<R = unknown>(tabId: number, name: string, data: unknown): Promise<R>;
  /**
   * Uncaught errors and console errors since launch. Chromium: pages, extension pages and workers
   * (CDP events). Firefox: every context of ours, read from the browser's own output.
   */
  pageErrors(): string[];
  /**
   * Every request seen whose host is not 127.0.0.1 (data:, blob: and extension URLs are not network).
   * Chromium: pages and extension workers (CDP). Firefox: pages, plus a proxy that sees every context.
   */
  externalRequests(): string[];
  close(): Promise<void>;
}

// ---------- static pages on 127.0.0.1 ----------
export interface PageServer {
  readonly origin: string;
  url(path: string): string;
  /** How many requests the server has had for `path` (as given to `url`, without query) since it started. */
  requests(path: string): number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
};

/** The folders the server reads, first match wins. */
export const sharedPagesDir = join(sharedDir, 'eval', 'pages');
export const pageRoots = [sharedPagesDir, join(repoRoot, 'tests', 'fixtures', 'pages')];

/** Serves `pageRoots` on 127.0.0.1 with an ephemeral port; GET only, no directory listings. */
export async function startPageServer(): Promise<PageServer> {
  const hits = new Map<string, number>();
  if (!existsSync(sharedPagesDir)) throw new Error(`${sharedPagesDir} is missing: the shared folder must sit beside the repository (../shared)`);
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405).end(); return; }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    for (const root of pageRoots) {
      const file = resolve(root, '.' + path);
      if (!file.startsWith(root + sep)) continue;
      if (existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', () => ok()));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    requests: (path) => hits.get(`/${path.replace(/^\//, '')}`) ?? 0,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

// ---------- shared bits ----------
function screenshotPath(browser: BrowserName, name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return join(screenshotDir, `${browser}-${name.replace(/[^\w.-]+/g, '-')}.png`);
}

function isExternal(url: string): boolean {
  if (!/^(https?|wss?|ftp):/i.test(url)) return false; // data:, blob:, about:, chrome-extension:, moz-extension:
  return new URL(url).hostname !== '127.0.0.1';
}

function requireBuild(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir}/manifest.json is missing: run \`npm run build\` first`);
}

const POPUP_SIZE = { width: 420, height: 640 };

/**
 * Hosts of the browser's own services (updates, remote settings, safe browsing, puppeteer's dummy
 * endpoints): requests to them come from Firefox itself, not from the extension.
 */
const BROWSER_OWN_HOSTS = /(^|\.)(mozilla\.(com|org|net)|firefox\.com|mozaws\.net|mozgcp\.net|dummy\.test)$/i;

/**
 * An HTTP proxy on 127.0.0.1 that records what goes through it and lets nothing out. Firefox sends
 * every non-loopback request of every context there, the event page included, which no page-level
 * request event can see.
 */
async function startRequestTrap(onRequest: (url: string) => void): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    onRequest(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    onRequest(`https://${req.url ?? ''}/`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', () => ok()));
  return {
    port: (server.address() as { port: number }).port,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

// ---------- Chromium (playwright-core) ----------
class PlaywrightTab implements TabPage {
  constructor(readonly page: PwPage, private readonly browser: BrowserName) {}
  url() { return this.page.url(); }
  evaluate<R, A>(fn: Fn<A, R>, arg?: A): Promise<R> { return this.page.evaluate(fn as never, arg) as Promise<R>; }
  async waitFor<A>(fn: Fn<A, unknown>, arg?: A, timeout = 30_000) { await this.page.waitForFunction(fn as never, arg, { timeout, polling: 100 }); }
  async waitForSelector(selector: string, timeout = 30_000) { await this.page.waitForSelector(selector, { timeout }); }
  async click(selector: string) { await this.page.click(selector); }
  texts(selector: string) { return this.page.$$eval(selector, (els) => els.map((e) => e.textContent ?? '')); }
  async setViewport(width: number, height: number) { await this.page.setViewportSize({ width, height }); }
  async screenshot(name: string, { fullPage = false } = {}) { const path = screenshotPath(this.browser, name); await this.page.screenshot({ path, fullPage }); return path; }
  async close() { await this.page.close(); }
}

/**
 * Chromium falls back to en-US unless it has the language's resources, and Debian ships them apart
 * (chromium-l10n); Firefox keeps its own language unless it has a language pack (firefox-esr-l10n-*).
 * Either missing is an error, not a silent English run. English is built into both.
 */
function requireLanguageFiles(browser: BrowserName, locale: string): void {
  if (/^en\b/.test(locale)) return;
  const [dir, file, install] = browser === 'chromium'
    ? ['/usr/lib/chromium/locales', (l: string) => `${l}.pak`, 'chromium-l10n']
    : ['/usr/lib/firefox-esr/browser/extensions', (l: string) => `langpack-${l}@firefox-esr.mozilla.org.xpi`, `firefox-esr-l10n-${locale.split('-')[0]}`];
  if (![locale, locale.split('-')[0]!].some((l) => existsSync(join(dir, file(l))))) {
    throw new Error(`no ${locale} resources in ${dir}: ${browser} cannot run in ${locale} (apt-get install ${install})`);
  }
}

/**
 * The environment that gives Chromium `locale` as its UI language: LANGUAGE and LC_MESSAGES, with
 * LC_ALL, which would override them, dropped.
 */
function chromiumLocaleEnv(locale: string): Record<string, string> {
  const { LC_ALL: _, ...env } = process.env;
  const posix = locale.replace('-', '_');
  return { ...(env as Record<string, string>), LANGUAGE: posix, LC_MESSAGES: posix };
}

/** Loads .output/chrome-mv3 into Chromium (new headless mode: the only one that runs extensions). */
export async function launchChromium(options: LaunchOptions = {}, builtDir = chromeBuildDir): Promise<ExtensionBrowser> {
  requireBuild(builtDir);
  if (options.locale) requireLanguageFiles('chromium', options.locale);
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
  const isAutomatic = (options.reading ?? 'automatic') === 'automatic';
  // Chromium cannot answer a permission prompt headlessly: for automatic reading it loads a copy of
  // the build whose manifest grants the optional origins at install. Everything else is the build.
  const extensionDir = isAutomatic ? withOriginsGranted(builtDir, profile) : builtDir;
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: false, // the flag below selects the new headless mode; the old one has no extensions
    args: [
      '--headless=new', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
      '--enable-unsafe-extension-debugging', // lets DevTools click the toolbar button (Extensions.triggerAction)
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
    // On Linux Chromium takes its UI language from the environment, not from --lang (which only
    // reaches extension messages): without these, getUILanguage() and navigator.language stay en-US.
    ...(options.locale ? { env: chromiumLocaleEnv(options.locale) } : {}),
  });
  const errors: string[] = [];
  const external: string[] = [];
  context.on('weberror', (e) => errors.push(`pageerror: ${e.error().message}`));
  context.on('console', (m) => { if (m.type() === 'error') errors.push(`console.error: ${m.text()} (${m.location().url})`); });
  context.on('request', (r) => { if (isExternal(r.url())) external.push(r.url()); });

  const worker = async (): Promise<Worker> => context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL((await worker()).url()).host;
  const extensionBaseUrl = `chrome-extension://${extensionId}/`;

  // The MV3 service worker may be asleep; an extension page can always reach the API, so fall back to one.
  let controlPage: PwPage | undefined;
  // A worker Chromium stopped can stay listed, and its handle never answers: such handles are
  // remembered as stale once they time out (or after stopBackground) and skipped from then on.
  const staleWorkers = new WeakSet<Worker>();
  async function inExtension<R, A>(fn: Fn<A, R>, arg?: A): Promise<R> {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(extensionBaseUrl) && !staleWorkers.has(w));
    if (live) {
      try {
        const answer = await within(live.evaluate(fn as never, arg).then((value) => ({ value })), 10_000, null);
        if (answer) return answer.value as R;
        staleWorkers.add(live);
      } catch (e) {
        if (!/closed|destroyed|detached/i.test(String(e))) throw e;
      }
    }
    if (!controlPage || controlPage.isClosed()) {
      controlPage = await context.newPage();
      await controlPage.goto(`${extensionBaseUrl}popup.html?harness`); // an extension page: chrome.* is there
    }
    return (await controlPage.evaluate(fn as never, arg)) as R;
  }

  const api: ExtensionBrowser = {
    name: 'chromium',
    extensionId,
    extensionBaseUrl,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return new PlaywrightTab(page, 'chromium');
    },
    async openExtensionPage(path, readySelector = 'body') {
      const page = await context.newPage();
      await page.goto(extensionBaseUrl + path.replace(/^\//, ''));
      await page.waitForSelector(readySelector, { state: 'attached', timeout: 30_000 });
      return new PlaywrightTab(page, 'chromium');
    },
    async openPopup(tabId) {
      const page = await context.newPage();
      await page.setViewportSize(POPUP_SIZE);
      await page.goto(`${extensionBaseUrl}popup.html?tabId=${tabId}`);
      return new PlaywrightTab(page, 'chromium');
    },
    async tabIdOf(tab) {
      return tabIdByUrl(api, tab.url());
    },
    inExtension,
    async clickAction(tab) {
      const page = (tab as PlaywrightTab).page;
      await page.bringToFront();
      const cdp = await context.browser()!.newBrowserCDPSession();
      try {
        // The action belongs to a tab target (the page's container), found by its address.
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never) as { targetInfos: { type: string; url: string; targetId: string }[] };
        const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === page.url());
        if (tabs.length !== 1) throw new Error(`expected one tab on ${page.url()}, found ${tabs.length}`);
        await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tabs[0]!.targetId } as never);
      } finally {
        await cdp.detach();
      }
    },
    async stopBackground() {
      // DevTools can close a worker target; Chromium then starts the worker again on its next event.
      // A mark left in the worker's global scope proves it: a restarted worker does not have it.
      const ours = () => context.serviceWorkers().filter((w) => w.url().startsWith(extensionBaseUrl));
      // A closed worker's handle may never answer: each look is bounded.
      const hasMark = () => Promise.all(ours().map((w) => within(w.evaluate(() => (globalThis as any).__harnessMark === true), 2_000, false).catch(() => false)))
        .then((marks) => marks.some(Boolean));
      await Promise.all(ours().map((w) => w.evaluate(() => { (globalThis as any).__harnessMark = true; }).catch(() => undefined)));
      const page = context.pages()[0] ?? await context.newPage();
      const cdp = await context.newCDPSession(page);
      try {
        const { targetInfos } = await cdp.send('Target.getTargets');
        for (const t of targetInfos) {
          if (t.type === 'service_worker' && t.url.startsWith(extensionBaseUrl)) await cdp.send('Target.closeTarget', { targetId: t.targetId });
        }
      } finally {
        await cdp.detach();
      }
      if (await poll(hasMark, (marked) => !marked, 10_000)) throw new Error('the service worker did not stop');
      for (const w of context.serviceWorkers()) {
        if (w.url().startsWith(extensionBaseUrl) && !(await within(w.evaluate(() => true), 2_000, false).catch(() => false))) staleWorkers.add(w);
      }
    },
    sendToTab: (tabId, name, data) => inExtension(sendFromExtension, { tabId, name, data }) as never,
    pageErrors: () => [...errors],
    externalRequests: () => [...external],
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  if (isAutomatic) await readerRegistered(api);
  return api;
}

/** A copy of the build in `parent` whose manifest grants the optional host permissions at install. */
function withOriginsGranted(builtDir: string, parent: string): string {
  const dir = join(parent, 'extension');
  cpSync(builtDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = manifest.optional_host_permissions;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** Resolves once the background has registered the content script for every page (automatic reading). */
async function readerRegistered(ext: ExtensionBrowser): Promise<void> {
  const ids = await poll(() => ext.inExtension(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (await api.scripting.getRegisteredContentScripts()).map((s: { id: string }) => s.id) as string[];
  }), (found) => found.includes('sourcelight-reader'), 30_000);
  if (!ids.includes('sourcelight-reader')) throw new Error(`automatic reading: the content script was not registered (found ${JSON.stringify(ids)})`);
}

// ---------- Firefox (puppeteer-core over WebDriver BiDi) ----------
/** The raw BiDi command channel of puppeteer's Firefox browser (not part of its typed API). */
type BidiSend = { send(method: string, params: object): Promise<{ result: any }> };

class PuppeteerTab implements TabPage {
  constructor(readonly page: PpPage, private readonly browser: BrowserName, private readonly knownUrl?: string) {}
  url() { return this.knownUrl ?? this.page.url(); }
  evaluate<R, A>(fn: Fn<A, R>, arg?: A): Promise<R> { return this.page.evaluate(fn as never, arg) as Promise<R>; }
  async waitFor<A>(fn: Fn<A, unknown>, arg?: A, timeout = 30_000) { await this.page.waitForFunction(fn as never, { timeout, polling: 100 }, arg); }
  async waitForSelector(selector: string, timeout = 30_000) { await this.page.waitForSelector(selector, { timeout }); }
  async click(selector: string) { await this.page.click(selector); }
  texts(selector: string) { return this.page.$$eval(selector, (els) => els.map((e) => e.textContent ?? '')); }
  async setViewport(width: number, height: number) { await this.page.setViewport({ width, height }); }
  async screenshot(name: string, { fullPage = false } = {}) { const path = screenshotPath(this.browser, name); await this.page.screenshot({ path, fullPage }); return path; }
  async close() { await this.page.close(); }
}

/** Installs .output/firefox-mv2 as a temporary add-on in headless Firefox ESR. */
export async function launchFirefox(options: LaunchOptions = {}, extensionDir = firefoxBuildDir): Promise<ExtensionBrowser> {
  requireBuild(extensionDir);
  if (options.locale) requireLanguageFiles('firefox', options.locale);
  const errors: string[] = [];
  const external: string[] = [];
  const trap = await startRequestTrap((url) => {
    const host = /^\w+:\/\/([^/:]+)/.exec(url)?.[1] ?? url;
    if (!BROWSER_OWN_HOSTS.test(host) && isExternal(url)) external.push(url);
  });
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // No telemetry, update or remote-settings traffic: the test asserts the extension makes no request.
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      // BiDi reports no console or error events for moz-extension documents (popup, event page,
      // content scripts); Firefox's own output does, for every context: read that instead.
      'devtools.console.stdout.content': true,
      // Every request that is not to 127.0.0.1 (loopback is never proxied) goes to the trap.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': trap.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': trap.port,
      // Firefox only switches to a language it has a language pack for: Debian's firefox-esr-l10n-*
      // put theirs in the application scope (browser/extensions), which puppeteer's profile enables
      // (extensions.enabledScopes 5 = profile + application).
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
      // permissions.request() is granted without a prompt; the request itself still needs the
      // reader's click (the options page's radio, clicked below).
      'extensions.webextOptionalPermissionPrompts': false,
    },
  }).catch(async (e) => { await trap.close(); throw e; });
  const ownOrigin = (url: string) => url.startsWith('http://127.0.0.1') || url.startsWith(`moz-extension://${FIREFOX_UUID}/`);
  const proc = browser.process();
  // Page and extension code log strings quoted (`console.error: "…"`); Firefox's own modules log
  // through named consoles (`console.error: RSLoader: …`), which are not ours.
  readLines(proc?.stdout, (line) => {
    if (line.startsWith('console.error: ') && !/^console\.error: [A-Za-z][\w.-]*:(\s|$)/.test(line)) errors.push(line);
  });
  readLines(proc?.stderr, (line) => {
    const m = /^JavaScript error: (\S+), line \d+: (.*)$/.exec(line);
    if (m && ownOrigin(m[1]!)) errors.push(`pageerror: ${m[2]} (${m[1]})`);
  });
  const watch = (page: PpPage) => {
    page.on('request', (r) => { if (isExternal(r.url())) external.push(r.url()); });
  };
  try {
    await browser.installExtension(extensionDir);
  } catch (e) {
    await browser.close();
    await trap.close();
    throw e;
  }
  const extensionBaseUrl = `moz-extension://${FIREFOX_UUID}/`;

  // `goto` to a moz-extension:// page never resolves over BiDi: start it, then wait for the DOM.
  async function openExtension(path: string, readySelector: string, viewport?: { width: number; height: number }): Promise<PuppeteerTab> {
    const page = await browser.newPage();
    watch(page);
    if (viewport) await page.setViewport(viewport);
    const url = extensionBaseUrl + path.replace(/^\//, '');
    page.goto(url).catch(() => {}); // see above: never awaited
    // Polled by hand: while the tab moves from about:blank to the extension, BiDi evaluations can
    // throw ("right-hand side of 'in' should be an object"), which waitForFunction does not retry.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const ready = await page.evaluate((base: string, selector: string) => location.href.startsWith(base) && document.querySelector(selector) !== null, extensionBaseUrl, readySelector)
        .catch(() => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`${url} did not show ${readySelector} within 30 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return new PuppeteerTab(page, 'firefox', url); // page.url() stays about:blank for moz-extension pages over BiDi
  }

  /**
   * Evaluates `expression` in the browser's own (chrome) scope, which BiDi reaches because of
   * --remote-allow-system-access, and returns its value.
   */
  async function inChrome(expression: string): Promise<unknown> {
    const connection = (browser as unknown as { connection: BidiSend }).connection;
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const chromeContext = tree.result.contexts[0]?.context;
    if (!chromeContext) throw new Error('no chrome-scope browsing context: is --remote-allow-system-access set?');
    const answer = await connection.send('script.evaluate', { expression, target: { context: chromeContext }, awaitPromise: true });
    if (answer.result.type !== 'success') throw new Error(`chrome-scope evaluation failed: ${JSON.stringify(answer.result)}`);
    return answer.result.result?.value;
  }

  // The event page has no handle here; an extension tab (the popup document, left idle) has the same API.
  let controlPage: PuppeteerTab | undefined;
  async function inExtension<R, A>(fn: Fn<A, R>, arg?: A): Promise<R> {
    if (!controlPage || controlPage.page.isClosed()) controlPage = await openExtension('popup.html?harness', 'body');
    return controlPage.evaluate(fn, arg);
  }

  const api: ExtensionBrowser = {
    name: 'firefox',
    extensionId: FIREFOX_UUID,
    extensionBaseUrl,
    async openPage(url) {
      const page = await browser.newPage();
      watch(page);
      await page.goto(url, { waitUntil: 'load' });
      return new PuppeteerTab(page, 'firefox');
    },
    openExtensionPage: (path, readySelector = 'body') => openExtension(path, readySelector),
    openPopup: (tabId) => openExtension(`popup.html?tabId=${tabId}`, 'body', POPUP_SIZE),
    tabIdOf: (tab) => tabIdByUrl(api, tab.url()),
    inExtension,
    async clickAction(tab) {
      await (tab as PuppeteerTab).page.bringToFront();
      await inChrome(`(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        // A popup left open by an earlier click would be closed by this one (a click toggles it);
        // a reader's popup closes by itself when they move to another tab, which headless does not.
        const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
        ViewPopup.for(extension, win)?.closePopup();
        await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(win);
        await ViewPopup.for(extension, win)?.contentReady;
      })()`);
    },
    async pressShortcut(tab) {
      await (tab as PuppeteerTab).page.bringToFront();
      const found = await inChrome(`(() => {
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        const keyset = win.document.getElementById('ext-keyset-id-' + ${JSON.stringify(GECKO_ID)}.toLowerCase().replace(/[^a-z0-9_-]/g, '_'));
        const key = keyset && [...keyset.children].find((k) => k.getAttribute('key') !== null);
        if (!key) return null;
        key.doCommand();
        return JSON.stringify({ key: key.getAttribute('key'), modifiers: key.getAttribute('modifiers') });
      })()`);
      if (typeof found !== 'string') throw new Error('Firefox registered no key for the shortcut');
      return JSON.parse(found);
    },
    async stopBackground() {
      // What about:debugging's "Terminate background script" does, run in the browser's own (chrome)
      // scope, which BiDi reaches because of --remote-allow-system-access.
      const state = await inChrome(`(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
        await extension.terminateBackground({ ignoreDevToolsAttached: true });
        return extension.backgroundState;
      })()`);
      if (state !== 'stopped') throw new Error(`the event page did not stop: ${JSON.stringify(state)}`);
    },
    sendToTab: (tabId, name, data) => inExtension(sendFromExtension, { tabId, name, data }) as never,
    pageErrors: () => [...errors],
    externalRequests: () => [...new Set(external)],
    async close() {
      await browser.close();
      await trap.close();
    },
  };
  // Opened now, not on a test's first inExtension: a tab opened right after clickAction would close
  // the popup (as a reader's popup closes when they switch tabs) before it asked to read the tab.
  await inExtension(() => true);
  if ((options.reading ?? 'automatic') === 'automatic') {
    // What a reader does: the options page's "Automatically" choice, which asks for the origins.
    const optionsPage = await openExtension('options.html', '#reading-automatic:not(:disabled)');
    await optionsPage.click('#reading-automatic');
    await readerRegistered(api);
    await optionsPage.close();
  }
  return api;
}

/** `promise`, or `fallback` if it has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([promise, new Promise<T>((r) => { timer = setTimeout(() => r(fallback), ms); })]).finally(() => clearTimeout(timer));
}

function readLines(stream: NodeJS.ReadableStream | null | undefined, onLine: (line: string) => void): void {
  let rest = '';
  stream?.on('data', (chunk: Buffer | string) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) onLine(line.trimEnd());
  });
}

// ---------- run inside the extension (serialised: no closures) ----------
/**
 * The extension has no `tabs` permission, so `tabs.query` gives ids without URLs. The content
 * script's report (kept by the background in session storage, with the address the browser gave its
 * message) names the page: wait until exactly one tab's report is for `url`. As before, open tabs
 * need distinct addresses (add a query string): a tab that has not reported yet is not seen, so an
 * older tab on the same address would be the one found.
 */
async function tabIdByUrl(ext: ExtensionBrowser, url: string): Promise<number> {
  const find = () => ext.inExtension(async (u: string) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const tabs: { id?: number }[] = await api.tabs.query({});
    const ids = tabs.map((t) => t.id).filter((id): id is number => typeof id === 'number');
    const kept = await api.storage.session.get(ids.map((id) => `tabReport:${id}`));
    return ids.filter((id) => kept[`tabReport:${id}`]?.url === u);
  }, url);
  const ids = await poll(find, (found) => found.length === 1, 60_000);
  if (ids.length !== 1 || typeof ids[0] !== 'number') throw new Error(`expected one tab reported on ${url}, found ${JSON.stringify(ids)}`);
  return ids[0];
}

function sendFromExtension({ tabId, name, data }: { tabId: number; name: string; data: unknown }): Promise<unknown> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  return api.tabs.sendMessage(tabId, { sourcelight: name, data });
}

/**
 * Condition wait from Node: calls `read` until `isDone(value)` or `timeout` ms, and returns the last
 * value either way, so the test asserts on what it saw (with a useful message) instead of timing out.
 */
export async function poll<T>(read: () => Promise<T>, isDone: (value: T) => boolean, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (isDone(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** `describe.each(browsers)('$name', ({ launch }) => …)` runs a suite in both browsers. */
export const browsers: { name: BrowserName; launch: (options?: LaunchOptions) => Promise<ExtensionBrowser> }[] = [
  { name: 'chromium', launch: (options) => launchChromium(options) },
  { name: 'firefox', launch: (options) => launchFirefox(options) },
];
