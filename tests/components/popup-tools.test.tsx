// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ExportPanel } from '../../components/export-panel';
import { HighlightSettings } from '../../components/highlight-settings';
import { I18n } from '../../components/i18n';
import { PopupView } from '../../components/popup-view';
import { ReportProfile } from '../../components/report-profile';
import { attributionProfile } from '../../utils/export/attribution-profile';
import { sampleReport, sampleTab, sampleText } from './sample-report';
import { t } from './locale';

let container: HTMLElement;
beforeEach(() => { container = document.createElement('div'); document.body.append(container); });
afterEach(() => { render(null, container); container.remove(); });
const show = (node: preact.ComponentChildren) => act(() => { render(<I18n.Provider value={t}>{node}</I18n.Provider>, container); });
const $ = <T extends Element = HTMLElement>(sel: string) => container.querySelector(sel) as T;
const click = (el: HTMLElement) => act(() => el.click());

describe('ReportProfile', () => {
  test('shows the four figures with their labels', () => {
    show(<ReportProfile profile={attributionProfile(sampleReport)} locale="en" />);
    const tile = (id: string) => [$(`[data-tile="${id}"] dd`).textContent, $(`[data-tile="${id}"] dt`).textContent];
    expect(tile('agency')).toEqual(['20%', 'of claims rely on AFP']);
    expect(tile('anonymous')).toEqual(['1', 'anonymous sources']);
    expect(tile('credits')).toEqual(['1', 'datelines and credits']);
    expect($('.credits').textContent).toContain('MOSCOU (AFP) —');
  });

  test('numbers follow the UI language', () => {
    show(<ReportProfile profile={{ ...attributionProfile(sampleReport), attributedShare: 0.434 }} locale="fr" />);
    expect($('[data-tile="attributed"] dd').textContent).toBe('43\u00a0%');
  });

  test('with the article text, the first tile counts sentences', () => {
    show(<PopupView state={{ kind: 'report', tab: sampleTab }} text={sampleText} locale="en" onHighlightsChange={() => {}} onRevealClaim={() => {}} />);
    expect($('[data-tile="attributed"] dd').textContent).toBe('100%');
    expect($('[data-tile="attributed"] dt').textContent).toBe('of sentences attributed (5/5)');
  });

  test('without agency', () => {
    show(<ReportProfile profile={{ ...attributionProfile(sampleReport), topAgency: null }} locale="en" />);
    expect($('[data-tile="agency"] dt').textContent).toBe('No agency');
  });

  test('the popup shows it above the sources', () => {
    show(<PopupView state={{ kind: 'report', tab: sampleTab }} onHighlightsChange={() => {}} onRevealClaim={() => {}} />);
    expect($('.profile + .groups')).not.toBeNull();
  });
});

describe('stepping through a source', () => {
  test('each press reveals the next mention, wrapping around', () => {
    const report = { ...sampleReport, attributions: [...sampleReport.attributions, { ...sampleReport.attributions[2]!, id: 'a9' }] };
    const onRevealClaim = vi.fn();
    show(<PopupView state={{ kind: 'report', tab: { ...sampleTab, report } }} onHighlightsChange={() => {}} onRevealClaim={onRevealClaim} />);
    const name = $('[data-source="Reuters"] .source-name');
    expect(name.getAttribute('aria-label')).toBe('Reuters: show mention 1 of 2 in the page');
    click(name);
    expect($('[data-source="Reuters"] .step').textContent).toBe('1 / 2');
    click(name);
    click(name);
    expect(onRevealClaim.mock.calls.map((c) => c[0])).toEqual(['a2', 'a9', 'a2']);
  });

  test('a source only relaying others has no mention to step through', () => {
    show(<PopupView state={{ kind: 'report', tab: sampleTab }} onHighlightsChange={() => {}} onRevealClaim={() => {}} />);
    expect($('[data-source="Le Monde"] .source-name').tagName).toBe('SPAN');
  });

  test('long lists show the first claims and the rest on demand', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ ...sampleReport.attributions[2]!, id: `r${i}` }));
    show(<PopupView state={{ kind: 'report', tab: { ...sampleTab, report: { ...sampleReport, attributions: many } } }} onHighlightsChange={() => {}} onRevealClaim={() => {}} />);
    expect(container.querySelectorAll('[data-source="Reuters"] .claim')).toHaveLength(4);
    click($('[data-source="Reuters"] .more'));
    expect(container.querySelectorAll('[data-source="Reuters"] .claim')).toHaveLength(7);
  });
});

describe('ExportPanel', () => {
  test('copies and downloads in the chosen format and announces the result', async () => {
    const onCopy = vi.fn(async () => 'exportCopied' as const);
    const onDownload = vi.fn(async () => 'exportFailed' as const);
    show(<ExportPanel onCopy={onCopy} onDownload={onDownload} />);
    expect([...container.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['JSON', 'CSV', 'Markdown', 'Web Annotations']);
    act(() => {
      const select = $<HTMLSelectElement>('select');
      select.value = 'csv';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => $('[data-action="copy"]').click());
    expect(onCopy).toHaveBeenCalledWith('csv');
    expect($('.export-status').textContent).toBe('Copied to the clipboard.');
    await act(async () => $('[data-action="download"]').click());
    expect(onDownload).toHaveBeenCalledWith('csv');
    expect($('.export-status').textContent).toBe('Export failed.');
  });
});

describe('HighlightSettings', () => {
  const base = { site: 'lemonde.fr', isSiteOn: true, isGlobalOn: false, shortcut: 'Alt+Shift+S', onOpenOptions: () => {} };
  test('site and global switches report their new state', () => {
    const onSiteChange = vi.fn();
    const onGlobalChange = vi.fn();
    show(<HighlightSettings {...base} onSiteChange={onSiteChange} onGlobalChange={onGlobalChange} />);
    const [site, global] = [...container.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    expect([site!.checked, global!.checked]).toEqual([true, false]);
    expect($('.settings').textContent).toContain('lemonde.fr');
    click(site!);
    click(global!);
    expect(onSiteChange).toHaveBeenCalledWith(false);
    expect(onGlobalChange).toHaveBeenCalledWith(true);
    expect($('kbd').textContent).toBe('Alt+Shift+S');
  });

  test('no site switch on pages without a site, and no shortcut assigned', () => {
    show(<HighlightSettings {...base} site={null} shortcut="" onSiteChange={() => {}} onGlobalChange={() => {}} />);
    expect(container.querySelectorAll('input[role="switch"]')).toHaveLength(1);
    expect($('.shortcut').textContent).toBe('No keyboard shortcut assigned');
  });

  test('while reading is on click, the footer offers automatic reading through the options', () => {
    const onOpenOptions = vi.fn();
    show(<HighlightSettings {...base} onOpenOptions={onOpenOptions} onSiteChange={() => {}} onGlobalChange={() => {}} />);
    expect(container.querySelector('.reading-hint')).toBeNull();
    show(<HighlightSettings {...base} readsOnClick onOpenOptions={onOpenOptions} onSiteChange={() => {}} onGlobalChange={() => {}} />);
    expect($('.reading-hint').textContent).toBe('Sourcelight reads a page when you click its button. Read every page automatically…');
    click($('.reading-hint button'));
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
  });
});
