import type { Lang } from '../types';
import type { Candidate, Ctx } from '../context';

export interface CueExamples {
  /** Sentences in which this cue must find an attribution. */
  hits: readonly string[];
  /** Sentences in which it must find none. */
  misses: readonly string[];
}

/**
 * One cue family. `find` reads the document and proposes candidates; `refine`, when present, runs
 * after every `find` and rewrites the list (continuations and chains need the other cues' results).
 * `examples` travel with the rule and are executed by tests/engine/cues.test.ts.
 */
export interface Cue {
  /** Stable id: shows in `Attribution.rule`, debug output and test names. */
  id: string;
  find?(ctx: Ctx): Candidate[];
  refine?(ctx: Ctx, candidates: Candidate[]): Candidate[];
  examples: Partial<Record<Lang, CueExamples>> & { en: CueExamples; fr: CueExamples };
}

export const defineCue = (cue: Cue): Cue => cue;
