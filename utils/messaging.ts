/**
 * The one message protocol between content script, background and popup. Every message is
 * declared here once, with the validator its receiver runs before acting: a message whose sender
 * is not this extension, whose name is unknown or whose data has the wrong shape is dropped.
 */
import { browser, type Browser } from 'wxt/browser';
import { SOURCE_TYPES, type Attribution, type Report, type Span } from './engine/types';

export type PageStatus = 'article' | 'no-article' | 'error';

/** What a tab's content script knows, as the background keeps it and the popup shows it. */
export interface TabReport {
  url: string;
  title: string;
  status: PageStatus;
  report: Report | null;
  highlightsVisible: boolean;
}

export interface ProtocolMap {
  /**
   * content → background: analyse this article text. The engine (and compromise) live in the
   * background so that what is injected into every page stays small; the text never leaves the browser.
   */
  analyzeArticle(data: { text: string; lang: string | null }): Report;
  /** content → background: the page's state changed (analysed, no article, highlights toggled). */
  reportReady(data: TabReport): void;
  /** popup → background: the last report of a tab. */
  getTabReport(data: { tabId: number }): TabReport | null;
  /** popup → content script: show or hide this tab's highlights. */
  setHighlightsVisible(data: { visible: boolean }): { visible: boolean };
  /** popup → content script: scroll to a claim and flash it; false when it is no longer on the page. */
  revealClaim(data: { attributionId: string }): boolean;
  /**
   * extension page (tests, debugging) → content script: the text under each `sourcelight-*`
   * highlight now painted in the tab, by highlight name. End-to-end tests use it because the
   * page's own world may not see the content script's CSS.highlights (Firefox's Xray).
   */
  getPaintedText(data: Record<string, never>): Record<string, string[]>;
  /**
   * content → background: the reader's choices for this page (options page, popup), asked before
   * reading or painting so an excluded site is never read and hidden highlights never flash.
   */
  getPageSettings(data: { url: string }): PageSettings;
  /**
   * popup → background: the article text last analysed in a tab (kept with its report), for exports
   * that quote with context and for sentence counts; null when none is kept.
   */
  getTabText(data: { tabId: number }): string | null;
  /**
   * popup → background: read this tab now (the reader clicked the toolbar button, which lends the tab
   * through activeTab). True when the tab has our content script, already or now; false when the
   * browser refuses (a browser page, a store page, no grant).
   */
  readTab(data: { tabId: number }): boolean;
  /**
   * background → content script: the reader's custom sources, colours or paint mode changed; read the settings
   * again, re-analyse and repaint.
   */
  refreshPage(data: Record<string, never>): void;
}

/** What the reader chose for one page. */
export interface PageSettings {
  /** The site is excluded: do not read the page at all. */
  isExcluded: boolean;
  /** Paint highlights visible on load (site rule, else the global switch). */
  highlightsVisible: boolean;
  /** Palette slot (utils/page/palette.ts) → `#rrggbb` the reader picked instead of the default. */
  colors: Record<string, string>;
  /** 'mark': paint with <mark> elements, which screen readers announce; 'highlight': the Highlight API. */
  paintMode: 'highlight' | 'mark';
}

export type MessageName = keyof ProtocolMap;
export type MessageData<K extends MessageName> = Parameters<ProtocolMap[K]>[0];
export type MessageReturn<K extends MessageName> = Awaited<ReturnType<ProtocolMap[K]>>;
interface Envelope<K extends MessageName = MessageName> {
  sourcelight: K;
  data: MessageData<K>;
}

// ---------- shape checks ----------
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isString = (v: unknown, max = 1_000_000): v is string => typeof v === 'string' && v.length <= max;

export function isSpan(v: unknown): v is Span {
  return isObject(v) && isCount(v.start) && isCount(v.end) && v.start <= v.end && isString(v.text) && v.text.length === v.end - v.start;
}

const isSourceSpan = (s: unknown): boolean => isSpan(s) && isObject(s) && isString(s.name, 500) && SOURCE_TYPES.includes(s.type as never);

