/**
 * The cue registry checks itself (Refined GitHub's build/features.test.ts): every cue file is
 * registered, named after its id and carries examples for English and French; and the engine stays
 * pure: nothing under utils/engine imports the page layer, WXT or the extension polyfill, or touches
 * the DOM or browser globals.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cues } from '../../utils/engine/cues';

const root = path.resolve(__dirname, '../..');
const engineDir = path.join(root, 'utils/engine');
const cueDir = path.join(engineDir, 'cues');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

describe('cue registry', () => {
  const files = fs.readdirSync(cueDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'define.ts');
  test.each(files)('%s is registered under its own id', (file) => {
    expect(cues.map((c) => c.id)).toContain(file.replace(/\.ts$/, ''));
  });
  test('ids are unique', () => {
    expect(new Set(cues.map((c) => c.id)).size).toBe(cues.length);
  });
  test.each(cues.map((c) => [c.id, c] as const))('%s has English and French examples, and at least one hit or miss each', (_id, cue) => {
    for (const lang of ['en', 'fr'] as const) {
      const ex = cue.examples[lang];
      expect(ex).toBeDefined();
      expect(ex.hits.length + ex.misses.length).toBeGreaterThan(0);
    }
  });
  test.each(cues.map((c) => [c.id, c] as const))('%s finds or refines', (_id, cue) => {
    expect(typeof cue.find === 'function' || typeof cue.refine === 'function').toBe(true);
  });
});

describe('engine purity', () => {
  const sources = walk(engineDir).filter((f) => f.endsWith('.ts'));
  const strip = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1').replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, (m) => (m.startsWith('`') ? '``' : "''"));
  test.each(sources.map((f) => path.relative(root, f)))('%s imports no page, WXT or polyfill module', (rel) => {
    const code = fs.readFileSync(path.join(root, rel), 'utf8');
    const imports = [...code.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    for (const spec of imports) {
      expect(spec, `${rel} imports ${spec}`).not.toMatch(/utils\/page|^wxt(\/|$)|webextension-polyfill|^#imports$|^@wxt-dev\//);
      if (spec!.startsWith('.')) expect(path.resolve(path.dirname(path.join(root, rel)), spec!).startsWith(path.join(root, 'utils/page')), `${rel} reaches into utils/page`).toBe(false);
    }
  });
  test.each(sources.map((f) => path.relative(root, f)))('%s touches no DOM or browser global', (rel) => {
    const code = strip(fs.readFileSync(path.join(root, rel), 'utf8'));
    expect(code).not.toMatch(/\b(document|window|navigator|localStorage|sessionStorage|chrome|browser)\s*[.[]/);
    expect(code).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|\bnew\s+(Worker|WebSocket)\b/);
  });
  test('compromise is imported by the nlp adapter (and the morphology conjugator that predates it) only', () => {
    const importers = sources.filter((f) => /from\s+['"]compromise/.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(engineDir, f));
    expect(importers).toContain('nlp.ts');
    expect(importers.filter((f) => f !== 'nlp.ts' && !f.startsWith('morphology/'))).toEqual([]);
  });
});
