/**
 * The content script's life on one page: read the article, have the background analyse it, paint
 * the report, answer the popup (toggle, reveal) and tell the background what the tab holds.
 * Every step is guarded: a failure is logged once and leaves the page as it was.
 */
import type { Report } from '../engine/types';
import { isReport, onMessages, sendMessage, type PageSettings, type PageStatus, type TabReport } from '../messaging';
import { applyCustomColors } from './custom-colors';
import { logOnce } from './log';
import { highlightApi, type HighlightApi } from './paint';
import { createPainter, type Painter } from './painter';
import { readArticleChunked, type Article } from './read-article';
import { createSlicer, type Slicer } from './schedule';

export interface SessionHost {
  doc: Document;
  send: typeof sendMessage;
  /** The Highlight API, or null to paint with <mark> elements. */
  api: HighlightApi | null;
  slicer: Slicer;
}

export class Session {
  status: PageStatus = 'no-article';
  report: Report | null = null;
  article: Article | null = null;
  painter: Painter | null = null;
  /** What the reader asked for last; survives re-analysis. */
  wantsVisible = true;
  private generation = 0;
  private isSettled = false;
  private colorSheet: { remove(): void } | null = null;

  constructor(private readonly host: SessionHost) {}

  /** Reads and analyses the page from scratch; a newer call supersedes an older one still running. */
  async analyse(): Promise<void> {
    const generation = ++this.generation;
    const isStale = () => generation !== this.generation;
    try {
      const { doc, slicer } = this.host;
      const settings = await this.settings();
      if (isStale()) return;
      if (settings.isExcluded) {
        this.reset('no-article'); // the reader excluded this site: the page is not even read
        return this.announce();
      }
      this.applyColors(settings.colors);
      const article = await readArticleChunked(doc, slicer.shouldYield, slicer.pause);
      if (isStale()) return;
      if (!article) {
        this.reset('no-article');
        return this.announce();
      }
      const report = await this.host.send('analyzeArticle', { text: article.text, lang: article.lang });
      if (isStale()) return;
      if (!isReport(report)) throw new Error('the background answered analyzeArticle with a malformed report');
      if (report.textLength !== article.text.length) {
        throw new RangeError(`report is for ${report.textLength} characters, the article text has ${article.text.length}`);
      }
      this.reset('article');
      this.article = article;
      this.report = report;
      this.painter = createPainter(article.map, report, this.host.api, logOnce);
      if (!this.wantsVisible) this.painter.setVisible(false);
    } catch (e) {
      if (isStale()) return;
      logOnce(e);
      this.reset('error');
    }
    this.announce();
  }

  /** The reader's choices for this page; defaults when the background cannot say. */
  private async settings(): Promise<PageSettings> {
    const isFirstRun = !this.isSettled;
    this.isSettled = true;
    try {
      const settings = await this.host.send('getPageSettings', { url: this.host.doc.location?.href ?? '' });
      // Only the first answer sets visibility: later re-analyses keep what the reader toggled since.
      if (isFirstRun && typeof settings?.highlightsVisible === 'boolean') this.wantsVisible = settings.highlightsVisible;
      return { isExcluded: settings?.isExcluded === true, highlightsVisible: this.wantsVisible, colors: settings?.colors ?? {} };
    } catch (e) {
      logOnce(e);
      return { isExcluded: false, highlightsVisible: this.wantsVisible, colors: {} };
    }
  }

  private applyColors(colors: Record<string, string>): void {
    try {
      this.colorSheet?.remove();
      this.colorSheet = applyCustomColors(this.host.doc, colors);
    } catch (e) {
      logOnce(e);
    }
  }

  private reset(status: PageStatus): void {
    this.painter?.clear();
    this.painter = null;
    this.article = null;
    this.report = null;
    this.status = status;
  }

  tabReport(): TabReport {
    const { doc } = this.host;
    return { url: doc.location?.href ?? '', title: doc.title, status: this.status, report: this.report, highlightsVisible: this.painter?.isVisible ?? false };
  }

  /** Tells the background what this tab holds now. */
  announce(): void {
    this.host.send('reportReady', this.tabReport()).catch(logOnce);
  }

  setVisible(visible: boolean): { visible: boolean } {
    this.wantsVisible = visible;
    this.painter?.setVisible(visible);
    this.announce();
    return { visible: this.painter?.isVisible ?? false };
  }

  reveal(attributionId: string): boolean {
    try {
      return this.painter?.reveal(attributionId) ?? false;
    } catch (e) {
      logOnce(e);
      return false;
    }
  }

  paintedText(): Record<string, string[]> {
    return this.painter?.paintedText() ?? {};
  }

  dispose(): void {
    this.generation++;
    this.colorSheet?.remove();
    this.colorSheet = null;
    this.painter?.clear();
    this.painter = null;
  }
}

/** What the content script needs from WXT's ContentScriptContext. */
interface Context {
  onInvalidated(cb: () => void): unknown;
}

/** Starts Sourcelight on the current page: analysis now, message handlers, cleanup on invalidation. */
export function startSession(ctx: Context): Session {
  const session = new Session({ doc: document, send: sendMessage, api: highlightApi(), slicer: createSlicer() });
  const stopListening = onMessages({
    setHighlightsVisible: ({ visible }) => session.setVisible(visible),
    revealClaim: ({ attributionId }) => session.reveal(attributionId),
    getPaintedText: () => session.paintedText(),
  });
  ctx.onInvalidated(() => {
    stopListening();
    session.dispose();
  });
  // Do not await: a failure here must stay ours, never an unhandled rejection on the page.
  session.analyse().catch(logOnce);
  return session;
}
