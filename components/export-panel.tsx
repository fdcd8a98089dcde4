/** Copy or download the report in one of the export formats. The entrypoint does the actual copy/download. */
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../utils/export/index';
import { useT, type MessageKey } from './i18n';
const LABELS: Record<ExportFormat, MessageKey> = {
  json: 'exportJson', csv: 'exportCsv', markdown: 'exportMarkdown', annotations: 'exportAnnotations',
};

export interface ExportPanelProps {
  /** Resolves with the message key to announce ("copied", "failed"…). */
  onCopy(format: ExportFormat): Promise<MessageKey>;
  onDownload(format: ExportFormat): Promise<MessageKey>;
}

export function ExportPanel({ onCopy, onDownload }: ExportPanelProps) {
  const t = useT();
  const [format, setFormat] = useState<ExportFormat>('json');
  const [status, setStatus] = useState<MessageKey | null>(null);
  const run = async (action: (f: ExportFormat) => Promise<MessageKey>) => setStatus(await action(format));
  return (
    <section class="export" aria-labelledby="export-title">
      <h2 id="export-title" class="section-title">{t('exportTitle')}</h2>
      <div class="export-row">
        <label class="visually-hidden" for="export-format">{t('exportFormat')}</label>
        <select id="export-format" value={format} onChange={(e) => { setFormat(e.currentTarget.value as ExportFormat); setStatus(null); }}>
          {EXPORT_FORMATS.map((f) => <option key={f} value={f}>{t(LABELS[f])}</option>)}
        </select>
        <button type="button" class="button" data-action="copy" onClick={() => void run(onCopy)}>{t('exportCopy')}</button>
        <button type="button" class="button" data-action="download" onClick={() => void run(onDownload)}>{t('exportDownload')}</button>
      </div>
      <p class="export-status" role="status" aria-live="polite">{status ? t(status) : ''}</p>
    </section>
  );
}
