/**
 * What we ship: the built manifests (.output/chrome-mv3, .output/firefox-mv2), the Firefox linter's
 * verdict and the store zips. `npm test` builds first; this file makes the zips itself.
 */
import { describe, expect, test, beforeAll } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { READ_ORIGINS, READER_FILES } from '../../utils/access';
import { chromeBuildDir, firefoxBuildDir, GECKO_ID, repoRoot } from './harness';

type Manifest = Record<string, any>;
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
const outDir = join(repoRoot, '.output');

/**
 * API permissions the product needs, each with its reason; anything else fails the build test.
 * No `webRequest` (we read pages, never traffic), no host permission at install: reading every page
 * is an optional grant the reader gives in the options (utils/access.ts).
 */
const JUSTIFIED_PERMISSIONS: Record<string, string> = {
  storage: 'settings and per-site choices (utils/storage.ts)',
  activeTab: 'the toolbar button and the shortcut lend Sourcelight the current tab: its address, and the right to read it (no install warning)',
  scripting: 'injects the content script into the lent tab, or registers it for every page while the reader grants the sites (no install warning)',
};

/**
 * The Firefox floor: `CSS.highlights` (how we paint) shipped in Firefox 140, and so did
 * `browser_specific_settings.gecko.data_collection_permissions` (web-ext lint warns below 140).
 */
const FIREFOX_MIN_MAJOR = 140;

function readManifest(dir: string): Manifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Resolves `__MSG_key__` through _locales/<default_locale>/messages.json. */
function localized(dir: string, manifest: Manifest, value: string): string {
  const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
  if (!key) return value;
  const messages = JSON.parse(readFileSync(join(dir, '_locales', manifest.default_locale ?? 'en', 'messages.json'), 'utf8'));
  const entry = Object.entries(messages).find(([k]) => k.toLowerCase() === key.toLowerCase());
  return (entry?.[1] as { message?: string } | undefined)?.message ?? value;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is not a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function isHostPattern(permission: string): boolean {
  return permission === '<all_urls>' || permission.includes('://');
}

const builds = [
  { name: 'chrome-mv3', dir: chromeBuildDir, manifestVersion: 3 },
  { name: 'firefox-mv2', dir: firefoxBuildDir, manifestVersion: 2 },
];

describe.each(builds)('$name manifest', ({ dir, manifestVersion }) => {
  const manifest = () => readManifest(dir);

  test('is Sourcelight at the package version', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(manifestVersion);
    expect(localized(dir, m, m.name)).toBe('Sourcelight');
    expect(m.version).toBe(pkg.version);
    expect(localized(dir, m, m.description ?? '').length).toBeGreaterThan(20);
  });

  test('declares icons from 16 to 128 px, each a PNG of its size', () => {
    const icons: Record<string, string> = manifest().icons ?? {};
    for (const size of ['16', '32', '48', '128']) expect(Object.keys(icons)).toContain(size);
    for (const [size, path] of Object.entries(icons)) {
      expect(existsSync(join(dir, path)), `${path} is missing from the build`).toBe(true);
      expect(pngSize(join(dir, path))).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  test('has a toolbar button with the popup', () => {
    const m = manifest();
    const action = manifestVersion === 3 ? m.action : m.browser_action;
    expect(action?.default_popup).toBe('popup.html');
    expect(existsSync(join(dir, 'popup.html'))).toBe(true);
  });

  test('runs the background on demand: a service worker (MV3) or an event page (MV2)', () => {
    const background = manifest().background ?? {};
    if (manifestVersion === 3) {
      expect(background.service_worker).toBe('background.js');
    } else {
      // Without `persistent: false` Firefox keeps a background page (and the engine) alive forever.
      expect(background.scripts).toEqual(['background.js']);
      expect(background.persistent, 'firefox-mv2 background is not an event page').toBe(false);
    }
  });

  test('asks for the least permissions', () => {
    const m = manifest();
    const declared: string[] = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])];
    const apiPermissions = declared.filter((p) => !isHostPattern(p));
    for (const p of apiPermissions) expect(Object.keys(JUSTIFIED_PERMISSIONS), `permission "${p}" has no justification`).toContain(p);
    // `tabs` shows "Read your browsing history" at install; activeTab and sender.url do the job.
    for (const p of ['tabs', 'webRequest', 'webRequestBlocking', 'declarativeNetRequest', 'cookies', 'history', 'debugger', 'nativeMessaging', 'management']) {
      expect(apiPermissions).not.toContain(p);
    }

    // Nothing is granted at install: no host permission, no declared content script (whose matches
    // would be granted with it). The http and https pages are asked for only when the reader chooses.
    expect((m.permissions ?? []).filter(isHostPattern)).toEqual([]);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
    const optional: string[] = [...(m.optional_permissions ?? []).filter(isHostPattern), ...(m.optional_host_permissions ?? [])];
    expect(optional.sort()).toEqual([...READ_ORIGINS].sort());
  });

  test('loads no remote code and relaxes no content security policy', () => {
    const m = manifest();
    const csp = typeof m.content_security_policy === 'string'
      ? m.content_security_policy
      : Object.values(m.content_security_policy ?? {}).join('; ');
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.update_url).toBeUndefined();
  });

  // The budget of what is injected into every page: the script itself <= 10 KB gzip (the team's
  // budget; the engine lives in the background), its highlight stylesheet <= 2 KB gzip.
  test('keeps the content script small (JS <= 10 KB gzip, CSS <= 2 KB gzip)', () => {
    // The files utils/access.ts injects and registers: they must be in the build.
    const gzipBytes = (files: readonly string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
    for (const f of [...READER_FILES.js, ...READER_FILES.css]) expect(existsSync(join(dir, f)), `${f} is not in the build`).toBe(true);
    expect(gzipBytes(READER_FILES.js), `${READER_FILES.js.join(', ')} gzip bytes`).toBeLessThanOrEqual(10 * 1024);
    expect(gzipBytes(READER_FILES.css), `${READER_FILES.css.join(', ')} gzip bytes`).toBeLessThanOrEqual(2 * 1024);
  });
});

