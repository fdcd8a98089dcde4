/**
 * Our own DOM changes (the <mark> fallback) must not look like the page changing, or we would
 * re-read the page after every paint. The watcher registers its observer here; changes of ours
 * run through `asOurs`, which sets aside what the page did before and drops what we did.
 */
let observer: MutationObserver | null = null;
let pending: MutationRecord[] = [];

export function observeWith(next: MutationObserver | null): void {
  observer = next;
  pending = [];
}

/** Runs a DOM change of ours without our observer reporting it. */
export function asOurs<T>(change: () => T): T {
  if (observer) pending.push(...observer.takeRecords());
  try {
    return change();
  } finally {
    observer?.takeRecords();
  }
}

/** The page's changes set aside by `asOurs`, handed over once. */
export function takePageRecords(): MutationRecord[] {
  const records = pending;
  pending = [];
  return records;
}
