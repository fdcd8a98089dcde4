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
import type { Context, Session } from './session';

// One text node, one line per fact (white-space: pre-line); the first line, the source, in bold.
const CARD_STYLE = `div{font:13px/1.4 system-ui;color:#111;background:#fff;border:1px solid #888;padding:8px;max-width:340px;white-space:pre-line}div::first-line{font-weight:bold}`;

/** The attribution painted at text offset `at`: its source first, then its cue, then its claim. */
export function attributionAt(attributions: readonly Attribution[], at: number): Attribution | null {
  const hit = (s: { start: number; end: number } | null) => !!s && at >= s.start && at < s.end;
  return attributions.find((a) => hit(a.source)) ?? attributions.find((a) => hit(a.cue)) ?? attributions.find((a) => hit(a.claim)) ?? null;
}

/** The card's text: source and type, chain, cue, claim (shortened), one per line. */
export function cardText(a: Attribution): string {
  const claim = a.claim?.text ?? '';
  return [
    `${a.source.name} · ${a.source.type}`,
    a.via.length ? `via ${a.via.join(' → ')}` : '',
    a.cue ? `“${a.cue.text}”` : '',
    claim.length > 240 ? `${claim.slice(0, 240)}…` : claim,
  ].filter(Boolean).join('\n');
}

export function startCard(session: Session, ctx: Context, doc: Document): void {
  const host = doc.createElement('sourcelight-card');
  const box = doc.createElement('div');
  const style = doc.createElement('style');
  style.textContent = CARD_STYLE;
  box.setAttribute('role', 'status');
  host.attachShadow({ mode: 'closed' }).append(style, box);
  let step = -1;
  let frame = 0;

  const hide = () => host.isConnected && asOurs(() => host.remove());
  /** `place`: CSS position of the card (near the pointer, or docked for the keyboard). */
  const show = (a: Attribution, place: string) => {
    box.textContent = cardText(a); // text only: page text never becomes markup
    host.style.cssText = `position:fixed;z-index:2147483647;${place}`;
    if (!host.isConnected) asOurs(() => doc.documentElement.append(host));
  };

  const onMove = (e: Event) => {
    const { clientX: x, clientY: y } = e as PointerEvent;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      try {
        const { report, article } = session;
        if (!report || !article || !session.painter?.isVisible) return;
        const d = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
        const p = d.caretPositionFromPoint?.(x, y);
        const r = p ? null : doc.caretRangeFromPoint?.(x, y);
        const at = p ? article.map.offsetOf(p.offsetNode, p.offset) : r ? article.map.offsetOf(r.startContainer, r.startOffset) : null;
        const a = at === null ? null : attributionAt(report.attributions, at);
        if (a) show(a, `left:${Math.min(x + 12, innerWidth - 360)}px;top:${Math.min(y + 18, innerHeight - 160)}px`);
        else if (step < 0) hide();
      } catch (err) {
        logOnce(err);
      }
    });
  };

  const onKey = (e: Event) => {
    const k = e as KeyboardEvent;
    if (k.key === 'Escape') return void hide();
    const claims = session.report?.attributions.filter((a) => a.claim) ?? [];
    if (!k.altKey || !k.shiftKey || !/^Key[NP]$/.test(k.code) || !claims.length || !session.painter?.isVisible) return;
    k.preventDefault();
    step = (step + (k.code === 'KeyN' ? 1 : claims.length - 1)) % claims.length;
    if (session.reveal(claims[step]!.id)) show(claims[step]!, 'left:16px;bottom:16px');
  };

  ctx.addEventListener(doc, 'pointermove', onMove);
  ctx.addEventListener(doc, 'keydown', onKey);
  ctx.addEventListener(doc, 'pointerdown', () => {
    step = -1;
    hide();
  });
  ctx.onInvalidated(hide);
}
