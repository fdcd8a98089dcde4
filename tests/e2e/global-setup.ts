/**
 * Before the E2E project: says which browsers and which builds the run uses, and warns when a build
 * is older than the sources it comes from (`npm test` builds first; `npm run test:e2e` does not).
 * It only informs: a missing build or browser fails in the harness, with its own message.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromeBuildDir, firefoxBuildDir, repoRoot } from './harness';

const SOURCE_DIRS = ['entrypoints', 'components', 'utils', 'public'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function version(binary: string): string {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `${binary} not found`;
  }
}

export default function setup(): void {
  try {
    const sources = Math.max(0, ...SOURCE_DIRS.map((d) => join(repoRoot, d)).filter(existsSync).map(newestMtime), statSync(join(repoRoot, 'wxt.config.ts')).mtimeMs);
    const lines = [`e2e: ${version('/usr/bin/chromium')}; ${version('/usr/bin/firefox-esr')}`];
    for (const dir of [chromeBuildDir, firefoxBuildDir]) {
      const manifest = join(dir, 'manifest.json');
      if (!existsSync(manifest)) lines.push(`e2e: ${dir} is not built: run \`npm run build\``);
      else if (statSync(manifest).mtimeMs < sources) lines.push(`e2e: WARNING ${dir} is older than the sources: run \`npm run build\``);
    }
    console.log(lines.join('\n'));
  } catch (e) {
    console.warn('e2e: could not check the builds', e);
  }
}
