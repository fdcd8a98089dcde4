import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ExportPanel } from '@/components/export-panel';
import { HighlightSettings } from '@/components/highlight-settings';
import { I18n, type MessageKey, type Translate } from '@/components/i18n';
import { PopupView, popupStateOf, type PopupState } from '@/components/popup-view';
import { exportReport, type ExportFormat } from '@/utils/export/index';
import { sendMessage } from '@/utils/messaging';
import { isSameDocument } from '@/utils/report/page-address';
import { paletteIndex, sourceColor } from '@/utils/page/palette';
import { readingMode } from '@/utils/access';
import { DEFAULT_PREFERENCES, highlightsFor, isExcluded, preferences, siteOf, siteRules, type Preferences, type SiteRules } from '@/utils/storage';
import '@/components/theme.css';

/** How often the popup asks again while the page is still being read. */
const POLL_MS = 400;
/**
 * How long a loaded page may stay unreported after it was read before the popup says it failed: a
 * 500,000-character page is read, analysed and painted in a few seconds on a slow machine.
 */
const READ_DEADLINE_MS = 20_000;
/** The command declared in wxt.config.ts (the background listens to it). */
const TOGGLE_COMMAND = 'toggle-highlights';

const t: Translate = (key, subs) => browser.i18n.getMessage(key, subs);
const locale = browser.i18n.getUILanguage();

/** `popup.html?tabId=N` shows tab N (E2E tests open the popup in a tab); otherwise the active tab. */
async function targetTab() {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return browser.tabs.get(Number(param));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function download(name: string, mime: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000); // the browser reads the blob asynchronously
}

