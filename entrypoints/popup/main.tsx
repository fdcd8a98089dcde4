import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18n, type Translate } from '@/components/i18n';
import { PopupView, popupStateOf, type PopupState } from '@/components/popup-view';
import { sendMessage, type TabReport } from '@/utils/messaging';
import '@/components/theme.css';

/** How often the popup asks again while the page is still being read. */
const POLL_MS = 400;

const t: Translate = (key, subs) => browser.i18n.getMessage(key, subs);

/** `popup.html?tabId=N` shows tab N (E2E tests open the popup in a tab); otherwise the active tab. */
async function targetTab() {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return browser.tabs.get(Number(param));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [notice, setNotice] = useState<string | undefined>();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isClosed = false;
    const load = async () => {
      try {
        const tab = await targetTab();
        if (!tab?.id) return setState({ kind: 'no-article' });
        setTabId(tab.id);
        const isReadable = /^(https?|file):/.test(tab.url ?? '');
        const report = await sendMessage('getTabReport', { tabId: tab.id });
        const next = popupStateOf(report, isReadable);
        setState(next);
        if (next.kind === 'reading' && !isClosed) timer = setTimeout(load, POLL_MS);
      } catch (error) {
        console.error('[sourcelight] popup could not load the report', error);
        setState({ kind: 'failed' });
      }
    };
    void load();
    return () => { isClosed = true; clearTimeout(timer); };
  }, []);

  const setHighlights = useCallback(async (visible: boolean) => {
    if (tabId === null || state.kind !== 'report') return;
    try {
      const result = await sendMessage('setHighlightsVisible', { visible }, tabId);
      setState({ kind: 'report', tab: { ...state.tab, highlightsVisible: result.visible } satisfies TabReport });
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
  }, [tabId]);

  return (
    <I18n.Provider value={t}>
      <PopupView state={state} notice={notice} onHighlightsChange={setHighlights} onRevealClaim={revealClaim} />
    </I18n.Provider>
  );
}

document.documentElement.lang = browser.i18n.getUILanguage().split('-')[0] ?? 'en';
render(<Popup />, document.getElementById('app')!);
