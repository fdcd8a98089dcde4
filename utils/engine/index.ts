/**
 * The engine's only public door: `analyze(text, options)` → Report. Pure TypeScript over strings:
 * no DOM, no browser API, no storage; the same text and options always give the same report.
 */
import type { AnalyzeOptions, Report } from './types';
import { SOURCE_TYPES } from './types';
import { buildDoc } from './doc';
import { compiled } from './compile';
import { gazetteer } from './gazetteer';
import { cues } from './cues';
import type { Candidate, Ctx } from './context';
import { resolveCandidates } from './resolve';
import { detectLang, normaliseLang } from './lang';

export type { AnalyzeOptions, Attribution, Lang, Report, SourceSpan, SourceSummary, SourceType, Span } from './types';
export { detectLang } from './lang';

/**
 * Find who says what in `text`. Offsets in the report are UTF-16 code units into `text`; the declared
 * `lang` wins when supported, otherwise the language is detected from the text.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  if (typeof text !== 'string') throw new TypeError(`analyze expects a string, got ${typeof text}`);
  for (const s of options.customSources ?? []) {
    if (!s || typeof s.name !== 'string' || !SOURCE_TYPES.includes(s.type) || !Array.isArray(s.aliases))
      throw new TypeError(`invalid custom source ${JSON.stringify(s)}: expected { name, type, aliases[] }`);
  }
  const lang = normaliseLang(options.lang) ?? detectLang(text);
  const c = compiled(lang);
  const doc = buildDoc(text, lang, c.lex);
  const ctx: Ctx = { doc, c, gaz: gazetteer(options.customSources) };
  let candidates: Candidate[] = [];
  for (const cue of cues) if (cue.find) candidates.push(...cue.find(ctx));
  for (const cue of cues) if (cue.refine) candidates = cue.refine(ctx, candidates);
  const { attributions, sources } = resolveCandidates(ctx, candidates);
  return { lang, textLength: text.length, attributions, sources };
}
