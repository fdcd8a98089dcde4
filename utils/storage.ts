/**
 * Everything Sourcelight keeps in browser storage, in one place.
 *
 * - Per-tab reports live in `storage.session`: the MV3 service worker is stopped after ~30 s idle
 *   and loses its memory, while session storage survives until the browser closes and is never
 *   written to disk. Both floors (Chrome's MV3, Firefox 140) have it.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { CustomSource } from './settings/custom-source';
import type { TabReport } from './messaging';

/** The slice of a storage area the tab store needs: `browser.storage.session`, or a fake in tests. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TabReportStore {
  get(tabId: number): Promise<TabReport | null>;
  /** Rejects only when even dropping every other tab's kept text leaves no room for it. */
  set(tabId: number, report: TabReport): Promise<void>;
  /** The article text last analysed in the tab (what the report's offsets point into). */
  getText(tabId: number): Promise<string | null>;
  /**
   * Keeps the text when it is at most MAX_KEPT_TEXT long, making room by dropping the texts of the
   * tabs that kept theirs longest ago; rejects when there is still no room (the tab then keeps none).
   */
  setText(tabId: number, text: string): Promise<void>;
  /** Forgets the tab's report and text. */
  remove(tabId: number): Promise<void>;
}

const tabKey = (tabId: number) => `tabReport:${tabId}`;
const textKey = (tabId: number) => `tabText:${tabId}`;
/** Tab ids whose text is kept, the one kept longest ago first. */
const TEXT_ORDER_KEY = 'tabTextOrder';
/**
 * Longer texts are not kept (exports then quote without context): Chrome's session storage holds
 * 10 MB for all tabs together, a news article is a few dozen kilobytes, and a live blog that runs
 * past 200,000 characters (400 KB as UTF-16) must not crowd out the other tabs.
 */
export const MAX_KEPT_TEXT = 200_000;

/** Per-tab reports, in session storage when the browser has it, else in memory. */
export function tabReportStore(area: KeyValueArea = browser.storage.session): TabReportStore {
  // One worker writes the order list: chaining its updates keeps concurrent messages from losing one.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(step: () => Promise<T>): Promise<T> => {
    const next = queue.then(step, step);
    queue = next.catch(() => undefined);
    return next;
  };
  const readOrder = async () => {
    const value = (await area.get(TEXT_ORDER_KEY))[TEXT_ORDER_KEY];
    return Array.isArray(value) ? value.filter((id): id is number => Number.isInteger(id)) : [];
  };
  const dropText = async (tabId: number) => {
    await area.remove(textKey(tabId));
    const order = await readOrder();
    if (order.includes(tabId)) await area.set({ [TEXT_ORDER_KEY]: order.filter((id) => id !== tabId) });
  };
  /** Writes, dropping the oldest kept texts (never `keep`'s) one by one while the area is full. */
  const writeWithRoom = async (items: () => Promise<Record<string, unknown>>, keep: number) => {
    for (;;) {
      try {
        return await area.set(await items());
      } catch (error) {
        const oldest = (await readOrder()).find((id) => id !== keep);
        if (oldest === undefined) throw error;
        await dropText(oldest);
      }
    }
  };
  return {
    async get(tabId) {
      const value = (await area.get(tabKey(tabId)))[tabKey(tabId)];
      return (value as TabReport | undefined) ?? null;
    },
    set: (tabId, report) => serial(() => writeWithRoom(async () => ({ [tabKey(tabId)]: report }), tabId)),
    async getText(tabId) {
      const value = (await area.get(textKey(tabId)))[textKey(tabId)];
      return typeof value === 'string' ? value : null;
    },
    setText: (tabId, text) => serial(async () => {
      await dropText(tabId); // an older text of this tab no longer matches its report
      if (text.length > MAX_KEPT_TEXT) return;
      // The text and its place in the order go in one write: a kept text is always evictable.
      await writeWithRoom(async () => ({ [textKey(tabId)]: text, [TEXT_ORDER_KEY]: [...(await readOrder()), tabId] }), tabId);
    }),
    remove: (tabId) => serial(async () => {
      await area.remove(tabKey(tabId));
      await dropText(tabId);
    }),
  };
}

