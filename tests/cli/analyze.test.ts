/**
 * The command-line door, run as a subprocess exactly as the evaluation runs it. Bad input (missing
 * file, directory, binary, empty, oversized, invalid UTF-8) gives one clear line on stderr per file,
 * never a stack trace; the good files are still analysed; the exit code says whether all went well.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../utils/engine/index';
import { toContractJson } from '../../utils/export/contract-json';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const script = path.join(root, 'scripts/analyze.ts');
let dir: string;

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, [script, ...args], { cwd: root, maxBuffer: 1 << 26 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }));
  });
}

const FR = "Selon l'AFP, les séparatistes arméniens affirment que l'Azerbaïdjan tente d'avancer.";

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelight-cli-'));
  fs.writeFileSync(path.join(dir, 'fr.txt'), FR);
  fs.writeFileSync(path.join(dir, 'bom.txt'), `\uFEFF${FR}`);
  fs.writeFileSync(path.join(dir, 'en.txt'), 'Talks stalled on Monday, two people familiar with the matter said, according to Reuters.');
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x00, 0xff]));
  fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Selon la d\xe9p\xeache, tout va bien.', 'latin1'));
  fs.mkdirSync(path.join(dir, 'folder'));
  // 50 MB: far above the 10 MB limit for one article (MAX_BYTES in scripts/analyze.ts).
  const fd = fs.openSync(path.join(dir, 'huge.txt'), 'w');
  const chunk = Buffer.alloc(1 << 20, 'a');
  for (let k = 0; k < 50; k++) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Each test starts Node processes (tsx); on a loaded machine that takes seconds, hence the generous timeout.
describe('analyze CLI', { timeout: 60_000 }, () => {
  test('--help explains usage and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/usage:/);
    expect(r.stdout).toMatch(/--json/);
    expect(r.stdout).toMatch(/10 MB/);
  });

  test('--json prints the evaluation contract, one object per file, in order', async () => {
    const files = [path.join(dir, 'fr.txt'), path.join(dir, 'en.txt')];
    const r = await run('--json', ...files);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.map((o: { file: string }) => o.file)).toEqual(files);
    expect(out.map((o: { lang: string }) => o.lang)).toEqual(['fr', 'en']);
    for (const o of out) {
      expect(Object.keys(o).sort()).toEqual(['attributions', 'file', 'lang', 'sources']);
      for (const a of o.attributions) {
        expect(Object.keys(a).sort()).toEqual(['claim', 'cue', 'source', 'via']);
        expect(Object.keys(a.source).sort()).toEqual(['end', 'name', 'start', 'text', 'type']);
      }
      for (const s of o.sources) expect(Object.keys(s).sort()).toEqual(['count', 'name', 'type']);
    }
    const [fr] = out;
    const sep = fr.attributions.find((a: { source: { name: string } }) => a.source.name === 'séparatistes arméniens');
    expect(sep.via).toEqual(['AFP']);
    expect(FR.slice(sep.source.start, sep.source.end)).toBe(sep.source.text);
  });

  test('--json is exactly the shared serialiser the popup export uses (the two cannot drift)', async () => {
    const file = path.join(dir, 'en.txt');
    const out = JSON.parse((await run('--json', file)).stdout);
    const text = fs.readFileSync(file, 'utf8');
    expect(out).toEqual([JSON.parse(JSON.stringify(toContractJson(analyze(text), file)))]);
    expect(out[0].attributions.length).toBeGreaterThan(0);
  });

  test('a leading BOM is not part of the text: offsets match the BOM-less file', async () => {
    const a = JSON.parse((await run('--json', path.join(dir, 'fr.txt'))).stdout)[0];
    const b = JSON.parse((await run('--json', path.join(dir, 'bom.txt'))).stdout)[0];
    expect(b.attributions).toEqual(a.attributions);
  });

  test('--lang forces the language', async () => {
    const out = JSON.parse((await run('--json', '--lang', 'en', path.join(dir, 'fr.txt'))).stdout);
    expect(out[0].lang).toBe('en');
  });

  test('bad files: one line each on stderr, no stack trace, good files still analysed, exit 1', async () => {
    const bad = ['missing.txt', 'folder', 'binary.bin', 'empty.txt', 'huge.txt', 'latin1.txt'].map((f) => path.join(dir, f));
    const r = await run('--json', path.join(dir, 'fr.txt'), ...bad);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.map((o: { file: string }) => o.file)).toEqual([path.join(dir, 'fr.txt')]);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(bad.length);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(lines[0]).toMatch(/missing\.txt: no such file/);
    expect(lines[1]).toMatch(/folder: is a directory/);
    expect(lines[2]).toMatch(/binary\.bin: looks binary/);
    expect(lines[3]).toMatch(/empty\.txt: is empty/);
    expect(lines[4]).toMatch(/huge\.txt: is 50\.0 MB, above the 10 MB limit/);
    expect(lines[5]).toMatch(/latin1\.txt: is not valid UTF-8/);
  });

  test('without --json: a readable per-source report with chains', async () => {
    const r = await run(path.join(dir, 'fr.txt'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/séparatistes arméniens \[organization\]/);
    expect(r.stdout).toMatch(/séparatistes arméniens → AFP/);
    expect(r.stdout).toMatch(/AFP \[agency\]/);
  });

  test('bad arguments exit 2 with a message', async () => {
    expect((await run('--lang', 'xx', path.join(dir, 'fr.txt'))).code).toBe(2);
    expect((await run('--frobnicate')).code).toBe(2);
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no input file/);
  });
});
