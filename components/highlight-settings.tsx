/** Where highlights show: this site (remembered) and everywhere. The tab's own switch is in the header. */
import { useT } from './i18n';
import { Switch } from './switch';

export interface HighlightSettingsProps {
  /** Hostname of the tab, or null on pages without one (then the site switch is hidden). */
  site: string | null;
  isSiteOn: boolean;
  isGlobalOn: boolean;
  /** The keyboard shortcut as the browser reports it, e.g. "Alt+Shift+S"; empty when unassigned. */
  shortcut: string;
  onSiteChange(on: boolean): void;
  onGlobalChange(on: boolean): void;
  onOpenOptions(): void;
  /** True while Sourcelight reads only the pages the reader clicks on: the footer offers automatic reading. */
  readsOnClick?: boolean;
}

export function HighlightSettings({ site, isSiteOn, isGlobalOn, shortcut, onSiteChange, onGlobalChange, onOpenOptions, readsOnClick = false }: HighlightSettingsProps) {
  const t = useT();
  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title" class="section-title">{t('settingsTitle')}</h2>
      {site ? <Switch label={t('settingsSite')} hint={site} checked={isSiteOn} onChange={onSiteChange} /> : null}
      <Switch label={t('settingsGlobal')} hint={t('settingsGlobalHint')} checked={isGlobalOn} onChange={onGlobalChange} />
      <div class="settings-foot">
        <span class="shortcut">{shortcut ? <>{t('settingsShortcut')} <kbd>{shortcut}</kbd></> : t('settingsNoShortcut')}</span>
        <button type="button" class="link" onClick={onOpenOptions}>{t('settingsOptions')}</button>
      </div>
      {readsOnClick ? (
        <p class="reading-hint">
          {t('settingsReadingOnClick')} <button type="button" class="link" onClick={onOpenOptions}>{t('settingsReadAutomatically')}</button>
        </p>
      ) : null}
    </section>
  );
}
