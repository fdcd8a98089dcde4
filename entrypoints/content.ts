// The highlight styles ship as the content script's manifest CSS (WXT's default cssInjectionMode,
// "manifest"; not spelled out below because these options are shipped in the script): the browser
// applies them as an extension style sheet outside the page's DOM, so no <style> or <link> is
// added and document.documentElement.outerHTML stays byte-identical.
import '@/utils/page/highlights.css';
import { startSession } from '@/utils/page/session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's "script started" window.postMessage would reach the page's own message listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startSession(ctx); // utils/page: read → analyzeArticle → paint → answer the popup
  },
});
