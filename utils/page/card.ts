/**
 * The hover and focus card: who said it, through whom, with which words, and what. The Highlight
 * API has no events, so the pointer is hit-tested with caretPositionFromPoint / caretRangeFromPoint
 * and mapped back to a text offset. The card lives in a CLOSED shadow root (page CSS and scripts
 * cannot reach inside) on a host element that exists only while the card is shown. Keyboard:
 * Alt+Shift+N / Alt+Shift+P step through the claims (scroll, flash, card docked at the bottom;
 * announced by screen readers through role="status"), Escape closes it.
 */
import type { Attribution } from '../engine/types';
import { logOnce } from './log';
import { asOurs } from './own-mutations';
import { sourceColor } from './palette';
import type { Context, Session } from './session';

const CARD_STYLE = `div{font:13px/1.4 system-ui;color:#111;background:#fff;border:1px solid #888;border-radius:6px;padding:8px;max-width:340px}b,q{display:block}i{color:#555}span{display:inline-block;width:9px;height:9px;margin-right:6px}`;

/** The attribution painted at text offset `at`: its source first, then its cue, then its claim. */
export function attributionAt(attributions: readonly Attribution[], at: number): Attribution | null {
  const hit = (s: { start: number; end: number } | null) => !!s && at >= s.start && at < s.end;
  return attributions.find((a) => hit(a.source)) ?? attributions.find((a) => hit(a.cue)) ?? attributions.find((a) => hit(a.claim)) ?? null;
}

/** Fills `box` with the card's content, as text nodes only. */
export function renderCard(box: HTMLElement, a: Attribution): void {
  const doc = box.ownerDocument;
  const add = (tag: string, text: string, parent: HTMLElement = box) => {
    const el = doc.createElement(tag);
    el.textContent = text;
    parent.append(el);
    return el;
  };
  box.replaceChildren();
  const title = add('b', '');
  add('span', '', title).style.background = sourceColor(a.source.name).background;
  title.append(`${a.source.name} · ${a.source.type}`);
  if (a.via.length) add('i', `via ${a.via.join(' → ')}`);
  if (a.cue) add('div', `“${a.cue.text}”`).style.cssText = 'all:unset;display:block';
  if (a.claim) add('q', a.claim.text.length > 240 ? `${a.claim.text.slice(0, 240)}…` : a.claim.text);
}

export function startCard(session: Session, ctx: Context, doc: Document): void {
  const host = doc.createElement('sourcelight-card');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_STYLE;
  const box = doc.createElement('div');
  box.setAttribute('role', 'status');
  root.append(style, box);
  let shown: Attribution | null = null;
  let step = -1;
  let frame = 0;

  const hide = () => {
    shown = null;
    if (host.isConnected) asOurs(() => host.remove());
  };
  const show = (a: Attribution, x: number | null, y: number) => {
    if (shown !== a) renderCard(box, a);
    shown = a;
    const view = doc.defaultView!;
    const place = x === null ? `left:16px;bottom:16px` : `left:${Math.min(x + 12, view.innerWidth - 360)}px;top:${Math.min(y + 18, view.innerHeight - 160)}px`;
    host.style.cssText = `position:fixed;z-index:2147483647;${place}`;
    if (!host.isConnected) asOurs(() => doc.documentElement.append(host));
  };

  /** The text offset under the pointer, or null. */
  const offsetAt = (x: number, y: number): number | null => {
    const map = session.article?.map;
    if (!map) return null;
    const d = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
    const p = d.caretPositionFromPoint?.(x, y);
    if (p) return map.offsetOf(p.offsetNode, p.offset);
    const r = doc.caretRangeFromPoint?.(x, y);
    return r ? map.offsetOf(r.startContainer, r.startOffset) : null;
  };

  const onMove = (e: Event) => {
    const { clientX: x, clientY: y } = e as PointerEvent;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      try {
        const report = session.report;
        const at = report && session.painter?.isVisible ? offsetAt(x, y) : null;
        const a = at === null ? null : attributionAt(report!.attributions, at);
        if (a) show(a, x, y);
        else if (shown && step < 0) hide();
      } catch (err) {
        logOnce(err);
      }
    });
  };

  const onKey = (e: Event) => {
    const k = e as KeyboardEvent;
    if (k.key === 'Escape' && shown) return hide();
    if (!k.altKey || !k.shiftKey || (k.code !== 'KeyN' && k.code !== 'KeyP')) return;
    const claims = session.report?.attributions.filter((a) => a.claim) ?? [];
    if (!claims.length || !session.painter?.isVisible) return;
    k.preventDefault();
    step = (step + (k.code === 'KeyN' ? 1 : claims.length - 1)) % claims.length;
    const a = claims[step]!;
    if (session.reveal(a.id)) show(a, null, 0);
  };

  ctx.addEventListener(doc, 'pointermove', onMove);
  ctx.addEventListener(doc, 'keydown', onKey);
  ctx.addEventListener(doc, 'pointerdown', () => { step = -1; hide(); });
  ctx.onInvalidated(hide);
}
