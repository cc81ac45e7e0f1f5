// The ABI check that catches an "Electron" build of better-sqlite3 that was really compiled for Node.
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtForAbi } from './native-abi';

const require = createRequire(import.meta.url);
const nodeBuild = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');

describe('builtForAbi', () => {
  it("recognises the Node build of better-sqlite3 as Node's, not Electron's", () => {
    expect(builtForAbi(nodeBuild, process.versions.modules)).toBe(true);
    expect(builtForAbi(nodeBuild, '145')).toBe(false);
  });

  it('is false for a missing file', () => {
    expect(builtForAbi(path.join(import.meta.dirname, 'no-such.node'), process.versions.modules)).toBe(false);
  });
});
