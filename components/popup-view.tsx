/** The whole popup for one tab: header with the highlights switch, then a status panel or the report. */
import type { TabReport } from '../utils/messaging';
import { useT, type MessageKey } from './i18n';
import { groupSources, type SourceEntry } from '../utils/report/report-groups';
import { SourceList } from './source-list';
import { Switch } from './switch';
import { ReportProfile } from './report-profile';
import { attributionProfile } from '../utils/export/attribution-profile';
import type { ComponentChildren } from 'preact';

export type PopupState =
  | { kind: 'loading' } // asking the background; nothing known yet
  | { kind: 'reading' } // the page is being read and analysed
  | { kind: 'no-article' } // nothing that looks like an article, or a page extensions cannot read
  | { kind: 'failed' } // the content script or the engine reported an error, or nobody answered
  | { kind: 'excluded' } // the reader excluded this site in the options: it is not read
  | { kind: 'unreadable' } // the browser refused our content script (a store, a built-in page, no grant)
  | { kind: 'report'; tab: TabReport };

export interface PopupViewProps {
  state: PopupState;
  colorOf?: (name: string, type: SourceEntry['type']) => string | undefined;
  onHighlightsChange(visible: boolean): void;
  onRevealClaim(attributionId: string): void;
  /** A short line shown under the header (e.g. "that claim is no longer on the page"); polite live region. */
  notice?: string;
  /** How many reveal requests the page has answered so far: the notice is up to date for each of them. */
  revealsAnswered?: number;
  /** UI language, for number formats. */
  locale?: string;
  /** The analysed article text, when the background kept it: the profile then counts sentences. */
  text?: string;
  /** Blocks shown under the report only (export). */
  tools?: ComponentChildren;
  /** Blocks shown in every state (highlight settings). */
  footer?: ComponentChildren;
}

const STATUS: Record<Exclude<PopupState['kind'], 'report'>, { title: MessageKey; body: MessageKey }> = {
  loading: { title: 'statusReadingTitle', body: 'statusReadingBody' },
  reading: { title: 'statusReadingTitle', body: 'statusReadingBody' },
  'no-article': { title: 'statusNoArticleTitle', body: 'statusNoArticleBody' },
  failed: { title: 'statusFailedTitle', body: 'statusFailedBody' },
  excluded: { title: 'statusExcludedTitle', body: 'statusExcludedBody' },
  unreadable: { title: 'statusUnreadableTitle', body: 'statusUnreadableBody' },
};

export function PopupView({ state, colorOf, onHighlightsChange, onRevealClaim, notice, revealsAnswered = 0, locale, text, tools, footer }: PopupViewProps) {
  const t = useT();
  const tab = state.kind === 'report' ? state.tab : null;
  const groups = tab?.report ? groupSources(tab.report) : [];
  return (
    <main class="popup" aria-busy={state.kind === 'loading' || state.kind === 'reading'}>
      <header class="bar">
        <div class="brand">
          <span class="logo" aria-hidden="true" />
          <h1>{t('extName')}</h1>
        </div>
        <Switch label={t('highlightsSwitch')} checked={tab?.highlightsVisible ?? false}
          disabled={!tab?.report} onChange={onHighlightsChange} />
      </header>
      {tab?.title ? <p class="page-title" title={tab.url}>{tab.title}</p> : null}
      <p class="notice" role="status" aria-live="polite" data-reveals={revealsAnswered}>{notice ?? ''}</p>
      {state.kind !== 'report'
        ? <StatusPanel kind={state.kind} />
        : groups.length === 0
          ? <div class="status" data-status="empty"><h2>{t('statusNoSourcesTitle')}</h2><p>{t('statusNoSourcesBody')}</p></div>
          : (
            <>
              <ReportProfile profile={attributionProfile(tab!.report!, text)} locale={locale} />
              <SourceList groups={groups} colorOf={colorOf} lang={tab!.report!.lang} onRevealClaim={onRevealClaim} />
              {tools}
            </>
          )}
      {footer}
    </main>
  );
}

function StatusPanel({ kind }: { kind: Exclude<PopupState['kind'], 'report'> }) {
  const t = useT();
  const { title, body } = STATUS[kind];
  // While loading, the panel keeps its size but stays blank: a flash of "reading…" for 20 ms is noise.
  return (
    <div class={`status${kind === 'loading' ? ' is-blank' : ''}`} data-status={kind}>
      {kind === 'reading' || kind === 'loading' ? <span class="spinner" aria-hidden="true" /> : <span class={`status-icon icon-${kind}`} aria-hidden="true" />}
      <h2>{t(title)}</h2>
      <p>{t(body)}</p>
    </div>
  );
}

/**
 * What the popup should show for a tab. `tab` is the background's TabReport (null when the page has
 * not reported yet); `isReadable` is false for pages no extension can script (browser pages, stores);
 * `isExcluded` when the reader excluded the tab's site (the page then reports "no article");
 * `isRefused` when the page has finished loading, has no content script, and the browser refused to inject it.
 */
export function popupStateOf(tab: TabReport | null, isReadable: boolean, isExcluded = false, isRefused = false): PopupState {
  if (isExcluded && isReadable) return { kind: 'excluded' };
  if (!tab) return !isReadable ? { kind: 'no-article' } : isRefused ? { kind: 'unreadable' } : { kind: 'reading' };
  if (tab.status === 'error') return { kind: 'failed' };
  if (tab.status === 'no-article') return { kind: 'no-article' };
  return tab.report ? { kind: 'report', tab } : { kind: 'reading' };
}
