/** The UI never turns page text into markup and never talks to the network: checked on the source. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(__dirname, '..', '..');
const UI_PATHS = ['components', 'entrypoints/popup', 'entrypoints/options', 'entrypoints/background.ts', 'utils/export', 'utils/storage.ts'];
function files(path: string): string[] {
  if (!statSync(join(root, path)).isDirectory()) return [path];
  return readdirSync(join(root, path)).flatMap((name) => files(join(path, name))).filter((f) => /\.(ts|tsx)$/.test(f));
}
const sources = UI_PATHS.flatMap(files).map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));

const FORBIDDEN: [string, RegExp][] = [
  ['HTML from strings', /\binnerHTML\b|\bouterHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|DOMParser/],
  ['network requests', /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|navigator\.sendBeacon/],
  ['code from strings', /\beval\(|new Function\(/],
];

test('finds the UI sources', () => expect(sources.length).toBeGreaterThan(15));

describe.each(FORBIDDEN)('no %s', (_, pattern) => {
  test.each(sources.map((s) => [s.file, s.text]))('%s', (_file, text) => {
    expect(text).not.toMatch(pattern);
  });
});