function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [tabUrl, setTabUrl] = useState('');
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [notice, setNotice] = useState<string | undefined>();
  const [revealsAnswered, setRevealsAnswered] = useState(0);
  const [rules, setRules] = useState<SiteRules>({});
  const [prefs, setPrefs] = useState<Preferences>(DEFAULT_PREFERENCES);
  const [shortcut, setShortcut] = useState('');
  const [text, setText] = useState<string | undefined>();
  const [readsOnClick, setReadsOnClick] = useState(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isClosed = false;
    let readRequest: Promise<boolean> | undefined;
    let waitingSince: number | undefined;
    const load = async () => {
      try {
        const tab = await targetTab();
        if (!tab?.id) return setState({ kind: 'no-article' });
        setTabId(tab.id);
        // The click lent this tab (activeTab): have it read before anything else, so that a popup
        // closed at once still leaves the page read. Sourcelight reads on click, or the tab was
        // opened before it was installed; a page that has our script, or an excluded site, is left alone.
        readRequest ??= sendMessage('readTab', { tabId: tab.id }).catch(() => false);
        const [kept, rules] = await Promise.all([sendMessage('getTabReport', { tabId: tab.id }), siteRules.getValue()]);
        setRules(rules);
        // `tab.url` is there when the reader clicked the toolbar button (activeTab); without the
        // `tabs` permission it is not for a tab named in the address (tests). The report's own address
        // then stands in; a report made for another page than the one now shown is not this page's.
        const report = kept && tab.url && !isSameDocument(kept.url, tab.url) ? null : kept;
        const url = tab.url ?? report?.url ?? '';
        setTabUrl(url);
        const isScriptable = url ? siteOf(url) !== null : true;
        const isSiteExcluded = isExcluded(url, rules);
        // Loaded, no report, and the read was refused: a page the browser keeps extensions out of
        // (a store, a viewer), or a tab that lent us nothing (opened by address, not by a click).
        const isRefused = !report && isScriptable && !isSiteExcluded && tab.status === 'complete' && !(await readRequest);
        let next = popupStateOf(report, isScriptable, isSiteExcluded, isRefused);
        // A loaded page that has the script but never reports (its start failed): say so, do not spin on.
        if (next.kind === 'reading' && tab.status === 'complete') {
          waitingSince ??= Date.now();
          if (Date.now() - waitingSince > READ_DEADLINE_MS) next = { kind: 'failed' };
        }
        if (next.kind === 'report') {
          // Only the text the report was made from: offsets point into it.
          const kept = await sendMessage('getTabText', { tabId: tab.id }).catch(() => null);
          setText(kept !== null && kept.length === next.tab.report?.textLength ? kept : undefined);
        }
        setState(next);
        if (next.kind === 'reading' && !isClosed) timer = setTimeout(load, POLL_MS);
      } catch (error) {
        console.error('[sourcelight] popup could not load the report', error);
        setState({ kind: 'failed' });
      }
    };
    void load();
    void preferences.getValue().then(setPrefs);
    void readingMode().then((mode) => setReadsOnClick(mode === 'on-click'), () => undefined);
    void browser.commands?.getAll().then((all) => setShortcut(all.find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? ''));
    return () => { isClosed = true; clearTimeout(timer); };
  }, []);

  /** Shows or hides this tab's highlights and reflects what the page answered. */
  const applyToTab = useCallback(async (visible: boolean) => {
    if (tabId === null || state.kind !== 'report') return;
    try {
      const result = await sendMessage('setHighlightsVisible', { visible }, tabId);
      setState({ kind: 'report', tab: { ...state.tab, highlightsVisible: result.visible } });
      setNotice(undefined);
    } catch (error) {
      console.error('[sourcelight] could not toggle highlights', error);
      setNotice(t('revealMissing'));
    }
  }, [tabId, state]);

  const revealClaim = useCallback(async (attributionId: string) => {
    if (tabId === null) return;
    const isShown = await sendMessage('revealClaim', { attributionId }, tabId).catch(() => false);
    setNotice(isShown ? undefined : t('revealMissing'));
    setRevealsAnswered((n) => n + 1);
  }, [tabId]);

  const site = siteOf(tabUrl);
  /** A refused write leaves the switch as it was stored, and says the choice did not take. */
  const saved = async (write: Promise<void>, undo: () => void) => {
    try {
      await write;
      return true;
    } catch (error) {
      console.error('[sourcelight] could not save a setting', error);
      undo();
      setNotice(t('settingsSaveFailed'));
      return false;
    }
  };
  const setSite = async (on: boolean) => {
    if (!site) return;
    const next: SiteRules = { ...rules, [site]: { ...rules[site], highlights: on ? 'on' : 'off' } };
    setRules(next);
    // The background brings the site's other tabs in line.
    if (await saved(siteRules.setValue(next), () => setRules(rules))) await applyToTab(on);
  };
  const setGlobal = async (on: boolean) => {
    const next = { ...prefs, highlights: on };
    setPrefs(next);
    if (await saved(preferences.setValue(next), () => setPrefs(prefs))) await applyToTab(highlightsFor(tabUrl, rules, next));
  };

  const exportAs = (copy: boolean) => async (format: ExportFormat): Promise<MessageKey> => {
    if (state.kind !== 'report' || !state.tab.report) return 'exportFailed';
    try {
      const file = exportReport(format, state.tab.report, { url: state.tab.url, title: state.tab.title }, t, text);
      if (copy) await navigator.clipboard.writeText(file.text);
      else download(file.filename, file.mime, file.text);
      return copy ? 'exportCopied' : 'exportDownloaded';
    } catch (error) {
      console.error('[sourcelight] export failed', error);
      return 'exportFailed';
    }
  };

  const colorOf = (name: string) => prefs.colors[String(paletteIndex(name))] ?? sourceColor(name).background;

  return (
    <I18n.Provider value={t}>
      <PopupView state={state} notice={notice} revealsAnswered={revealsAnswered} locale={locale} text={text} colorOf={colorOf}
        onHighlightsChange={applyToTab} onRevealClaim={revealClaim}
        tools={<ExportPanel onCopy={exportAs(true)} onDownload={exportAs(false)} />}
        footer={state.kind === 'loading' ? null : (
          <HighlightSettings site={site} isSiteOn={highlightsFor(tabUrl, rules, prefs)} isGlobalOn={prefs.highlights}
            shortcut={shortcut} readsOnClick={readsOnClick} onSiteChange={(on) => void setSite(on)} onGlobalChange={(on) => void setGlobal(on)}
            onOpenOptions={() => void browser.runtime.openOptionsPage()} />
        )} />
    </I18n.Provider>
  );
}

document.documentElement.lang = locale.split('-')[0] || 'en';
render(<Popup />, document.getElementById('app')!);
