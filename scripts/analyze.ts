/**
 * Command-line door to the engine: `npm run --silent analyze -- [--json] [--lang xx] FILE...`.
 * With --json it prints the evaluation contract of /work/shared/eval/README.md: one JSON array, one
 * object per readable file, in order. Without it, a per-source report for a person.
 * Each unreadable file gets one line on stderr and a non-zero exit code; the other files still run.
 */
import fs from 'node:fs';
import { analyze, type Report } from '../utils/engine/index';
// The one serialiser of the evaluation contract, shared with the popup's JSON export so the two cannot drift.
import { toContractJson, type ContractFile } from '../utils/export/contract-json';

/** Files above this size are refused: news articles are kilobytes; 10 MB is far beyond any article. */
export const MAX_BYTES = 10 * 1024 * 1024;

const USAGE = `usage: npm run --silent analyze -- [--json] [--lang en|fr|de|es] FILE...

Finds who says what in each UTF-8 text file: sources (agencies, media, people, organisations,
governments, anonymous sources, documents), the claims they back and the relays between them.

  --json       print one JSON array (one object per file: file, lang, attributions, sources)
  --lang xx    treat every file as language xx instead of detecting it
  --help       show this help

Files must be UTF-8 text of at most ${MAX_BYTES / 1024 / 1024} MB; a leading BOM is ignored.
Exit code: 0 if every file was analysed, 1 if any file could not be read, 2 on bad arguments.`;

class InputError extends Error {}

function readText(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`);
  }
  if (stat.isDirectory()) throw new InputError('is a directory, not a text file');
  if (!stat.isFile()) throw new InputError('is not a regular file');
  if (stat.size === 0) throw new InputError('is empty');
  if (stat.size > MAX_BYTES) throw new InputError(`is ${(stat.size / 1024 / 1024).toFixed(1)} MB, above the ${MAX_BYTES / 1024 / 1024} MB limit for one article`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new InputError(`cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError('looks binary (contains NUL bytes), not UTF-8 text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('is not valid UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new InputError('contains only whitespace');
  return text;
}

const excerpt = (s: string, n = 90) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function toText(file: string, r: Report): string {
  const lines = [`${file} (${r.lang}): ${r.sources.length} source${r.sources.length === 1 ? '' : 's'}, ${r.attributions.length} attribution${r.attributions.length === 1 ? '' : 's'}`];
  for (const s of r.sources) {
    const own = r.attributions.filter((a) => a.source.name === s.name);
    const relayed = r.attributions.filter((a) => a.via.includes(s.name));
    lines.push('', `  ${s.name} [${s.type}]`);
    for (const a of own) {
      const chain = a.via.length ? `  (${[a.source.name, ...a.via].join(' → ')})` : '';
      lines.push(a.kind === 'credit' ? `    credit: "${excerpt(a.cue?.text ?? a.source.text)}"` : `    “${excerpt(a.claim?.text ?? '')}”${chain}`);
    }
    if (relayed.length) lines.push(`    relays ${relayed.length} claim${relayed.length === 1 ? '' : 's'} of ${[...new Set(relayed.map((a) => a.source.name))].join(', ')}`);
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  let json = false;
  let lang: string | undefined;
  const files: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k]!;
    if (a === '--help' || a === '-h') { console.log(USAGE); return 0; }
    if (a === '--json') json = true;
    else if (a === '--lang') {
      lang = argv[++k];
      if (!lang || !/^(en|fr|de|es)$/.test(lang)) { console.error(`analyze: --lang needs one of en, fr, de, es${lang ? `, got "${lang}"` : ''}`); return 2; }
    } else if (a.startsWith('--')) { console.error(`analyze: unknown option ${a} (see --help)`); return 2; }
    else files.push(a);
  }
  if (!files.length) { console.error(`analyze: no input file\n${USAGE}`); return 2; }
  const results: ContractFile[] = [];
  const texts: string[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const report = analyze(readText(file), lang ? { lang } : {});
      if (json) results.push(toContractJson(report, file));
      else texts.push(toText(file, report));
    } catch (e) {
      failed++;
      const why = e instanceof InputError ? e.message : `analysis failed: ${(e as Error).message ?? String(e)}`;
      console.error(`analyze: ${file}: ${why.split('\n')[0]}`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
  else if (texts.length) process.stdout.write(`${texts.join('\n\n')}\n`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
