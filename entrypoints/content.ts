// The highlight styles are built into content-scripts/content.css (WXT's default cssInjectionMode,
// "manifest"), which utils/access.ts hands to the browser with the script (insertCSS, or the
// registration's css): the browser applies it as an extension style sheet outside the page's DOM, so
// no <style> or <link> is added and document.documentElement.outerHTML stays byte-identical.
import '@/utils/page/highlights.css';
import { startSession } from '@/utils/page/session';

export default defineContentScript({
  // Not in the manifest: the background injects it into the tab the reader clicks on, or registers it
  // for every page while the reader lets Sourcelight read automatically (utils/access.ts).
  registration: 'runtime',
  // WXT's "script started" window.postMessage would reach the page's own message listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startSession(ctx); // utils/page: read → analyzeArticle → paint → answer the popup
  },
});
