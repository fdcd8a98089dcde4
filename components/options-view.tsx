/** The options page: sources the reader adds, colours, highlight style, per-site rules, reset. Props in, callbacks out. */
import { useState } from 'preact/hooks';
import { SOURCE_TYPES, type SourceType } from '../utils/engine/types';
import { cleanCustomSource, MAX_SOURCE_NAME, type CustomSource } from '../utils/settings/custom-source';
import type { ReadingMode } from '../utils/access';
import type { PaintMode, SiteRule, SiteRules } from '../utils/storage';
import { useT, type MessageKey } from './i18n';

export interface OptionsViewProps {
  sources: CustomSource[];
  rules: SiteRules;
  /** The default palette, slot by slot, and the reader's replacements (slot → colour). */
  palette: readonly string[];
  colors: Record<string, string>;
  /** A few well-known source names per slot, so a colour has a meaning ("AFP, Le Monde"). */
  examplesOf(slot: number): string[];
  onSourcesChange(sources: CustomSource[]): void;
  onRulesChange(rules: SiteRules): void;
  onColorsChange(colors: Record<string, string>): void;
  /** How pages are painted: coloured highlights, or <mark> elements that screen readers announce. */
  paintMode: PaintMode;
  onPaintModeChange(mode: PaintMode): void;
  /** Whether pages are read on click or automatically (the browser's grant); null until known. */
  readingMode: ReadingMode | null;
  /** Asks the browser for the grant, or gives it back; must run inside the reader's click. */
  onReadingModeChange(mode: ReadingMode): void;
  /** The browser refused the grant the reader asked for. */
  isReadingRefused?: boolean;
  onReset(): void;
  /** The last write to browser storage failed: the page shows what is stored, and says so. */
  hasSaveError?: boolean;
}

type SiteChoice = 'off' | 'on' | 'excluded';
const choiceOf = (rule: SiteRule): SiteChoice => (rule.isExcluded ? 'excluded' : rule.highlights === 'on' ? 'on' : 'off');
const ruleOf = (choice: SiteChoice): SiteRule => (choice === 'excluded' ? { isExcluded: true } : { highlights: choice });
const CHOICE_LABELS: Record<SiteChoice, MessageKey> = { on: 'optionsSiteOn', off: 'optionsSiteOff', excluded: 'optionsSiteExcluded' };

/** "www.Example.com/path" or a full URL → "example.com"; null when it is not a hostname. */
export function normaliseSite(input: string): string | null {
  const raw = input.trim().toLowerCase();
  if (!raw) return null;
  try {
    const host = new URL(raw.includes('://') ? raw : `https://${raw}`).hostname.replace(/^www\./, '');
    return /^[a-z0-9.-]+$/.test(host) && host.includes('.') || host === 'localhost' ? host : null;
  } catch {
    return null;
  }
}

/** Aliases as typed: comma-separated, trimmed, duplicates and empties dropped. */
export function parseAliases(input: string): string[] {
  return [...new Set(input.split(',').map((s) => s.trim()).filter(Boolean))];
}

export function OptionsView(props: OptionsViewProps) {
  const t = useT();
  return (
    <main class="options">
      <header class="options-head">
        <span class="logo" aria-hidden="true" />
        <h1>{t('optionsTitle')}</h1>
      </header>
      {props.hasSaveError ? <p class="error save-error" role="alert">{t('settingsSaveFailed')}</p> : null}
      <ReadingSection {...props} />
      <SourcesSection {...props} />
      <SitesSection {...props} />
      <ColorsSection {...props} />
      <PaintModeSection {...props} />
      <section class="card" aria-labelledby="reset-title">
        <h2 id="reset-title">{t('optionsResetTitle')}</h2>
        <p class="hint">{t('optionsResetHint')}</p>
        <ResetButton onReset={props.onReset} />
      </section>
    </main>
  );
}