function isAttribution(v: unknown): v is Attribution {
  if (!isObject(v) || !isString(v.id, 64) || (v.kind !== 'claim' && v.kind !== 'credit') || !isString(v.rule, 64)) return false;
  return isSourceSpan(v.source)
    && (v.cue === null || isSpan(v.cue)) && (v.claim === null || isSpan(v.claim))
    && Array.isArray(v.via) && v.via.every((n) => isString(n, 500))
    && Array.isArray(v.relays) && v.relays.every(isSourceSpan);
}

export function isReport(v: unknown): v is Report {
  return isObject(v) && isString(v.lang, 8) && isCount(v.textLength)
    && Array.isArray(v.attributions) && v.attributions.every(isAttribution)
    && Array.isArray(v.sources) && v.sources.every((s) => isObject(s) && isString(s.name, 500) && SOURCE_TYPES.includes(s.type as never) && isCount(s.count));
}

function isTabReport(v: unknown): v is TabReport {
  return isObject(v) && isString(v.url, 10_000) && isString(v.title, 10_000)
    && (v.status === 'article' || v.status === 'no-article' || v.status === 'error')
    && (v.report === null || isReport(v.report)) && typeof v.highlightsVisible === 'boolean';
}

export const validators: { [K in MessageName]: (data: unknown) => data is MessageData<K> } = {
  analyzeArticle: (d): d is { text: string; lang: string | null } => isObject(d) && isString(d.text, 500_000) && (d.lang === null || isString(d.lang, 35)),
  reportReady: isTabReport,
  getTabReport: (d): d is { tabId: number } => isObject(d) && isCount(d.tabId),
  setHighlightsVisible: (d): d is { visible: boolean } => isObject(d) && typeof d.visible === 'boolean',
  revealClaim: (d): d is { attributionId: string } => isObject(d) && isString(d.attributionId, 64),
  getPaintedText: (d): d is Record<string, never> => isObject(d),
  getPageSettings: (d): d is { url: string } => isObject(d) && isString(d.url, 10_000),
  getTabText: (d): d is { tabId: number } => isObject(d) && isCount(d.tabId),
  refreshPage: (d): d is Record<string, never> => isObject(d),
  readTab: (d): d is { tabId: number } => isObject(d) && isCount(d.tabId),
};

/** Returns the message when it is one of ours, well formed and sent by this extension; otherwise null. */
export function parseMessage(message: unknown, sender: Pick<Browser.runtime.MessageSender, 'id'>, ownId: string): Envelope | null {
  if (sender.id !== ownId || !isObject(message) || typeof message.sourcelight !== 'string') return null;
  const name = message.sourcelight as MessageName;
  if (!Object.hasOwn(validators, name)) return null;
  return validators[name](message.data) ? (message as unknown as Envelope) : null;
}

// ---------- typed send / receive ----------
/** Sends to the background (or, with `tabId`, to that tab's content script). */
export async function sendMessage<K extends MessageName>(name: K, data: MessageData<K>, tabId?: number): Promise<MessageReturn<K>> {
  const envelope: Envelope<K> = { sourcelight: name, data };
  return (tabId === undefined ? browser.runtime.sendMessage(envelope) : browser.tabs.sendMessage(tabId, envelope)) as Promise<MessageReturn<K>>;
}

type Handler<K extends MessageName> = (data: MessageData<K>, sender: Browser.runtime.MessageSender) => MessageReturn<K> | Promise<MessageReturn<K>>;

/** Registers handlers for some messages; others are left to other listeners. Returns the remover. */
export function onMessages(handlers: { [K in MessageName]?: Handler<K> }): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    const envelope = parseMessage(message, sender, browser.runtime.id);
    const handler = envelope && (handlers[envelope.sourcelight] as Handler<MessageName> | undefined);
    if (!envelope || !handler) return undefined; // not for us: let another listener answer
    return Promise.resolve(handler(envelope.data as never, sender));
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
