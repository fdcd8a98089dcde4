/**
 * The UI follows the browser's language, in Chromium and Firefox. Launched in French, the popup on
 * the seed article and the options page show the French strings of public/_locales/fr, and no English
 * string that differs from its French one appears anywhere in them, hidden text and labels included:
 * a hard-coded English string fails here. Launched as is, the same pages are in English, so the
 * French run cannot pass by accident.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { browsers, startPageServer, type ExtensionBrowser, type PageServer, type TabPage } from './harness';
import { driverOf } from './support/driver';
import type { MessageFile, MessageKey } from '../../utils/i18n/translate';

const LANGUAGES = [
  { name: 'French', locale: 'fr', ui: 'fr', messages: fr as MessageFile, other: en as MessageFile },
  { name: 'English (the browser as is)', locale: undefined, ui: 'en', messages: en as MessageFile, other: fr as MessageFile },
];

/**
 * A message as a pattern: its placeholders match any short run of text, and it must stand as whole
 * words ("Export" is not found in "Exporter"). Case counts: "export" in a French sentence is French.
 */
function patternOf(message: string): RegExp {
  const literal = message.split(/\$[A-Za-z0-9_@]+\$/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\n]{1,80}?');
  const start = /^[\p{L}\p{N}]/u.test(message) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = /[\p{L}\p{N}]$/u.test(message) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(start + literal + end, 'u');
}

/** The messages of the other language that differ from this one's: none may show. */
function foreignMessages(messages: MessageFile, other: MessageFile): { key: string; pattern: RegExp }[] {
  return Object.keys(other).filter((key) => other[key]!.message !== messages[key]?.message)
    .map((key) => ({ key, pattern: patternOf(other[key]!.message) }));
}

/**
 * What the UI says (runs in the page): the text shown, and all of it: every text node (hidden ones
 * too), the title, and the labels a screen reader or a tooltip gives. Page text (marked with the article's `lang`) and the
 * page title the popup repeats are the article's, not the UI's, and are left out.
 */
function uiText(): { visible: string; all: string; lang: string } {
  const isOurs = (el: Element) => {
    const marked = el.closest('[lang]');
    return (marked === null || marked === document.documentElement) && !el.closest('script, style, .page-title');
  };
  const texts = [document.title];
  const shown: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !isOurs(parent) || !node.textContent!.trim()) continue;
    texts.push(node.textContent!);
    // As written, not as styled: innerText would give "SHOW HIGHLIGHTS" for an uppercased title.
    if (parent.checkVisibility({ visibilityProperty: true })) shown.push(node.textContent!);
  }
  const attributes = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription'];
  for (const el of document.body.querySelectorAll('*')) {
    if (!isOurs(el)) continue;
    for (const name of attributes) {
      const value = el.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  return { visible: shown.join('\n'), all: texts.join('\n'), lang: document.documentElement.lang };
}

/** Runs in the extension: what the browser itself says in the extension's name. */
async function browserSide(tabId: number): Promise<{ ui: string; description: string; command: string; title: string }> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const commands: { name?: string; description?: string }[] = await api.commands.getAll();
  return {
    ui: api.i18n.getUILanguage(),
    description: api.i18n.getMessage('extDescription'),
    command: commands.find((c) => c.name === 'toggle-highlights')?.description ?? '',
    title: await (api.action ?? api.browserAction).getTitle({ tabId }),
  };
}

