/**
 * The UI strings' types and `browser.i18n.getMessage` semantics over a messages.json, with no
 * browser or Preact: exports (utils/export) and components (components/i18n.ts) both build on it.
 */
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** The shape of public/_locales/<lang>/messages.json. */
export type MessageFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * `browser.i18n.getMessage` semantics over a loaded messages.json: `$NAME$` takes its placeholder's
 * content, in which `$1`…`$9` are the substitutions; `$$` is a dollar. Used where the browser API is
 * absent (unit tests) and to check the locale files.
 */
export function translatorFrom(messages: MessageFile): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
        const ph = entry.placeholders?.[name.toLowerCase()];
        return ph ? fill(ph.content) : whole;
      })
      .replace(/\$\$/g, '$');
  };
}
