/** One row per attribution, RFC 4180, for spreadsheets. */
import type { Report } from '../engine/types';

const COLUMNS = ['id', 'kind', 'source', 'source_type', 'source_text', 'via', 'cue', 'claim', 'claim_start', 'claim_end', 'rule'] as const;

/**
 * A cell, quoted when needed. Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
 * tab, CR at the start) gets a leading apostrophe: page text must never execute in the reader's sheet.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Header plus one line per attribution, CRLF line ends as RFC 4180 says. */
export function toCsv(report: Report): string {
  const rows = report.attributions.map((a) => [
    a.id, a.kind, a.source.name, a.source.type, a.source.text, a.via.join(' → '),
    a.cue?.text ?? null, a.claim?.text ?? null, a.claim?.start ?? null, a.claim?.end ?? null, a.rule,
  ]);
  return [COLUMNS as readonly (string | number | null)[], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
