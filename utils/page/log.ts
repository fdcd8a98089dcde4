const seen = new Set<string>();

/**
 * Reports a page-layer failure on the console, once per distinct message, with the `[sourcelight]`
 * prefix. Never rethrows: an error of ours must not become the page's error.
 */
export function logOnce(error: unknown): void {
  const text = String(error); // "RangeError: offsets …" for an Error
  if (seen.has(text) || seen.size > 50) return;
  seen.add(text);
  console.warn('[sourcelight]', error);
}
