import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Loads utils/storage as a freshly started extension would: item definitions run their migrations. */
async function freshStorage() {
  vi.resetModules();
  return import('../../utils/storage');
}

beforeEach(() => fakeBrowser.reset());

describe('siteRules migrations', () => {
  // v1 and v2 lived in sync storage, which sends them through the browser vendor's servers; v3 is local.
  test('v1 in sync (hostnames with highlights off) becomes v3 rules on this device, and leaves sync', async () => {
    await fakeBrowser.storage.sync.set({ siteRules: ['lemonde.fr', 'bbc.co.uk'] }); // no meta: version 1
    const { siteRules, moveSiteRulesOffSync } = await freshStorage();
    const v3 = { 'lemonde.fr': { highlights: 'off' }, 'bbc.co.uk': { highlights: 'off' } };
    expect(await siteRules.getValue()).toEqual(v3);
    expect(await fakeBrowser.storage.local.get(['siteRules', 'siteRules$'])).toEqual({ siteRules: v3, siteRules$: { v: 3 } });
    await moveSiteRulesOffSync();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await (await freshStorage()).siteRules.getValue()).toEqual(v3); // still there on the next start
  });

  test('v2 in sync moves as it is', async () => {
    const v2 = { 'lemonde.fr': { highlights: 'on', isExcluded: false }, 'x.example': { isExcluded: true } };
    await fakeBrowser.storage.sync.set({ siteRules: v2, siteRules$: { v: 2 } });
    const { siteRules, moveSiteRulesOffSync } = await freshStorage();
    await moveSiteRulesOffSync(); // the background, before anything else read the rules
    expect(await siteRules.getValue()).toEqual(v2);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('a v3 value is left alone, and an old synced copy does not overwrite it', async () => {
    const v3 = { 'lemonde.fr': { isExcluded: true } };
    await fakeBrowser.storage.local.set({ siteRules: v3, siteRules$: { v: 3 } });
    await fakeBrowser.storage.sync.set({ siteRules: { 'other.example': { highlights: 'off' } }, siteRules$: { v: 2 } });
    const { siteRules, moveSiteRulesOffSync } = await freshStorage();
    await moveSiteRulesOffSync();
    expect(await siteRules.getValue()).toEqual(v3);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('nothing stored: the fallback, and writes go to local storage only', async () => {
    const { siteRules, moveSiteRulesOffSync } = await freshStorage();
    await moveSiteRulesOffSync();
    expect(await siteRules.getValue()).toEqual({});
    await siteRules.setValue({ 'a.example': { isExcluded: true } });
    expect(await fakeBrowser.storage.local.get(['siteRules', 'siteRules$'])).toEqual({ siteRules: { 'a.example': { isExcluded: true } }, siteRules$: { v: 3 } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});

describe('preferences migrations', () => {
  test.each([
    [{ highlights: false }, false],
    [{ highlights: true }, true],
  ])('v1 %j keeps the global switch and gains the defaults', async (v1, highlights) => {
    await fakeBrowser.storage.sync.set({ preferences: v1 });
    const { preferences } = await freshStorage();
    expect(await preferences.getValue()).toEqual({ highlights, colors: {}, paintMode: 'highlight' });
  });

  test('v2 keeps the switch and the colours, gains the highlight paint mode, and is stored as v3', async () => {
    const v2 = { highlights: false, colors: { '3': '#ff0000' } };
    await fakeBrowser.storage.sync.set({ preferences: v2, preferences$: { v: 2 } });
    const { preferences } = await freshStorage();
    const v3 = { ...v2, paintMode: 'highlight' };
    expect(await preferences.getValue()).toEqual(v3);
    expect(await fakeBrowser.storage.sync.get(['preferences', 'preferences$'])).toEqual({ preferences: v3, preferences$: { v: 3 } });
  });

  test('a v3 choice of marks is kept', async () => {
    const v3 = { highlights: true, colors: {}, paintMode: 'mark' };
    await fakeBrowser.storage.sync.set({ preferences: v3, preferences$: { v: 3 } });
    const { preferences, paintModeOf } = await freshStorage();
    expect(await preferences.getValue()).toEqual(v3);
    expect(paintModeOf(await preferences.getValue())).toBe('mark');
    expect(paintModeOf({ paintMode: 'sparkles' as never })).toBe('highlight');
  });
});

describe('rules', () => {
  test('siteOf drops www. and ignores non-web pages', async () => {
    const { siteOf } = await freshStorage();
    expect(siteOf('https://www.lemonde.fr/a?b#c')).toBe('lemonde.fr');
    expect(siteOf('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  test('a site rule wins over the global switch, both ways', async () => {
    const { highlightsFor, DEFAULT_PREFERENCES } = await freshStorage();
    const rules = { 'lemonde.fr': { highlights: 'off' as const }, 'bbc.com': { highlights: 'on' as const } };
    const off = { ...DEFAULT_PREFERENCES, highlights: false };
    expect(highlightsFor('https://www.lemonde.fr/x', rules, DEFAULT_PREFERENCES)).toBe(false);
    expect(highlightsFor('https://bbc.com/x', rules, off)).toBe(true);
    expect(highlightsFor('https://other.example/x', rules, off)).toBe(false);
    expect(highlightsFor('https://other.example/x', rules, DEFAULT_PREFERENCES)).toBe(true);
  });

  test('isExcluded reads the site rule', async () => {
    const { isExcluded } = await freshStorage();
    expect(isExcluded('https://x.example/a', { 'x.example': { isExcluded: true } })).toBe(true);
    expect(isExcluded('https://y.example/a', { 'x.example': { isExcluded: true } })).toBe(false);
  });
});

describe('tab reports', () => {
  test('are kept in session storage, per tab', async () => {
    const { tabReportStore } = await freshStorage();
    const store = tabReportStore();
    const tab = { url: 'https://a.example/', title: 'A', status: 'no-article' as const, report: null, highlightsVisible: true };
    await store.set(3, tab);
    expect(await fakeBrowser.storage.session.get('tabReport:3')).toEqual({ 'tabReport:3': tab });
    expect(await tabReportStore().get(3)).toEqual(tab); // another worker instance reads it back
    await store.remove(3);
    expect(await store.get(3)).toBeNull();
  });

  test('keep the analysed text beside the report, forgotten with it; huge texts are not kept', async () => {
    const { tabReportStore, MAX_KEPT_TEXT } = await freshStorage();
    const store = tabReportStore();
    await store.setText(3, 'Selon l’AFP, rien.');
    expect(await store.getText(3)).toBe('Selon l’AFP, rien.');
    await store.setText(3, 'x'.repeat(MAX_KEPT_TEXT + 1));
    expect(await store.getText(3)).toBeNull(); // the older, shorter text is not left behind either
    await store.setText(3, 'court');
    await store.remove(3);
    expect(await store.getText(3)).toBeNull();
  });

  test('the cap leaves room for many tabs: 200,000 characters at most', async () => {
    const { MAX_KEPT_TEXT } = await freshStorage();
    expect(MAX_KEPT_TEXT).toBeLessThanOrEqual(200_000);
  });

  /** A session area that refuses writes past `quota` characters of stored strings, like Chrome's 10 MB. */
  function quotaArea(quota: number) {
    const map = new Map<string, unknown>();
    const used = () => [...map.values()].reduce<number>((n, v) => n + JSON.stringify(v).length, 0);
    return {
      map,
      get: async (key: string) => (map.has(key) ? { [key]: map.get(key) } : {}),
      async set(items: Record<string, unknown>) {
        const before = new Map(map);
        for (const [k, v] of Object.entries(items)) map.set(k, v);
        if (used() > quota) {
          map.clear(); before.forEach((v, k) => map.set(k, v));
          throw new Error('Session storage quota bytes exceeded.');
        }
      },
      remove: async (key: string) => { map.delete(key); },
    };
  }

  test('a full area drops the text of the tab that kept its text longest ago, then the next', async () => {
    const { tabReportStore } = await freshStorage();
    const area = quotaArea(3_500);
    const store = tabReportStore(area);
    await store.setText(1, 'a'.repeat(1_000));
    await store.setText(2, 'b'.repeat(1_000));
    await store.setText(3, 'c'.repeat(1_000));
    await store.setText(4, 'd'.repeat(1_000)); // no room: tab 1 goes
    expect(await store.getText(1)).toBeNull();
    expect(await store.getText(2)).toBe('b'.repeat(1_000));
    expect(await store.getText(4)).toBe('d'.repeat(1_000));
    await store.setText(5, 'e'.repeat(2_000)); // needs two places: tabs 2 and 3 go
    expect([await store.getText(2), await store.getText(3)]).toEqual([null, null]);
    expect(await store.getText(4)).toBe('d'.repeat(1_000));
    expect(await store.getText(5)).toBe('e'.repeat(2_000));
  });

  test('a report that does not fit makes room the same way; only a report alone too big rejects', async () => {
    const { tabReportStore } = await freshStorage();
    const area = quotaArea(3_000);
    const store = tabReportStore(area);
    await store.setText(1, 'a'.repeat(2_500));
    const tab = { url: 'https://a.example/', title: 'x'.repeat(1_000), status: 'no-article' as const, report: null, highlightsVisible: true };
    await store.set(2, tab);
    expect(await store.get(2)).toEqual(tab);
    expect(await store.getText(1)).toBeNull();
    await expect(store.set(3, { ...tab, title: 'x'.repeat(5_000) })).rejects.toThrow(/quota/);
    expect(await store.get(2)).toEqual(tab); // what was kept stays
  });
});
