// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { I18n } from '../../components/i18n';
import { PopupView, popupStateOf, type PopupState } from '../../components/popup-view';
import { sampleTab } from './sample-report';
import { t } from './locale';

let container: HTMLElement;
beforeEach(() => { container = document.createElement('div'); document.body.append(container); });
afterEach(() => { render(null, container); container.remove(); });

function show(state: PopupState, handlers: Partial<{ onHighlightsChange: (v: boolean) => void; onRevealClaim: (id: string) => void }> = {}) {
  render(
    <I18n.Provider value={t}>
      <PopupView state={state} onHighlightsChange={handlers.onHighlightsChange ?? (() => {})} onRevealClaim={handlers.onRevealClaim ?? (() => {})} />
    </I18n.Provider>,
    container,
  );
}
const $ = (sel: string) => container.querySelector(sel);
const $$ = (sel: string) => [...container.querySelectorAll(sel)];

describe('notice', () => {
  test('counts the reveal answers it reflects, so a reader of the page (or a test) knows it is current', () => {
    render(<I18n.Provider value={t}><PopupView state={{ kind: 'report', tab: sampleTab }} notice="x" revealsAnswered={3} onHighlightsChange={() => {}} onRevealClaim={() => {}} /></I18n.Provider>, container);
    expect($('.notice')!.getAttribute('data-reveals')).toBe('3');
    expect($('.notice')!.textContent).toBe('x');
    show({ kind: 'report', tab: sampleTab });
    expect($('.notice')!.getAttribute('data-reveals')).toBe('0');
  });
});

describe('claim excerpts', () => {
  // Claims are often indirect speech ("que l'Azerbaïdjan vise…"): quotation marks would turn the
  // source's paraphrase into its words. Neither the markup nor the style sheet adds any.
  test('carry the article language and no quotation marks in the text', () => {
    show({ kind: 'report', tab: sampleTab });
    const texts = $$('.claim:not(.is-credit) .claim-text');
    expect(texts.length).toBeGreaterThan(0);
    for (const el of texts) {
      expect(el.getAttribute('lang')).toBe(sampleTab.report!.lang);
      expect(el.textContent).not.toMatch(/^[«“„"‘‹]|[»”“"’›]$/u);
    }
  });

  test('the style sheet puts no quotation marks around them', () => {
    const css = readFileSync(join(import.meta.dirname, '../../components/theme.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).not.toMatch(/open-quote|close-quote/);
    expect(css).not.toMatch(/claim[^{]*::?(before|after)\s*\{[^}]*content:\s*['"][«“„"»”]/);
  });
});

describe('groups', () => {
  test('sources are grouped by type in the fixed order, with counts', () => {
    show({ kind: 'report', tab: sampleTab });
    const titles = $$('.group-title > span:first-child').map((e) => e.textContent);
    expect(titles).toEqual(['Agencies', 'Media', 'People', 'Governments', 'Anonymous', 'Documents']);
    const agencies = $('[aria-labelledby="group-agency"]')!;
    expect(agencies.querySelector('.group-count')!.textContent).toBe('2');
    expect([...agencies.querySelectorAll('.source-name')].map((e) => e.textContent)).toEqual(['AFP', 'Reuters']);
  });

  test('each claim shows as an excerpt with its chain of relays', () => {
    show({ kind: 'report', tab: sampleTab });
    const person = $('[data-source="Marija Zakharova"]')!;
    expect(person.querySelector('.claim-text')!.textContent).toBe('La Russie appelle à un cessez-le-feu immédiat');
    expect(person.querySelector('.chain')!.textContent).toBe('Marija Zakharova → AFP');
    // the relay lists the claims it carries, the credit included
    const afp = $('[data-source="AFP"]')!;
    expect([...afp.querySelectorAll('[data-attribution]')].map((e) => e.getAttribute('data-attribution'))).toEqual(['a0', 'a1']);
    expect(afp.querySelector('.is-credit')!.textContent).toContain('MOSCOU (AFP) —');
  });

  test('a source speaking directly has no chain line', () => {
    show({ kind: 'report', tab: sampleTab });
    expect($('[data-source="Reuters"] .chain')).toBeNull();
  });

  test('page text is rendered as text, never as markup', () => {
    show({ kind: 'report', tab: sampleTab });
    const anon = $('[data-source="source proche du dossier"] .claim-text')!;
    expect(anon.textContent).toBe('que les négociations reprendraient <b>lundi</b>');
    expect(anon.querySelector('b')).toBeNull();
  });
});

describe('callbacks', () => {
  test('clicking a claim reveals it', () => {
    const onRevealClaim = vi.fn();
    show({ kind: 'report', tab: sampleTab }, { onRevealClaim });
    ($('[data-attribution="a2"]') as HTMLButtonElement).click();
    expect(onRevealClaim).toHaveBeenCalledWith('a2');
  });

  test('the switch reports the new visibility', () => {
    const onHighlightsChange = vi.fn();
    show({ kind: 'report', tab: sampleTab }, { onHighlightsChange });
    const input = $('input[role="switch"]') as HTMLInputElement;
    expect(input.checked).toBe(true);
    input.click();
    expect(onHighlightsChange).toHaveBeenCalledWith(false);
  });

  test('the switch is off and disabled without a report', () => {
    show({ kind: 'reading' });
    const input = $('input[role="switch"]') as HTMLInputElement;
    expect(input.disabled).toBe(true);
  });
});

describe('states', () => {
  test.each([
    ['reading', 'Reading the article…'],
    ['no-article', 'No article on this page'],
    ['failed', 'Something went wrong'],
    ['excluded', 'Sourcelight is off for this site'],
    ['unreadable', 'Sourcelight can’t read this page'],
  ] as const)('%s has its own text', (kind, title) => {
    show({ kind });
    expect($('.status h2')!.textContent).toBe(title);
    expect($('.status')!.getAttribute('data-status')).toBe(kind);
  });

  test('an article without attribution says so', () => {
    show({ kind: 'report', tab: { ...sampleTab, report: { ...sampleTab.report!, attributions: [], sources: [] } } });
    expect($('[data-status="empty"] h2')!.textContent).toBe('No attributed claims found');
  });

  test('popupStateOf maps what the background knows', () => {
    expect(popupStateOf(null, true)).toEqual({ kind: 'reading' });
    expect(popupStateOf(null, false)).toEqual({ kind: 'no-article' });
    expect(popupStateOf({ ...sampleTab, status: 'error', report: null }, true)).toEqual({ kind: 'failed' });
    expect(popupStateOf({ ...sampleTab, status: 'no-article', report: null }, true)).toEqual({ kind: 'no-article' });
    expect(popupStateOf({ ...sampleTab, report: null }, true)).toEqual({ kind: 'reading' });
    expect(popupStateOf(sampleTab, true)).toEqual({ kind: 'report', tab: sampleTab });
    // An excluded site reports "no article": the popup says why instead.
    expect(popupStateOf({ ...sampleTab, status: 'no-article', report: null }, true, true)).toEqual({ kind: 'excluded' });
    expect(popupStateOf(null, false, true)).toEqual({ kind: 'no-article' });
    // Loaded, no content script, and the browser refused to inject one (a store page, no grant).
    expect(popupStateOf(null, true, false, true)).toEqual({ kind: 'unreadable' });
    expect(popupStateOf(sampleTab, true, false, true)).toEqual({ kind: 'report', tab: sampleTab });
  });
});