// ---------- reader settings: survive restarts and updates; one migration per schema step ----------

/** v1 (first popup): the hostnames where the reader turned highlights off. */
type SiteRulesV1 = string[];
/** v2: a rule per hostname, so a site can also be excluded from reading altogether. */
export interface SiteRule {
  highlights?: 'on' | 'off';
  /** Never read nor analyse pages of this site. */
  isExcluded?: boolean;
}
export type SiteRules = Record<string, SiteRule>;

/**
 * Where v1 and v2 lived. `sync:` sent the hostnames a reader excluded or toggled through the browser
 * vendor's sync servers, and capped the item at 8 KB; read once to move it, then removed.
 */
// TODO [2027-06-01]: Drop, with the init below, once no v2 install is left to update.
const legacySiteRules = storage.defineItem<SiteRules>('sync:siteRules', {
  fallback: {},
  version: 2,
  migrations: {
    2: (old: SiteRulesV1): SiteRules => Object.fromEntries(old.map((host) => [host, { highlights: 'off' }])),
  },
});

/**
 * v3: the same rules, kept on this device only (`local:`). The first read on a device that has
 * none copies the v1/v2 sync item (its own migration applied); `moveSiteRulesOffSync` then removes it.
 */
export const siteRules = storage.defineItem<SiteRules>('local:siteRules', {
  fallback: {},
  version: 3,
  init: () => legacySiteRules.getValue(),
});

/**
 * Removes the old synced copy once the local one exists. Run by the background only, after the local
 * item was read: another page starting at the same moment may still copy it, never find it missing.
 */
export async function moveSiteRulesOffSync(): Promise<void> {
  await siteRules.getValue(); // writes the local copy if there was none
  if ((await storage.getItem('sync:siteRules')) != null) await legacySiteRules.removeValue({ removeMeta: true });
}

/** v1: one global switch. */
interface PreferencesV1 { highlights: boolean }
/**
 * v2: plus the reader's colours: palette slot (utils/page/palette.ts, one slot per source name) →
 * `#rrggbb`, replacing that slot's default.
 */
interface PreferencesV2 {
  highlights: boolean;
  colors: Record<string, string>;
}
/**
 * How pages are painted: 'highlight' with the CSS Custom Highlight API (no DOM change, invisible
 * to screen readers), 'mark' with <mark> elements, which screen readers announce.
 */
export type PaintMode = 'highlight' | 'mark';
/** v3: plus the paint mode. */
export interface Preferences extends PreferencesV2 {
  paintMode: PaintMode;
}
export const DEFAULT_PREFERENCES: Preferences = { highlights: true, colors: {}, paintMode: 'highlight' };

export const preferences = storage.defineItem<Preferences>('sync:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 3,
  migrations: {
    2: (old: PreferencesV1): PreferencesV2 => ({ highlights: old.highlights !== false, colors: {} }),
    3: (old: PreferencesV2): Preferences => ({ ...DEFAULT_PREFERENCES, ...old, paintMode: 'highlight' }),
  },
});

/** The stored mode when it is one we know, else the default (a value from a newer version, say). */
export const paintModeOf = (prefs: Partial<Preferences>): PaintMode => (prefs.paintMode === 'mark' ? 'mark' : 'highlight');

export { cleanCustomSource, MAX_SOURCE_NAME, validCustomSources, type CustomSource } from './settings/custom-source';
// `local:`: a long list would overflow sync storage's 8 KB per item.
export const customSources = storage.defineItem<CustomSource[]>('local:customSources', { fallback: [], version: 1 });

/** The hostname rules are keyed by; `www.` is dropped so both spellings share one rule. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** Whether a page should show highlights when it loads: the site's rule if any, else the global switch. */
export function highlightsFor(url: string, rules: SiteRules, prefs: Preferences): boolean {
  const rule = rules[siteOf(url) ?? ''];
  return rule?.highlights ? rule.highlights === 'on' : prefs.highlights;
}

/** Whether the reader excluded this page's site. */
export function isExcluded(url: string, rules: SiteRules): boolean {
  return rules[siteOf(url) ?? '']?.isExcluded === true;
}
