/**
 * The content script's receiving end of utils/messaging.ts. Same envelopes and validators as
 * `onMessages`, without webextension-polyfill (see wxt.config.ts), so it answers the way the
 * browser understands: a returned Promise, or `sendResponse` on Chrome before 144.
 */
import { browser } from 'wxt/browser';
import { parseMessage, type MessageData, type MessageName, type MessageReturn } from '../messaging';

/**
 * Where the `browser` namespace is native (Firefox; Chrome 144 and later) a listener answers by
 * returning a Promise, and Firefox does not pass on a later `sendResponse` here; older Chrome
 * only knows `sendResponse` after `return true`.
 */
const hasPromiseReplies = Boolean((globalThis as { browser?: { runtime?: { id?: string } } }).browser?.runtime?.id);

type Handler<K extends MessageName> = (data: MessageData<K>) => MessageReturn<K> | Promise<MessageReturn<K>>;

/** Answers the given messages when they come from this extension with well-formed data; returns the remover. */
export function listen(handlers: { [K in MessageName]?: Handler<K> }): () => void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    const envelope = parseMessage(message, sender, browser.runtime.id);
    const handler = envelope && (handlers[envelope.sourcelight] as Handler<MessageName> | undefined);
    if (!envelope || !handler) return undefined; // not ours to answer: another listener may
    const answer = Promise.resolve().then(() => handler(envelope.data as never));
    if (hasPromiseReplies) return answer;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
