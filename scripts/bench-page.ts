/**
 * Page-layer speed in real Chromium (`npm run bench:page`; a benchmark, not a test): main-thread
 * time from "document idle" to "highlights painted" for 2,000-, 20,000- and 100,000-word articles,
 * with mark.js marking the same source strings on the same pages as the baseline, in the same run.
 *
 * What is timed is what runs on the page's main thread: readArticle (DOM → text + map) and paint
 * (Ranges → CSS.highlights), then the frame that draws them. The engine runs in the background
 * (another thread in the extension), so it is timed apart, in Node, and shown for information.
 * The page layer is bundled from utils/page with esbuild (tsx's own) and injected as a script.
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from 'playwright-core';
import { analyze } from '../utils/engine/index';
import type { Report } from '../utils/engine/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [2_000, 20_000, 100_000];
const RUNS: Record<number, number> = { 2_000: 7, 20_000: 5, 100_000: 3 };

// ---------- pages ----------
const SENTENCES = [
  'The minister said on Tuesday that negotiations with the union would continue next week, according to Reuters.',
  'Officials told the BBC that no agreement had been reached before the deadline.',
  '“We are ready to talk,” Maria Zakharova told reporters in Moscow, AFP reported.',
  'A source close to the talks said details remained to be settled.',
  'The central bank kept its main rate unchanged, the bank said in a statement.',
  'Analysts at the firm expect growth to slow in the second half of the year.',
  'The ministry denied the report, Interfax news agency said.',
];

function articleHtml(words: number): string {
  const paras: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = [0, 1, 2].map((k) => SENTENCES[(i * 3 + k) % SENTENCES.length]!).join(' ');
    count += p.split(/\s+/).length;
    // Inline markup as real articles have it: links and emphasis inside sentences.
    paras.push(`<p>${p.replace('Reuters', '<a href="#r">Reuters</a>').replace('BBC', '<em>BBC</em>')}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench ${words}</title>
<link rel="icon" href="data:,"><style>${readFileSync(join(root, 'utils/page/highlights.css'), 'utf8')}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>A ${words}-word article for the page benchmark</h1><div class="body">${paras.join('\n')}</div></article></main>
<footer>© Bench</footer></body></html>`;
}

async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { readArticle, readArticleChunked } from './utils/page/read-article';
        import { highlightApi, paint, paintChunked } from './utils/page/paint';
        import { createSlicer } from './utils/page/schedule';
        globalThis.__sourcelight = { readArticle, readArticleChunked, highlightApi, paint, paintChunked, createSlicer };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
  });
  return result.outputFiles[0]!.text;
}

// ---------- in-page measurements (serialised into the page: no closures) ----------
interface Timing {
  /** Script time: reading + registering highlights, one synchronous run. */
  scriptMs: number;
  /** Until the frame after the highlights were registered has been produced. */
  paintedMs: number;
  /** Longest task seen (PerformanceObserver 'longtask', >= 50 ms) or, below that, our longest slice. */
  longestMs: number;
  /** Our longest uninterrupted stretch of script. */
  sliceMs: number;
  longtasks: number[];
}

// In-page code is kept as plain JavaScript text: tsx would wrap functions passed to page.evaluate
// with helpers (__name) that do not exist in the page.
const IN_PAGE = `
const frame = () => new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); }));
async function measure(work) {
  const longtasks = [];
  const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => longtasks.push(e.duration)));
  obs.observe({ type: 'longtask' });
  await frame();
  const t0 = performance.now();
  const longestSlice = await work();
  const t1 = performance.now();
  await frame();
  const t2 = performance.now();
  await new Promise((r) => setTimeout(r, 60));
  obs.disconnect();
  return { scriptMs: t1 - t0, paintedMs: t2 - t0, longestMs: Math.max(longestSlice ?? t1 - t0, ...longtasks), sliceMs: longestSlice ?? t1 - t0, longtasks };
}
async function ours(report, chunked) {
  const sl = globalThis.__sourcelight;
  return measure(async () => {
    if (!chunked) {
      const article = sl.readArticle(document);
      sl.paint(article.map, report, sl.highlightApi(window));
      return undefined;
    }
    // The content script's way: slices of <= 8 ms, yielding to the page in between.
    const slicer = sl.createSlicer(8);
    let longest = 0;
    let sliceStart = performance.now();
    const pause = async () => {
      longest = Math.max(longest, performance.now() - sliceStart);
      await slicer.pause();
      sliceStart = performance.now();
    };
    const article = await sl.readArticleChunked(document, slicer.shouldYield, pause);
    await sl.paintChunked(article.map, report, sl.highlightApi(window), () => {}, { shouldYield: slicer.shouldYield, pause });
    return Math.max(longest, performance.now() - sliceStart);
  });
}
async function markJs(sources) {
  return measure(async () => {
    new Mark(document.querySelector('article')).mark(sources, { separateWordSearch: false, acrossElements: true, diacritics: false });
    return undefined;
  });
}
`;

