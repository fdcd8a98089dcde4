/**
 * The cue registry. Order is precedence: when two cues propose the same source for overlapping claims,
 * the earlier one wins (a dateline beats a credit line; a preposition beats a verb it governs). The
 * refine steps run in this order too: quotations need the speakers found by the others, continuations
 * need the quotations, chains come last because they rewrite nesting between all of them.
 */
import type { Cue } from './define';
import dateline from './dateline';
import credit from './credit';
import accordingTo from './according-to';
import reportingVerb from './reporting-verb';
import impersonal from './impersonal';
import quotation from './quotation';
import continuation from './continuation';
import chains from './chains';

export type { Cue, CueExamples } from './define';

export const cues: readonly Cue[] = [dateline, credit, accordingTo, reportingVerb, impersonal, quotation, continuation, chains];
