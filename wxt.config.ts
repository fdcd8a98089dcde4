import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// The extension reads pages and nothing else: no site at install (activeTab reads the tab the reader
// clicks on; reading every page is an optional grant, utils/access.ts), no network, no remote code.
const READ_ORIGINS = ['http://*/*', 'https://*/*']; // utils/access.ts READ_ORIGINS
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The content script is injected into every page and must stay <= 10 KB gzip; the polyfill
    // alone is 3 KB of it and a no-op where `browser` is native (Firefox, Chrome >= 144). The
    // content-script build gets WXT's plain `browser` (native `browser`, else `chrome`);
    // utils/page/channel.ts answers with sendResponse, which every Chrome honours.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const plain = fileURLToPath(new URL('node_modules/wxt/dist/browser.mjs', import.meta.url));
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) alias.unshift({ find: /^wxt\/browser$/, replacement: plain });
      else config.resolve = { ...config.resolve, alias: { ...alias, 'wxt/browser': plain } };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en', // UI strings: public/_locales/{en,fr}/messages.json
    // No `tabs`: content-script messages carry their page's address (sender.url), and a click on the
    // toolbar button (activeTab) lets the popup see the current tab's address and title.
    // `scripting` injects the content script into the clicked tab, or registers it for every page
    // while the reader grants the optional origins ("read automatically" in the options).
    permissions: ['storage', 'activeTab', 'scripting'],
    ...(manifestVersion === 3 ? { optional_host_permissions: READ_ORIGINS } : { optional_permissions: READ_ORIGINS }),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    action: { default_title: 'Sourcelight', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandToggle__' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'sourcelight@sourcelight.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
