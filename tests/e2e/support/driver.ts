/** What the E2E files need beyond the harness's common interface: the driver's keyboard and axe. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ExtensionBrowser, TabPage } from '../harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The driver's own page (playwright or puppeteer): both have these `keyboard` methods and `evaluate(string)`. */
export type DriverPage = {
  keyboard: { type(text: string): Promise<void>; press(key: string): Promise<void>; down(key: string): Promise<void>; up(key: string): Promise<void> };
  evaluate(expression: string): Promise<unknown>;
};
export const driverOf = (tab: TabPage) => (tab as unknown as { page: DriverPage }).page;

/**
 * axe-core's violations on an extension page. The script goes in through the driver's evaluate
 * (devtools protocol / BiDi), which the page's CSP does not govern, unlike an injected <script>.
 */
export async function axeViolations(tab: TabPage): Promise<string[]> {
  await driverOf(tab).evaluate(`${axeSource};void 0`);
  return tab.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

/** The text under each `sourcelight` highlight of a tab, by highlight name; empty while nothing is painted (or the tab does not answer yet). */
export type Painted = Record<string, string[]>;
export const paintedText = (ext: ExtensionBrowser, tabId: number): Promise<Painted> =>
  ext.sendToTab<Painted | undefined>(tabId, 'getPaintedText', {}).then((p) => p ?? {}, () => ({}));