function SourcesSection({ sources, onSourcesChange }: OptionsViewProps) {
  const t = useT();
  const [name, setName] = useState('');
  const [type, setType] = useState<SourceType>('media');
  const [aliases, setAliases] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const add = (e: Event) => {
    e.preventDefault();
    // The same check the background applies to what storage holds: what the form stores, the engine takes.
    const source = cleanCustomSource({ name, type, aliases: parseAliases(aliases) });
    if (!source) return setError('optionsSourceNameMissing');
    if (sources.some((s) => s.name.toLowerCase() === source.name.toLowerCase())) return setError('optionsSourceDuplicate');
    onSourcesChange([...sources, source]);
    setName(''); setAliases(''); setError(null);
  };
  return (
    <section class="card" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('optionsSourcesTitle')}</h2>
      <p class="hint">{t('optionsSourcesHint')}</p>
      {sources.length ? (
        <table class="table">
          <thead><tr><th scope="col">{t('optionsSourceName')}</th><th scope="col">{t('optionsSourceType')}</th><th scope="col">{t('optionsSourceAliases')}</th><th scope="col"><span class="visually-hidden">{t('optionsActions')}</span></th></tr></thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.name} data-custom-source={s.name}>
                <td>{s.name}</td>
                <td>{t(`typeOne_${s.type}` as MessageKey)}</td>
                <td>{s.aliases.join(', ')}</td>
                <td><button type="button" class="link" aria-label={t('optionsRemoveNamed', s.name)}
                  onClick={() => onSourcesChange(sources.filter((x) => x !== s))}>{t('optionsRemove')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p class="empty">{t('optionsSourcesEmpty')}</p>}
      <form class="add-form" onSubmit={add}>
        <label>
          <span>{t('optionsSourceName')}</span>
          <input id="source-name" value={name} maxLength={MAX_SOURCE_NAME} onInput={(e) => setName(e.currentTarget.value)}
            aria-invalid={error ? true : undefined} aria-describedby={error ? 'source-error' : undefined} />
        </label>
        <label>
          <span>{t('optionsSourceType')}</span>
          <select id="source-type" value={type} onChange={(e) => setType(e.currentTarget.value as SourceType)}>
            {SOURCE_TYPES.map((ty) => <option key={ty} value={ty}>{t(`typeOne_${ty}` as MessageKey)}</option>)}
          </select>
        </label>
        <label class="grow">
          <span>{t('optionsSourceAliases')}</span>
          <input id="source-aliases" value={aliases} maxLength={2000} placeholder={t('optionsAliasesPlaceholder')}
            onInput={(e) => setAliases(e.currentTarget.value)} />
        </label>
        <button type="submit" class="button primary">{t('optionsAdd')}</button>
      </form>
      {error ? <p id="source-error" class="error" role="alert">{t(error)}</p> : null}
    </section>
  );
}

function SitesSection({ rules, onRulesChange }: OptionsViewProps) {
  const t = useT();
  const [site, setSite] = useState('');
  const [choice, setChoice] = useState<SiteChoice>('excluded');
  const [hasError, setError] = useState(false);
  const sites = Object.keys(rules).sort();
  const add = (e: Event) => {
    e.preventDefault();
    const host = normaliseSite(site);
    if (!host) return setError(true);
    onRulesChange({ ...rules, [host]: ruleOf(choice) });
    setSite(''); setError(false);
  };
  return (
    <section class="card" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSitesTitle')}</h2>
      <p class="hint">{t('optionsSitesHint')}</p>
      {sites.length ? (
        <ul class="site-list">
          {sites.map((host) => (
            <li key={host} data-site={host}>
              <span class="site-host">{host}</span>
              <label class="visually-hidden" for={`site-${host}`}>{t('optionsSiteChoiceFor', host)}</label>
              <select id={`site-${host}`} value={choiceOf(rules[host]!)}
                onChange={(e) => onRulesChange({ ...rules, [host]: ruleOf(e.currentTarget.value as SiteChoice) })}>
                {(['on', 'off', 'excluded'] as const).map((c) => <option key={c} value={c}>{t(CHOICE_LABELS[c])}</option>)}
              </select>
              <button type="button" class="link" aria-label={t('optionsRemoveNamed', host)}
                onClick={() => { const next = { ...rules }; delete next[host]; onRulesChange(next); }}>{t('optionsRemove')}</button>
            </li>
          ))}
        </ul>
      ) : <p class="empty">{t('optionsSitesEmpty')}</p>}
      <form class="add-form" onSubmit={add}>
        <label class="grow">
          <span>{t('optionsSite')}</span>
          <input id="site-host" value={site} placeholder="example.com" maxLength={300} onInput={(e) => setSite(e.currentTarget.value)}
            aria-invalid={hasError || undefined} aria-describedby={hasError ? 'site-error' : undefined} />
        </label>
        <label>
          <span>{t('optionsSiteChoice')}</span>
          <select id="site-choice" value={choice} onChange={(e) => setChoice(e.currentTarget.value as SiteChoice)}>
            {(['excluded', 'off', 'on'] as const).map((c) => <option key={c} value={c}>{t(CHOICE_LABELS[c])}</option>)}
          </select>
        </label>
        <button type="submit" class="button primary">{t('optionsAdd')}</button>
      </form>
      {hasError ? <p id="site-error" class="error" role="alert">{t('optionsSiteInvalid')}</p> : null}
    </section>
  );
}

