import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18n, type Translate } from '@/components/i18n';
import { READ_ORIGINS, readingMode, type ReadingMode } from '@/utils/access';
import { OptionsView } from '@/components/options-view';
import { PALETTE, paletteIndex } from '@/utils/page/palette';
import { customSources, DEFAULT_PREFERENCES, paintModeOf, preferences, siteRules, validCustomSources, type CustomSource, type Preferences, type SiteRules } from '@/utils/storage';
import '@/components/theme.css';
import './options.css';

const t: Translate = (key, subs) => browser.i18n.getMessage(key, subs);

/** Names a reader recognises, to show which sources wear each colour. */
const WELL_KNOWN = ['AFP', 'Reuters', 'AP', 'dpa', 'EFE', 'ANSA', 'Le Monde', 'BBC', 'CNN', 'The Guardian', 'Le Figaro', 'Der Spiegel', 'El País'];

function Options() {
  const [sources, setSources] = useState<CustomSource[]>([]);
  const [rules, setRules] = useState<SiteRules>({});
  const [prefs, setPrefs] = useState<Preferences>(DEFAULT_PREFERENCES);
  const [hasSaveError, setSaveError] = useState(false);
  const [reading, setReading] = useState<ReadingMode | null>(null);
  const [isReadingRefused, setReadingRefused] = useState(false);

  const reload = () => Promise.all([
    customSources.getValue().then((v) => setSources(validCustomSources(v))),
    siteRules.getValue().then(setRules),
    preferences.getValue().then(setPrefs),
  ]);

  /** Shows the reading choice as the browser's grant has it. */
  const readAccess = () => void readingMode().then(setReading, (error) => console.error('[sourcelight] could not read the site access', error));

  useEffect(() => {
    void reload();
    // Another window (the popup) may change the same settings while this page is open.
    const unwatch = [siteRules.watch(setRules), preferences.watch(setPrefs), customSources.watch((v) => setSources(validCustomSources(v)))];
    // The grant can also change in the browser's own extension settings.
    readAccess();
    browser.permissions.onAdded.addListener(readAccess);
    browser.permissions.onRemoved.addListener(readAccess);
    return () => {
      unwatch.forEach((stop) => stop());
      browser.permissions.onAdded.removeListener(readAccess);
      browser.permissions.onRemoved.removeListener(readAccess);
    };
  }, []);

  /** Shows a change at once; when storage refuses it, says so and shows what is really stored again. */
  const save = (writes: Promise<unknown>[]) => {
    void Promise.all(writes).then(() => setSaveError(false), (error) => {
      console.error('[sourcelight] could not save the options', error);
      setSaveError(true);
      return reload();
    });
  };

  const examplesOf = (slot: number) => [...sources.map((s) => s.name), ...WELL_KNOWN].filter((n) => paletteIndex(n) === slot).slice(0, 3);

  return (
    <I18n.Provider value={t}>
      <OptionsView sources={sources} rules={rules} palette={PALETTE} colors={prefs.colors} examplesOf={examplesOf} hasSaveError={hasSaveError}
        onSourcesChange={(next) => { setSources(next); save([customSources.setValue(next)]); }}
        onRulesChange={(next) => { setRules(next); save([siteRules.setValue(next)]); }}
        onColorsChange={(colors) => { const next = { ...prefs, colors }; setPrefs(next); save([preferences.setValue(next)]); }}
        readingMode={reading} isReadingRefused={isReadingRefused}
        onReadingModeChange={(mode) => {
          // Called in the reader's click itself: browsers grant a permission only in answer to one.
          const change = mode === 'automatic' ? browser.permissions.request({ origins: READ_ORIGINS }) : browser.permissions.remove({ origins: READ_ORIGINS });
          setReading(null); // the choice waits for the browser's answer (a prompt, for the grant)
          void change.then(() => readingMode()).then((now) => {
            setReading(now);
            setReadingRefused(now !== mode);
          }, (error) => {
            console.error('[sourcelight] could not change the site access', error);
            setReadingRefused(true);
            readAccess(); // shows the choice as the browser has it again
          });
        }}
        paintMode={paintModeOf(prefs)}
        onPaintModeChange={(paintMode) => { const next = { ...prefs, paintMode }; setPrefs(next); save([preferences.setValue(next)]); }}
        onReset={() => {
          setSources([]); setRules({}); setPrefs(DEFAULT_PREFERENCES);
          save([customSources.setValue([]), siteRules.setValue({}), preferences.setValue(DEFAULT_PREFERENCES)]);
        }} />
    </I18n.Provider>
  );
}

document.documentElement.lang = browser.i18n.getUILanguage().split('-')[0] || 'en';
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
