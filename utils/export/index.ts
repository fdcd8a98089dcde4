/** One door for the popup: a report in a chosen format, with its MIME type and a file name. */
import type { Translate } from '../i18n/translate';
import type { Report } from '../engine/types';
import { toContractJson } from './contract-json';
import { toCsv } from './csv';
import { toMarkdown } from './markdown';
import { toWebAnnotations, type PageInfo } from './web-annotation';

export type ExportFormat = 'json' | 'csv' | 'markdown' | 'annotations';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'markdown', 'annotations'];

export interface ExportFile { text: string; mime: string; filename: string }

const FILES: Record<ExportFormat, { mime: string; extension: string }> = {
  json: { mime: 'application/json', extension: 'json' },
  csv: { mime: 'text/csv', extension: 'csv' },
  markdown: { mime: 'text/markdown', extension: 'md' },
  annotations: { mime: 'application/ld+json', extension: 'jsonld' },
};

/** A file name from the page title: lower-case ASCII words, at most 60 characters. */
export function fileSlug(title: string): string {
  const slug = title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '');
  return slug || 'report';
}

/** `text` (the analysed article) is optional: with it, annotations carry prefix/suffix context. */
export function exportReport(format: ExportFormat, report: Report, page: PageInfo, t: Translate, text?: string): ExportFile {
  const { mime, extension } = FILES[format];
  const body = format === 'json' ? `${JSON.stringify([toContractJson(report, page.url)], null, 2)}\n`
    : format === 'csv' ? toCsv(report)
    : format === 'markdown' ? toMarkdown(report, page, t, text)
    : `${JSON.stringify(toWebAnnotations(report, page, text), null, 2)}\n`;
  return { text: body, mime, filename: `sourcelight-${fileSlug(page.title)}.${extension}` };
}
