/**
 * Cooperative slicing of long page work: `shouldYield()` turns true once the current slice has
 * used its budget, `pause()` gives the main thread back to the page (input, rendering) and starts
 * a new slice. Keeps every task of ours well under the 50 ms that makes a page feel stuck.
 */
export interface Slicer {
  shouldYield(): boolean;
  pause(): Promise<void>;
}

export function createSlicer(budgetMs = 8): Slicer {
  let sliceStart = performance.now();
  return {
    shouldYield: () => performance.now() - sliceStart > budgetMs,
    async pause() {
      const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
      // scheduler.yield() resumes ahead of other queued tasks; setTimeout(0) where it is missing.
      await (s?.yield ? s.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0)));
      sliceStart = performance.now();
    },
  };
}

