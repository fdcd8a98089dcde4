import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

/** A fresh happy-dom page with `html` parsed into it (scripts are not run). */
export function loadPage(html: string, url = 'http://127.0.0.1/article.html'): Document {
  const win = new Window({ url });
  win.document.write(html);
  return win.document as unknown as Document;
}

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages');
export const fixturePath = (name: string): string => join(pagesDir, name);
export const readFixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');
export const loadFixture = (name: string): Document => loadPage(readFixture(name));

/** A slicer that never yields: the whole job in one go. */
export const NO_SLICING = { shouldYield: () => false, pause: async () => {} };
