/** The report as Markdown for notes and fact-check write-ups: profile, then sources by type with linked quotes. */
import type { MessageKey, Translate } from '../i18n/translate';
import { groupSources } from '../report/report-groups';
import type { Report } from '../engine/types';
import { attributionProfile } from './attribution-profile';
import { fragmentContext, textFragmentUrl } from './text-fragment';
import type { PageInfo } from './web-annotation';

/** Page text can contain Markdown syntax; escape it so a quote stays a quote (and no link or image sneaks in). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_\[\]<>|~])/g, '\\$1');
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * Labels come from the UI's locale files, so the Markdown is in the reader's language. With the
 * analysed `text`, the profile counts sentences and the links carry context.
 */
export function toMarkdown(report: Report, page: PageInfo, t: Translate, text?: string): string {
  const hasText = text !== undefined && text.length === report.textLength;
  const p = attributionProfile(report, hasText ? text : undefined);
  const lines = [`# ${escapeMarkdown(page.title || page.url)}`, '', `<${page.url}>`, ''];
  if (p.sentences) lines.push(`- ${percent(p.sentences.total ? p.sentences.attributed / p.sentences.total : 0)} ${t('profileSentences', [String(p.sentences.attributed), String(p.sentences.total)])}`);
  lines.push(`- ${percent(p.attributedShare)} ${t('profileAttributed')}`);
  if (p.topAgency) lines.push(`- ${percent(p.topAgency.share)} ${t('profileTopAgency', escapeMarkdown(p.topAgency.name))}`);
  lines.push(`- ${p.anonymousCount} ${t('profileAnonymous')}`);
  lines.push(`- ${p.credits.length} ${t('profileCredits')}${p.credits.length ? `: ${p.credits.map(escapeMarkdown).join(' · ')}` : ''}`);
  for (const group of groupSources(report)) {
    lines.push('', `## ${t(`type_${group.type}` as MessageKey)}`);
    for (const source of group.sources) {
      lines.push('', `### ${escapeMarkdown(source.name)} (${source.count})`, '');
      for (const a of source.attributions) {
        const span = a.claim ?? a.cue ?? a.source;
        const chain = [a.source.name, ...a.via].map(escapeMarkdown).join(' → ');
        const context = hasText ? fragmentContext(text!, span) : {};
        lines.push(`- [${escapeMarkdown(span.text)}](${textFragmentUrl(page.url, span.text, context).replace(/\)/g, '%29')}) — ${chain}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
