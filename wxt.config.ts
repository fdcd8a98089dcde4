import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension reads pages and nothing else: no host permissions beyond the content script's
// matches, no network, no remote code.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en', // UI strings: public/_locales/{en,fr}/messages.json
    permissions: ['storage', 'tabs'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    action: { default_title: 'Sourcelight', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandToggle__' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'sourcelight@sourcelight.app', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
