/**
 * Which pages Sourcelight may read, and how it comes to read them.
 *
 * The manifest grants no site at install, only `activeTab` and `scripting`. Two ways to read:
 * - on click (what a fresh install does): the toolbar button or the keyboard shortcut lends the
 *   current tab (activeTab) and the background injects the content script into that tab alone;
 * - automatically: the reader grants the optional host permission for http and https pages (options
 *   page) and the background registers the content script for every page while the grant lasts.
 *
 * The grant itself is the setting. The browser keeps it across restarts and updates, the reader can
 * also withdraw it from the browser's own extension settings, and no stored flag can disagree with it.
 */
import { browser } from 'wxt/browser';

/** The pages Sourcelight reads: the optional host permission of the manifest (wxt.config.ts). */
export const READ_ORIGINS = ['http://*/*', 'https://*/*'];
/** The id under which the content script is registered while reading is automatic. */
export const READER_ID = 'sourcelight-reader';
/** The content script as WXT builds it (entrypoints/content.ts). */
export const READER_FILES = { js: ['/content-scripts/content.js'], css: ['/content-scripts/content.css'] } as const;

export type ReadingMode = 'on-click' | 'automatic';

/** The slice of the WebExtension API this module uses: `browser`, or a fake in tests. */
export interface AccessApi {
  permissions: Pick<typeof browser.permissions, 'contains'>;
  scripting: Pick<typeof browser.scripting, 'getRegisteredContentScripts' | 'registerContentScripts' | 'updateContentScripts' | 'unregisterContentScripts' | 'executeScript' | 'insertCSS'>;
}

/** 'automatic' while the reader grants the read origins, else 'on-click'. */
export async function readingMode(api: AccessApi = browser): Promise<ReadingMode> {
  return (await api.permissions.contains({ origins: READ_ORIGINS })) ? 'automatic' : 'on-click';
}

let syncing: Promise<unknown> = Promise.resolve();

/**
 * Brings the registered content script in line with the grant: registered while it lasts, gone
 * without it. Calls run one after another (start-up, install and permission events can arrive
 * together), so two of them never both find nothing registered and register twice. `refresh`
 * (after an update) rewrites a registration kept from the previous version.
 */
export function syncReader(api: AccessApi = browser, { refresh = false } = {}): Promise<ReadingMode> {
  const step = async (): Promise<ReadingMode> => {
    const mode = await readingMode(api);
    const isRegistered = (await api.scripting.getRegisteredContentScripts({ ids: [READER_ID] })).length > 0;
    const reader = { id: READER_ID, matches: READ_ORIGINS, js: [...READER_FILES.js], css: [...READER_FILES.css], runAt: 'document_idle' as const };
    if (mode === 'automatic' && !isRegistered) {
      await api.scripting.registerContentScripts([{ ...reader, persistAcrossSessions: true }]);
    } else if (mode === 'automatic' && refresh) {
      await api.scripting.updateContentScripts([reader]);
    } else if (mode === 'on-click' && isRegistered) {
      await api.scripting.unregisterContentScripts({ ids: [READER_ID] });
    }
    return mode;
  };
  const next = syncing.then(step, step);
  syncing = next.catch(() => undefined);
  return next;
}

/**
 * Reads one tab now: the reader clicked the button or pressed the shortcut, which lends the tab
 * (activeTab), or reading is automatic and the tab was opened before Sourcelight was installed.
 * A page that already has the content script is left alone by the script itself (one reader per
 * page). Resolves false when the browser refuses: a browser page, a store page, a PDF viewer, or no
 * grant for this tab.
 */
export async function readTab(tabId: number, api: AccessApi = browser): Promise<boolean> {
  try {
    await api.scripting.insertCSS({ target: { tabId }, files: [...READER_FILES.css] });
    await api.scripting.executeScript({ target: { tabId }, files: [...READER_FILES.js] });
    return true;
  } catch {
    return false;
  }
}
