/**
 * Components never call `browser.i18n`: the entrypoint provides the translate function through
 * this context (the browser's `getMessage` in the extension, the English file in tests).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../utils/i18n/translate';

export { translatorFrom, type MessageFile, type MessageKey, type Translate } from '../utils/i18n/translate';

export const I18n = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(I18n);
}
