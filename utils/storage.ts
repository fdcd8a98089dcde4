/**
 * Everything Sourcelight keeps in browser storage, in one place.
 *
 * - Per-tab reports live in `storage.session`: the MV3 service worker is stopped after ~30 s idle
 *   and loses its memory, while session storage survives until the browser closes and is never
 *   written to disk. Where it is missing (old Firefox MV2) a Map in the persistent event page does.
 */
import { browser } from 'wxt/browser';
import type { TabReport } from './messaging';

/** The slice of a storage area the tab store needs; `browser.storage.session` and a Map both fit. */
interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

function memoryArea(): KeyValueArea {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => (map.has(key) ? { [key]: map.get(key) } : {}),
    set: async (items) => { for (const [k, v] of Object.entries(items)) map.set(k, v); },
    remove: async (key) => { map.delete(key); },
  };
}

export interface TabReportStore {
  get(tabId: number): Promise<TabReport | null>;
  set(tabId: number, report: TabReport): Promise<void>;
  remove(tabId: number): Promise<void>;
}

const tabKey = (tabId: number) => `tabReport:${tabId}`;

/** Per-tab reports, in session storage when the browser has it, else in memory. */
export function tabReportStore(): TabReportStore {
  const area: KeyValueArea = (browser.storage as { session?: KeyValueArea }).session ?? memoryArea();
  return {
    async get(tabId) {
      const value = (await area.get(tabKey(tabId)))[tabKey(tabId)];
      return (value as TabReport | undefined) ?? null;
    },
    set: (tabId, report) => area.set({ [tabKey(tabId)]: report }),
    remove: (tabId) => area.remove(tabKey(tabId)),
  };
}
