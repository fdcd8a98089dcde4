/** Logic under utils/ never reaches up into the UI layer (components/) or the entrypoints. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const filesUnder = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('utils/ does not import the UI', () => {
  test.each(filesUnder(join(root, 'utils')).map((f) => relative(root, f)))('%s', (file) => {
    const upward = imports(join(root, file)).filter((spec) => /(^|\/|@\/)(components|entrypoints)\//.test(spec));
    expect(upward).toEqual([]);
  });
});