async function ours(page: Page, report: Report, chunked: boolean): Promise<Timing> {
  return page.evaluate(`${IN_PAGE}; ours(${JSON.stringify(report)}, ${chunked})`) as Promise<Timing>;
}

async function markJs(page: Page, sources: string[]): Promise<Timing> {
  return page.evaluate(`${IN_PAGE}; markJs(${JSON.stringify(sources)})`) as Promise<Timing>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(8);

async function main(): Promise<void> {
  const script = await bundle();
  const markScript = readFileSync(join(root, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const pages = new Map(SIZES.map((n) => [`/bench-${n}.html`, articleHtml(n)]));
  const server = createServer((req, res) => {
    const html = pages.get(req.url ?? '');
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(html ?? 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const open = async (n: number, inject: string) => {
    await page.goto(`${origin}/bench-${n}.html`, { waitUntil: 'load' });
    await page.addScriptTag({ content: inject });
  };

  const rows: string[] = [];
  for (const n of SIZES) {
    await open(n, script);
    const text = (await page.evaluate('globalThis.__sourcelight.readArticle(document).text')) as string;
    const e0 = performance.now();
    const report = analyze(text, { lang: 'en' });
    const engineMs = performance.now() - e0;
    const sources = [...new Set(report.attributions.map((a) => a.source.text))];
    const runs = RUNS[n]!;
    const sync: Timing[] = [], chunked: Timing[] = [], baseline: Timing[] = [];
    for (let i = 0; i < runs; i++) {
      await open(n, script);
      sync.push(await ours(page, report, false));
      await open(n, script);
      chunked.push(await ours(page, report, true));
      await open(n, markScript);
      baseline.push(await markJs(page, sources));
    }
    const pick = (ts: Timing[], k: 'scriptMs' | 'paintedMs' | 'longestMs' | 'sliceMs') => median(ts.map((t) => t[k]));
    const words = text.split(/\s+/).length;
    const oursPainted = pick(sync, 'paintedMs');
    const markPainted = pick(baseline, 'paintedMs');
    rows.push([
      String(words).padStart(7),
      String(report.attributions.length).padStart(6),
      fmt(pick(sync, 'scriptMs')),
      fmt(oursPainted),
      fmt(pick(chunked, 'paintedMs')),
      fmt(pick(chunked, 'sliceMs')),
      fmt(pick(chunked, 'longestMs')),
      fmt(pick(baseline, 'scriptMs')),
      fmt(markPainted),
      fmt(pick(baseline, 'longestMs')),
      `${(markPainted / oursPainted).toFixed(1)}x`.padStart(7),
      fmt(engineMs),
    ].join(' |'));
    process.stderr.write(`measured ${n} words (${runs} runs); long tasks while chunked: ${JSON.stringify(chunked.map((t) => t.longtasks.map(Math.round)))}\n`);
  }
  await browser.close();
  server.close();

  console.log('\nPage layer vs mark.js, Chromium, medians (ms). "painted" = until the next frame is drawn.');
  console.log('ours sync: one synchronous read + paint; ours chunked: the content script\'s way (8 ms slices).');
  console.log(['  words', ' spans', ' ours js', 'ours pnt', 'chk pnt', 'chk slice', 'chk long', 'mark js', 'mark pnt', 'mark long', ' mark/us', ' engine*'].join(' |'));
  for (const r of rows) console.log(r);
  console.log('* engine: analyze() in Node, for information; in the extension it runs in the background, off the page\'s main thread.');
  console.log('Targets: 2,000 words <= 30 ms and faster than mark.js; 100,000 words with no task over 50 ms (chk long).');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
