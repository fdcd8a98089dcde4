/** The article's sources, grouped by type; under each, the claims it backs. Page text only as JSX children. */
import { useState } from 'preact/hooks';
import type { Attribution } from '../utils/engine/types';
import { useT, type MessageKey } from './i18n';
import { chainOf, excerpt, type SourceEntry, type SourceGroup } from '../utils/report/report-groups';

/** Claims shown per source before "show more": keeps the popup scannable on wire-heavy articles. */
const FIRST_CLAIMS = 4;

export interface SourceListProps {
  groups: SourceGroup[];
  /** Colour of a source's marker, the same as its highlight in the page. */
  colorOf?: (name: string, type: SourceEntry['type']) => string | undefined;
  /** The article's language: excerpts of page text are marked with it (screen readers, hyphenation). */
  lang?: string;
  onRevealClaim(attributionId: string): void;
}

export function SourceList({ groups, colorOf, lang, onRevealClaim }: SourceListProps) {
  const t = useT();
  return (
    <div class="groups">
      {groups.map((g) => (
        <section class="group" key={g.type} aria-labelledby={`group-${g.type}`}>
          <h2 id={`group-${g.type}`} class="group-title">
            <span>{t(`type_${g.type}` as MessageKey)}</span>
            <span class="group-count" aria-label={t('sourceCount', String(g.sources.length))}>{g.sources.length}</span>
          </h2>
          <ul class="sources">
            {g.sources.map((s) => <SourceItem key={s.name} source={s} color={colorOf?.(s.name, s.type)} lang={lang} onRevealClaim={onRevealClaim} />)}
          </ul>
        </section>
      ))}
    </div>
  );
}

function SourceItem({ source, color, lang, onRevealClaim }: { source: SourceEntry; color?: string; lang?: string; onRevealClaim(id: string): void }) {
  const t = useT();
  const [step, setStep] = useState(-1);
  const [isExpanded, setExpanded] = useState(false);
  const shown = isExpanded ? source.attributions : source.attributions.slice(0, FIRST_CLAIMS);
  const hidden = source.attributions.length - shown.length;
  const hasMentions = source.mentions.length > 0;
  const next = () => {
    if (!hasMentions) return;
    const i = (step + 1) % source.mentions.length;
    setStep(i);
    onRevealClaim(source.mentions[i]!.id);
  };
  return (
    <li class="source" data-source={source.name}>
      <div class="source-head">
        <span class={`dot dot-${source.type}`} style={color ? { background: color } : undefined} aria-hidden="true" />
        {hasMentions ? (
          <button type="button" class="source-name" onClick={next}
            aria-label={t('nextMention', [source.name, String(step + 2 > source.mentions.length ? 1 : step + 2), String(source.mentions.length)])}>
            {source.name}
          </button>
        ) : <span class="source-name">{source.name}</span>}
        {step >= 0 && source.mentions.length > 1
          ? <span class="step" aria-live="polite">{t('mentionStep', [String(step + 1), String(source.mentions.length)])}</span>
          : null}
        <span class="source-count" aria-label={t('attributionCount', String(source.count))}>{source.count}</span>
      </div>
      <ul class="claims">
        {shown.map((a) => <ClaimItem key={a.id} attribution={a} speaker={source.name} lang={lang} onRevealClaim={onRevealClaim} />)}
      </ul>
      {hidden > 0
        ? <button type="button" class="more" aria-expanded="false" onClick={() => setExpanded(true)}>{t('showMore', String(hidden))}</button>
        : null}
    </li>
  );
}

function ClaimItem({ attribution: a, speaker, lang, onRevealClaim }: { attribution: Attribution; speaker: string; lang?: string; onRevealClaim(id: string): void }) {
  const t = useT();
  const chain = chainOf(a);
  // The chain says something only when there is a relay or the claim is listed under its relay.
  const showChain = chain.length > 1 || chain[0] !== speaker;
  const isCredit = a.kind === 'credit' || !a.claim;
  return (
    <li>
      <button type="button" class={`claim${isCredit ? ' is-credit' : ''}`} data-attribution={a.id} onClick={() => onRevealClaim(a.id)}>
        {isCredit
          ? <span class="claim-text"><span class="credit-label">{t('creditLabel')}</span> <span lang={lang}>{excerpt((a.cue ?? a.source).text, 80)}</span></span>
          : <span class="claim-text" lang={lang}>{excerpt(a.claim!.text)}</span>}
        {showChain ? <span class="chain">{chain.join(' → ')}</span> : null}
      </button>
    </li>
  );
}
