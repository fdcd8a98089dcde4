import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, `tests: N passed, N failed[, N skipped]`, so any CI reading
 * closing lines knows what ran, whatever vitest's own summary looks like.
 * `failed` counts failed tests plus every error outside a test, each once: a file that did not
 * load, a failing beforeAll/afterAll (the tests it kept from running show as skipped) and an
 * unhandled error. So `0 failed` means vitest had nothing at all to complain about.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []): void {
    let passed = 0, failed = 0, skipped = 0;
    for (const mod of modules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // Import errors and module-level hooks land on the module, describe-level hooks on the suite.
      failed += mod.errors().length;
      for (const suite of mod.children.allSuites()) failed += suite.errors().length;
    }
    failed += unhandledErrors.length;
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