describe('firefox-mv2 specifics', () => {
  test(`has the gecko id and a strict_min_version of at least ${FIREFOX_MIN_MAJOR}`, () => {
    const gecko = readManifest(firefoxBuildDir).browser_specific_settings?.gecko;
    expect(gecko?.id).toBe(GECKO_ID);
    expect(gecko?.strict_min_version).toMatch(/^\d+(\.\d+)*$/);
    expect(Number(gecko.strict_min_version.split('.')[0])).toBeGreaterThanOrEqual(FIREFOX_MIN_MAJOR);
  });

  test('web-ext lint reports no errors', async () => {
    const bin = join(repoRoot, 'node_modules', '.bin', 'web-ext');
    const args = ['lint', '--source-dir', firefoxBuildDir, '--output', 'json', '--no-config-discovery'];
    // web-ext exits 1 when it finds errors: the verdict is read from its JSON either way.
    const stdout = await promisify(execFile)(bin, args, { cwd: repoRoot, env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 16 << 20 })
      .then((r) => r.stdout, (e: { stdout?: string }) => e.stdout ?? '');
    const report = JSON.parse(stdout) as { summary: { errors: number }; errors: { code: string; message: string; file?: string }[] };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});

describe('store zips (npm run zip)', () => {
  const zips = () => Object.fromEntries(readdirSync(outDir).filter((f) => f.endsWith('.zip')).map((f) => [f, join(outDir, f)]));
  const zipName = (target: string) => `${pkg.name}-${pkg.version}-${target}.zip`;
  const list = (zip: string) => execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean);

  // `npm run zip` rebuilds .output first: only when a zip is missing or older than the build it packs,
  // so a fresh `bash scripts/setup.sh` is not repeated (and a half-edited tree does not wipe .output).
  beforeAll(() => {
    const isStale = (target: string, dir: string) => {
      const zip = join(outDir, zipName(target));
      return !existsSync(zip) || statSync(zip).mtimeMs < statSync(join(dir, 'manifest.json')).mtimeMs;
    };
    if (isStale('chrome', chromeBuildDir) || isStale('firefox', firefoxBuildDir) || !existsSync(join(outDir, zipName('sources')))) {
      execFileSync('npm', ['run', '--silent', 'zip'], { cwd: repoRoot, stdio: 'pipe', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } });
    }
  }, 180_000);

  test.each([
    { target: 'chrome', dir: chromeBuildDir },
    { target: 'firefox', dir: firefoxBuildDir },
  ])('$target zip holds the built extension at its root', ({ target, dir }) => {
    const zip = zips()[zipName(target)];
    expect(zip, `${zipName(target)} not found in .output/`).toBeDefined();
    expect(statSync(zip!).size).toBeGreaterThan(1000);
    const entries = list(zip!);
    expect(entries).toContain('manifest.json');
    expect(entries).toContain('popup.html');
    const zipped = JSON.parse(execFileSync('unzip', ['-p', zip!, 'manifest.json'], { encoding: 'utf8' }));
    expect(zipped).toEqual(readManifest(dir));
  });

  test('Firefox sources zip (for AMO review) has no dependencies or build output', () => {
    const zip = zips()[zipName('sources')];
    expect(zip, `${zipName('sources')} not found in .output/`).toBeDefined();
    const entries = list(zip!);
    expect(entries).toContain('package.json');
    expect(entries.filter((e) => e.startsWith('node_modules/') || e.startsWith('.output/'))).toEqual([]);
  });
});
