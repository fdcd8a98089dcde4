/**
 * The content script's receiving end of utils/messaging.ts. Same envelopes and validators as
 * `onMessages`, but it answers through `sendResponse` + `return true`: the content script is built
 * without webextension-polyfill (see wxt.config.ts), and Chrome before 144 ignores a Promise
 * returned by a listener.
 */
import { browser } from 'wxt/browser';
import { parseMessage, type MessageData, type MessageName, type MessageReturn } from '../messaging';

type Handler<K extends MessageName> = (data: MessageData<K>) => MessageReturn<K> | Promise<MessageReturn<K>>;

/** Answers the given messages when they come from this extension with well-formed data; returns the remover. */
export function listen(handlers: { [K in MessageName]?: Handler<K> }): () => void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    const envelope = parseMessage(message, sender, browser.runtime.id);
    const handler = envelope && (handlers[envelope.sourcelight] as Handler<MessageName> | undefined);
    if (!envelope || !handler) return undefined; // not ours to answer: another listener may
    Promise.resolve()
      .then(() => handler(envelope.data as never))
      .then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
