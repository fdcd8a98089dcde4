/** The report as Markdown for notes and fact-check write-ups: profile, then sources by type with linked quotes. */
import type { MessageKey, Translate } from '../../components/i18n';
import { groupSources } from '../../components/report-groups';
import type { Report } from '../engine/types';
import { attributionProfile } from './attribution-profile';
import { textFragmentUrl } from './text-fragment';
import type { PageInfo } from './web-annotation';

/** Page text can contain Markdown syntax; escape it so a quote stays a quote (and no link or image sneaks in). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_\[\]<>|~])/g, '\\$1');
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** Labels come from the UI's locale files, so the Markdown is in the reader's language. */
export function toMarkdown(report: Report, page: PageInfo, t: Translate): string {
  const p = attributionProfile(report);
  const lines = [`# ${escapeMarkdown(page.title || page.url)}`, '', `<${page.url}>`, ''];
  lines.push(`- ${t('profileAttributed')}: ${percent(p.attributedShare)}`);
  if (p.topAgency) lines.push(`- ${t('profileTopAgency', escapeMarkdown(p.topAgency.name))}: ${percent(p.topAgency.share)}`);
  lines.push(`- ${t('profileAnonymous')}: ${p.anonymousCount}`);
  lines.push(`- ${t('profileCredits')}: ${p.credits.length ? p.credits.map(escapeMarkdown).join(' · ') : '—'}`);
  for (const group of groupSources(report)) {
    lines.push('', `## ${t(`type_${group.type}` as MessageKey)}`);
    for (const source of group.sources) {
      lines.push('', `### ${escapeMarkdown(source.name)} (${source.count})`, '');
      for (const a of source.attributions) {
        const span = a.claim ?? a.cue ?? a.source;
        const chain = [a.source.name, ...a.via].map(escapeMarkdown).join(' → ');
        lines.push(`- [${escapeMarkdown(span.text)}](${textFragmentUrl(page.url, span.text).replace(/\)/g, '%29')}) — ${chain}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
