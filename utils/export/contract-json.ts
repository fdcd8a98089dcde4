/**
 * The CLI's output contract (/work/shared/eval/README.md, "What the engine must output"): one object
 * per analysed file. The popup's JSON export uses the same shape, so a report saved from the browser
 * can be scored or diffed against `npm run analyze -- --json`.
 */
import type { Report, SourceSpan, Span, SourceType } from '../engine/types';

export interface ContractSpan { start: number; end: number; text: string }
export interface ContractAttribution {
  source: ContractSpan & { name: string; type: SourceType };
  cue: ContractSpan | null;
  claim: ContractSpan | null;
  via: string[];
}
export interface ContractFile {
  file: string;
  lang: string;
  attributions: ContractAttribution[];
  sources: { name: string; type: SourceType; count: number }[];
}

const span = ({ start, end, text }: Span): ContractSpan => ({ start, end, text });
const sourceSpan = (s: SourceSpan) => ({ ...span(s), name: s.name, type: s.type });

/** One element of the CLI's JSON array; `file` is the analysed file name (or the page URL). Fields in the contract's order. */
export function toContractJson(report: Report, file: string): ContractFile {
  return {
    file,
    lang: report.lang,
    attributions: report.attributions.map((a) => ({
      source: sourceSpan(a.source),
      cue: a.cue && span(a.cue),
      claim: a.claim && span(a.claim),
      via: [...a.via],
    })),
    sources: report.sources.map(({ name, type, count }) => ({ name, type, count })),
  };
}
