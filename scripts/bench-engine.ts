/**
 * Engine benchmark (`npm run bench:engine`; not a test: numbers, no assertions).
 * 1. Throughput of analyze() in Node on 1x, 10x and 100x the seed article, with the cost per character
 *    relative to 1x (≈ 1.0 means linear), next to the naive regex baseline of the evaluation kit
 *    (/work/shared/eval/baseline/analyze.mjs) run in the same process on the same input.
 * 2. The gzip size of the engine bundle (esbuild, minified, ESM, browser platform), whole and per
 *    language data (lexicon + morphology), since the background loads the engine once per session.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { analyze } from '../utils/engine/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seed: string = JSON.parse(fs.readFileSync(path.join(root, 'tests/engine/fixtures/seed-fr.json'), 'utf8')).text;
const BASELINE = process.env.SOURCELIGHT_BASELINE ?? '/work/shared/eval/baseline/analyze.mjs';

type AnalyzeFn = (text: string) => unknown;

/** The baseline is a CLI; load its `analyze` function in-process so both sides skip process start-up. */
async function loadBaseline(): Promise<AnalyzeFn | null> {
  if (!fs.existsSync(BASELINE)) return null;
  const src = fs.readFileSync(BASELINE, 'utf8');
  const cut = src.indexOf('\nconst files = process.argv');
  if (cut < 0) return null;
  const tmp = path.join(os.tmpdir(), `sourcelight-baseline-${process.pid}.mjs`);
  fs.writeFileSync(tmp, `${src.slice(0, cut)}\nexport { analyze };\n`);
  try {
    return ((await import(tmp)) as { analyze: AnalyzeFn }).analyze;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Median seconds per call over enough repetitions to last about `budget` seconds. */
function time(fn: () => void, budget = 1.5): number {
  fn(); // warm-up: compiles lexicons, JIT
  const runs: number[] = [];
  const t0 = performance.now();
  while (runs.length < 3 || (performance.now() - t0 < budget * 1000 && runs.length < 200)) {
    const s = performance.now();
    fn();
    runs.push((performance.now() - s) / 1000);
  }
  runs.sort((a, b) => a - b);
  return runs[runs.length >> 1]!;
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const pad = (s: string | number, n: number) => String(s).padStart(n);

async function throughput(): Promise<void> {
  const baseline = await loadBaseline();
  console.log(`engine throughput (Node ${process.version}), input = seed-fr article repeated; median of repeated runs`);
  console.log(`${'size'.padEnd(6)} ${pad('chars', 9)} ${pad('MB', 6)} ${pad('engine s', 9)} ${pad('MB/s', 7)} ${pad('cost/char vs 1x', 16)} ${pad('attrs', 6)} | ${pad('baseline s', 10)} ${pad('MB/s', 7)} ${pad('engine/baseline time', 21)}`);
  let perChar1 = 0;
  for (const n of [1, 10, 100]) {
    const text = Array.from({ length: n }, () => seed).join('\n\n');
    const bytes = Buffer.byteLength(text, 'utf8');
    let attrs = 0;
    const t = time(() => { attrs = analyze(text, { lang: 'fr' }).attributions.length; }, n === 100 ? 4 : 1.5);
    const perChar = t / text.length;
    if (n === 1) perChar1 = perChar;
    let base = '';
    if (baseline) {
      const tb = time(() => { baseline(text); }, n === 100 ? 4 : 1.5);
      base = `${pad(tb.toFixed(4), 10)} ${pad((mb(bytes) / tb).toFixed(2), 7)} ${pad(`${(t / tb).toFixed(1)}x`, 21)}`;
    } else base = 'baseline not found';
    console.log(`${`${n}x`.padEnd(6)} ${pad(text.length, 9)} ${pad(mb(bytes).toFixed(3), 6)} ${pad(t.toFixed(4), 9)} ${pad((mb(bytes) / t).toFixed(2), 7)} ${pad((perChar / perChar1).toFixed(2), 16)} ${pad(attrs, 6)} | ${base}`);
  }
  console.log('target: >= 1 MB/s; cost/char vs 1x near 1.0 means the engine scales linearly.');
}

function gz(file: string): number {
  return gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

function bundles(): void {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelight-bundle-'));
  try {
    const esbuild = path.join(root, 'node_modules/.bin/esbuild');
    const build = (entry: string, outfile: string) =>
      execFileSync(esbuild, [entry, '--bundle', '--minify', '--format=esm', '--platform=browser', '--log-level=error', `--outfile=${outfile}`], { cwd: root });
    const whole = path.join(out, 'engine.js');
    build(path.join(root, 'utils/engine/index.ts'), whole);
    console.log('\nengine bundle (esbuild --bundle --minify, gzip -9)');
    console.log(`  whole engine, all four languages: ${(fs.statSync(whole).size / 1024).toFixed(1)} KB raw, ${(gz(whole) / 1024).toFixed(1)} KB gzip`);
    // Per language: the data a language adds (its lexicon and reporting-verb morphology), bundled alone.
    const engineOnly = path.join(out, 'compromise.js');
    const cEntry = path.join(out, 'compromise-entry.ts');
    fs.writeFileSync(cEntry, `import nlp from '${path.join(root, 'node_modules/compromise/src/three.js').replace(/\\/g, '/')}';\nexport default nlp;\n`);
    build(cEntry, engineOnly);
    console.log(`  of which compromise (shared by all languages): ${(gz(engineOnly) / 1024).toFixed(1)} KB gzip`);
    for (const lang of ['en', 'fr', 'de', 'es']) {
      const entry = path.join(out, `${lang}.ts`);
      const morph = { en: 'english', fr: 'french', de: 'german', es: 'spanish' }[lang];
      fs.writeFileSync(entry, `export { ${lang} } from '${path.join(root, `utils/engine/lexicons/${lang}`).replace(/\\/g, '/')}';\nexport { ${morph} } from '${path.join(root, `utils/engine/morphology/${lang}`).replace(/\\/g, '/')}';\n`);
      const file = path.join(out, `${lang}.js`);
      try {
        build(entry, file);
        console.log(`  ${lang} data (lexicon + morphology${lang === 'en' ? ', which imports compromise' : ''}): ${(gz(file) / 1024).toFixed(1)} KB gzip`);
      } catch (e) {
        console.log(`  ${lang} data: could not bundle (${(e as Error).message.split('\n')[0]})`);
      }
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

await throughput();
bundles();