function ColorsSection({ palette, colors, examplesOf, onColorsChange }: OptionsViewProps) {
  const t = useT();
  return (
    <section class="card" aria-labelledby="colors-title">
      <h2 id="colors-title">{t('optionsColorsTitle')}</h2>
      <p class="hint">{t('optionsColorsHint')}</p>
      <ul class="color-list">
        {palette.map((fallback, slot) => {
          const value = colors[String(slot)] ?? fallback;
          const examples = examplesOf(slot);
          return (
            <li key={slot} data-slot={slot}>
              <input type="color" id={`color-${slot}`} value={value}
                onInput={(e) => onColorsChange({ ...colors, [String(slot)]: e.currentTarget.value })} />
              <label for={`color-${slot}`}>
                {t('optionsColorSlot', String(slot + 1))}
                {examples.length ? <span class="hint"> — {examples.join(', ')}</span> : null}
              </label>
              {colors[String(slot)] ? (
                <button type="button" class="link" aria-label={t('optionsColorResetNamed', String(slot + 1))}
                  onClick={() => { const next = { ...colors }; delete next[String(slot)]; onColorsChange(next); }}>{t('optionsColorReset')}</button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const READING_LABELS: Record<ReadingMode, MessageKey> = { 'on-click': 'optionsReadingOnClick', automatic: 'optionsReadingAutomatic' };

/** On click needs no site access at all; automatic reading is a grant the browser asks the reader for. */
function ReadingSection({ readingMode, onReadingModeChange, isReadingRefused }: OptionsViewProps) {
  const t = useT();
  return (
    <section class="card" aria-labelledby="reading-title">
      <h2 id="reading-title">{t('optionsReadingTitle')}</h2>
      <p class="hint" id="reading-hint">{t('optionsReadingHint')}</p>
      <fieldset class="choices" aria-labelledby="reading-title" aria-describedby="reading-hint" disabled={readingMode === null}>
        {(['on-click', 'automatic'] as const).map((mode) => (
          <label key={mode} class="choice">
            <input type="radio" name="reading" id={`reading-${mode}`} value={mode} checked={readingMode === mode}
              onChange={() => onReadingModeChange(mode)} />
            <span>{t(READING_LABELS[mode])}</span>
          </label>
        ))}
      </fieldset>
      {isReadingRefused ? <p class="hint reading-refused" role="status">{t('optionsReadingRefused')}</p> : null}
    </section>
  );
}

const PAINT_MODE_LABELS: Record<PaintMode, MessageKey> = { highlight: 'optionsPaintModeHighlight', mark: 'optionsPaintModeMark' };

/** Native radios: Tab reaches the group, arrow keys move the choice, and the group is named by its heading. */
function PaintModeSection({ paintMode, onPaintModeChange }: OptionsViewProps) {
  const t = useT();
  return (
    <section class="card" aria-labelledby="paint-mode-title">
      <h2 id="paint-mode-title">{t('optionsPaintModeTitle')}</h2>
      <p class="hint" id="paint-mode-hint">{t('optionsPaintModeHint')}</p>
      <fieldset class="choices" aria-labelledby="paint-mode-title" aria-describedby="paint-mode-hint">
        {(['highlight', 'mark'] as const).map((mode) => (
          <label key={mode} class="choice">
            <input type="radio" name="paint-mode" id={`paint-mode-${mode}`} value={mode} checked={paintMode === mode}
              onChange={() => onPaintModeChange(mode)} />
            <span>{t(PAINT_MODE_LABELS[mode])}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

/** Two steps, so one stray click cannot wipe the reader's settings. */
function ResetButton({ onReset }: { onReset(): void }) {
  const t = useT();
  const [isArmed, setArmed] = useState(false);
  return isArmed ? (
    <div class="reset-row">
      <button type="button" class="button danger" onClick={() => { setArmed(false); onReset(); }}>{t('optionsResetConfirm')}</button>
      <button type="button" class="button" onClick={() => setArmed(false)}>{t('optionsCancel')}</button>
    </div>
  ) : <button type="button" class="button" onClick={() => setArmed(true)}>{t('optionsReset')}</button>;
}