describe.each(browsers)('UI language in $name', ({ name: browserName, launch }) => {
  describe.each(LANGUAGES)('launched in $name', ({ locale, ui, messages, other }) => {
    let server: PageServer;
    let ext: ExtensionBrowser;
    let popup: TabPage;
    let options: TabPage;
    let tabId: number;
    const message = (key: MessageKey) => messages[key]!.message;
    const foreign = foreignMessages(messages, other);

    /** Every message of `keys` is on the page (`visible`: shown; otherwise: text or a label). */
    async function expectShown(tab: TabPage, keys: MessageKey[], where: 'visible' | 'all' = 'visible') {
      const text = (await tab.evaluate(uiText))[where];
      const missing = keys.filter((key) => !patternOf(message(key)).test(text));
      expect(missing, `not found in:\n${text}`).toEqual([]);
    }

    /** The messages of the other language (that differ) found anywhere in the UI, as `key: "text"`. */
    async function foreignFound(tab: TabPage): Promise<{ found: string[]; all: string }> {
      const { all } = await tab.evaluate(uiText);
      return { found: foreign.flatMap(({ key, pattern }) => { const m = pattern.exec(all); return m ? [`${key}: "${m[0]}"`] : []; }), all };
    }
    async function expectNoForeign(tab: TabPage) {
      const { found, all } = await foreignFound(tab);
      expect(found, `in:\n${all}`).toEqual([]);
    }

    beforeAll(async () => {
      server = await startPageServer();
      ext = await launch(locale ? { locale } : {});
      const page = await ext.openPage(server.url('seed-fr.html'));
      tabId = await ext.tabIdOf(page);
      popup = await ext.openPopup(tabId);
      await popup.waitForSelector('.groups', 60_000);
      options = await ext.openExtensionPage('options.html', 'main.options');
      await options.setViewport(800, 1100);
    });
    afterAll(async () => {
      await ext?.close();
      await server?.close();
    });

    test('the browser gives the extension its language: UI language, description, command, button title', async () => {
      const said = await ext.inExtension(browserSide, tabId);
      expect(said.ui.split('-')[0]).toBe(ui);
      expect(said.description).toBe(message('extDescription'));
      expect(said.command).toBe(message('commandToggle'));
      expect(said.title).toMatch(patternOf(message('badgeTitle')));
    });

    test('the popup on the seed article speaks it, and nothing of the other language', async () => {
      await expectShown(popup, ['highlightsSwitch', 'type_agency', 'profileAnonymous', 'profileCredits', 'exportTitle', 'exportCopy',
        'exportDownload', 'settingsTitle', 'settingsSite', 'settingsGlobal', 'settingsGlobalHint']);
      await expectShown(popup, ['profileTitle', 'exportFormat', 'sourceCount', 'nextMention'], 'all');
      const { visible, lang } = await popup.evaluate(uiText);
      expect(patternOf(message('settingsShortcut')).test(visible) || patternOf(message('settingsNoShortcut')).test(visible)).toBe(true);
      expect(lang).toBe(ui);
      // Numbers follow the UI language too: "43 %" in French (a no-break space), "43%" in English.
      const shares = (await popup.texts('.tile-value')).filter((v) => v.includes('%'));
      expect(shares.length).toBeGreaterThan(0);
      for (const share of shares) expect(share).toMatch(ui === 'fr' ? /^\d+[\u00a0\u202f]%$/ : /^\d+%$/);
      await expectNoForeign(popup);
      // The check sees what a reader never does: a label left in the other language on a hidden element.
      await popup.evaluate((label: string) => {
        const planted = Object.assign(document.createElement('button'), { hidden: true, id: 'planted' });
        planted.setAttribute('aria-label', label);
        document.querySelector('.export-row')!.append(planted);
      }, other.exportCopy!.message);
      expect((await foreignFound(popup)).found).toEqual([`exportCopy: "${other.exportCopy!.message}"`]);
      await popup.evaluate(() => document.getElementById('planted')!.remove());
      await popup.screenshot(`${ui}-popup`); // the popup's own size, as a reader sees it
    });

    test('the options page speaks it, in its messages and errors too, and nothing of the other language', async () => {
      await expectShown(options, ['optionsTitle', 'optionsSourcesTitle', 'optionsSourcesHint', 'optionsSourcesEmpty', 'optionsSitesHint',
        'optionsSitesEmpty', 'optionsSourceName', 'optionsSourceAliases', 'optionsAdd', 'optionsColorsTitle', 'optionsColorsHint',
        'optionsColorSlot', 'optionsResetTitle', 'optionsResetHint', 'optionsReset']);
      await expectShown(options, ['optionsAliasesPlaceholder', 'typeOne_media', 'optionsSiteExcluded'], 'all');
      expect((await options.evaluate(uiText)).lang).toBe(ui);
      expect(await options.evaluate(() => document.title)).toBe(message('optionsTitle'));
      await expectNoForeign(options);

      const keys = driverOf(options).keyboard;
      // A source without a name: the form says what is missing.
      await options.click('#source-name');
      await keys.press('Enter');
      await options.waitForSelector('#source-error');
      await expectShown(options, ['optionsSourceNameMissing']);
      // A source, and a site rule: the tables, their buttons and labels.
      await keys.type('Kyiv Independent');
      await keys.press('Enter');
      await options.waitForSelector('[data-custom-source="Kyiv Independent"]');
      await options.click('#site-host');
      await keys.type('example.com');
      await keys.press('Enter');
      await options.waitForSelector('[data-site="example.com"]');
      // A site name that is not one.
      await keys.type('nowhere');
      await keys.press('Enter');
      await options.waitForSelector('#site-error');
      // Reset, armed: it asks to confirm.
      await options.click('section[aria-labelledby="reset-title"] button');
      await options.waitForSelector('section[aria-labelledby="reset-title"] .danger');
      await expectShown(options, ['optionsRemove', 'optionsSiteInvalid', 'optionsResetConfirm', 'optionsCancel', 'typeOne_media']);
      await expectShown(options, ['optionsRemoveNamed', 'optionsSiteChoiceFor', 'optionsSiteOn', 'optionsSiteOff'], 'all');
      await expectNoForeign(options);
      await options.screenshot(`${ui}-options`, { fullPage: true });
    });

    test('logs no error and sends no request', async () => {
      // Firefox's remote-settings loader ("RSLoader:") now and then logs its blocked update check: not ours.
      const errors = ext.pageErrors().filter((e) => !/^console\.error: RSLoader:/.test(e));
      expect(errors, `${browserName}: ${JSON.stringify(errors)}`).toEqual([]);
      expect(ext.externalRequests()).toEqual([]);
    });
  });
});
