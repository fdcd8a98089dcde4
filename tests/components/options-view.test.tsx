// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { I18n } from '../../components/i18n';
import { normaliseSite, OptionsView, parseAliases, type OptionsViewProps } from '../../components/options-view';
import { t } from './locale';

let container: HTMLElement;
beforeEach(() => { container = document.createElement('div'); document.body.append(container); });
afterEach(() => { render(null, container); container.remove(); });

function show(overrides: Partial<OptionsViewProps> = {}) {
  const props: OptionsViewProps = {
    sources: [], rules: {}, palette: ['#ffd166', '#9ad4f5'], colors: {}, examplesOf: (slot) => (slot === 0 ? ['AFP'] : []),
    onSourcesChange: vi.fn(), onRulesChange: vi.fn(), onColorsChange: vi.fn(), paintMode: 'highlight', onPaintModeChange: vi.fn(), readingMode: 'on-click', onReadingModeChange: vi.fn(), onReset: vi.fn(), ...overrides,
  };
  render(<I18n.Provider value={t}><OptionsView {...props} /></I18n.Provider>, container);
  return props;
}
const $ = <T extends Element = HTMLElement>(sel: string) => container.querySelector(sel) as T;
/** Types into a Preact-controlled input the way a user would. */
function type(sel: string, value: string) {
  const input = $<HTMLInputElement>(sel);
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
function choose(sel: string, value: string) {
  const select = $<HTMLSelectElement>(sel);
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
/** Submits the form that holds `sel`, as pressing Enter in it would. */
const submit = (sel: string) => act(() => { $(sel).closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); });
const click = (el: HTMLElement) => act(() => el.click());

describe('custom sources', () => {
  test('adding one passes name, type and aliases up', () => {
    const props = show();
    type('#source-name', ' Kyiv Independent ');
    choose('#source-type', 'media');
    type('#source-aliases', 'KI, the Kyiv Independent, KI,');
    submit('#source-name');
    expect(props.onSourcesChange).toHaveBeenCalledWith([{ name: 'Kyiv Independent', type: 'media', aliases: ['KI', 'the Kyiv Independent'] }]);
  });

  test('a nameless or duplicate source is refused with a message', () => {
    const props = show({ sources: [{ name: 'AFP', type: 'agency', aliases: [] }] });
    submit('#source-name');
    expect($('[role="alert"]').textContent).toBe('Give the source a name.');
    type('#source-name', 'afp');
    submit('#source-name');
    expect($('[role="alert"]').textContent).toBe('This source is already in the list.');
    expect(props.onSourcesChange).not.toHaveBeenCalled();
  });

  test('listed sources can be removed', () => {
    const sources = [{ name: 'AFP', type: 'agency' as const, aliases: ['Agence France-Presse'] }, { name: 'KI', type: 'media' as const, aliases: [] }];
    const props = show({ sources });
    expect($('[data-custom-source="AFP"]').textContent).toContain('Agence France-Presse');
    $('[data-custom-source="AFP"] button').click();
    expect(props.onSourcesChange).toHaveBeenCalledWith([sources[1]]);
  });
});

describe('sites', () => {
  test('a site is added normalised, with its rule', () => {
    const props = show();
    type('#site-host', 'https://www.LeMonde.fr/international/');
    choose('#site-choice', 'off');
    submit('#site-host');
    expect(props.onRulesChange).toHaveBeenCalledWith({ 'lemonde.fr': { highlights: 'off' } });
  });

  test('an existing rule can be changed or removed', () => {
    const props = show({ rules: { 'a.example': { isExcluded: true }, 'b.example': { highlights: 'off' } } });
    expect($<HTMLSelectElement>('#site-a\\.example').value).toBe('excluded');
    choose('#site-b\\.example', 'on');
    expect(props.onRulesChange).toHaveBeenLastCalledWith({ 'a.example': { isExcluded: true }, 'b.example': { highlights: 'on' } });
    $('[data-site="a.example"] button').click();
    expect(props.onRulesChange).toHaveBeenLastCalledWith({ 'b.example': { highlights: 'off' } });
  });

  test.each([
    ['example.com', 'example.com'],
    ['WWW.Example.COM', 'example.com'],
    ['https://news.example.org/a?b', 'news.example.org'],
    ['localhost', 'localhost'],
  ])('normaliseSite(%s) = %s', (input, host) => expect(normaliseSite(input)).toBe(host));
  test.each(['', 'not a site', 'javascript:alert(1)', 'nodot'])('normaliseSite refuses %j', (input) => expect(normaliseSite(input)).toBeNull());
});

describe('colours and reset', () => {
  test('a colour pick is reported per slot, with examples shown', () => {
    const props = show();
    expect($('[data-slot="0"]').textContent).toContain('AFP');
    const input = $<HTMLInputElement>('#color-1');
    input.value = '#aabbcc';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(props.onColorsChange).toHaveBeenCalledWith({ 1: '#aabbcc' });
  });

  test('a custom colour can go back to the default', () => {
    const props = show({ colors: { 0: '#000000' } });
    expect($<HTMLInputElement>('#color-0').value).toBe('#000000');
    $('[data-slot="0"] button').click();
    expect(props.onColorsChange).toHaveBeenCalledWith({});
  });

  test('reset takes two clicks', () => {
    const props = show();
    const first = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Reset all settings…')!;
    click(first);
    expect(props.onReset).not.toHaveBeenCalled();
    click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Yes, reset everything')!);
    expect(props.onReset).toHaveBeenCalledOnce();
  });
});

test('parseAliases', () => {
  expect(parseAliases(' a, b ,, a,c ')).toEqual(['a', 'b', 'c']);
  expect(parseAliases('')).toEqual([]);
});

describe('saving', () => {
  test('a refused write is said, in the reader\'s language, as an alert', () => {
    show();
    expect(container.querySelector('.save-error')).toBeNull();
    show({ hasSaveError: true });
    const alert = $('.save-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe(t('settingsSaveFailed'));
    expect(alert.textContent).toMatch(/could not be saved/);
  });
});

describe('highlight style', () => {
  const radios = () => [...container.querySelectorAll<HTMLInputElement>('input[name="paint-mode"]')];

  test('two labelled radios in a group named by its heading, the stored choice checked', () => {
    show({ paintMode: 'mark' });
    const group = radios()[0]!.closest('fieldset')!;
    expect(document.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).toBe('Highlight style');
    expect(radios().map((r) => [r.value, r.closest('label')!.textContent, r.checked])).toEqual([
      ['highlight', 'Coloured highlights (default)', false],
      ['mark', 'Marked text (for screen readers)', true],
    ]);
  });

  test('choosing marked text, then highlights again, passes each choice up', () => {
    const props = show();
    expect(radios()[0]!.checked).toBe(true);
    click(radios()[1]!);
    expect(props.onPaintModeChange).toHaveBeenLastCalledWith('mark');
    click(radios()[0]!);
    expect(props.onPaintModeChange).toHaveBeenLastCalledWith('highlight');
  });
});

describe('reading pages', () => {
  const radios = () => [...container.querySelectorAll<HTMLInputElement>('input[name="reading"]')];

  test('on click and automatic, in a group named by its heading, the browser\'s grant checked', () => {
    show({ readingMode: 'automatic' });
    const group = radios()[0]!.closest('fieldset')!;
    expect(document.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).toBe('Reading pages');
    expect(radios().map((r) => [r.value, r.checked])).toEqual([['on-click', false], ['automatic', true]]);
    expect(radios()[0]!.closest('label')!.textContent).toMatch(/no access to sites/);
  });

  test('choosing automatic, then on click, passes each choice up', () => {
    const props = show();
    click(radios()[1]!);
    expect(props.onReadingModeChange).toHaveBeenLastCalledWith('automatic');
    click(radios()[0]!);
    expect(props.onReadingModeChange).toHaveBeenLastCalledWith('on-click');
  });

  test('while the browser has not answered, the choice is disabled; a refusal is said', () => {
    show({ readingMode: null });
    expect(radios()[0]!.closest('fieldset')!.disabled).toBe(true);
    expect(radios().some((r) => r.checked)).toBe(false);
    expect(container.querySelector('.reading-refused')).toBeNull();
    show({ readingMode: 'on-click', isReadingRefused: true });
    expect(container.querySelector('.reading-refused')!.textContent).toBe(t('optionsReadingRefused'));
  });
});
