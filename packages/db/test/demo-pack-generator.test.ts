// The demonstration pack is written by data/generators/west-cheshire.ts, and its README says to
// regenerate it that way. The pack had drifted from its generator (additionality on two metrics and
// the value stack's economic and social parts on two unit costs were added to the CSVs by hand), so
// regenerating would have silently dropped them. The generator now writes them, and this test runs
// it into a temporary folder and requires every file it writes to be the pack's, byte for byte.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const packDir = join(root, 'data', 'programmes', 'west-cheshire');
const out = mkdtempSync(join(tmpdir(), 'outcomes-demo-pack-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the demonstration pack generator', () => {
  it('writes exactly the pack in the repository', { timeout: 60_000 }, () => {
    execFileSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      [join(root, 'data', 'generators', 'west-cheshire.ts'), out],
      { cwd: root, stdio: 'ignore' },
    );
    const written = readdirSync(out).sort();
    // Every data file of the pack; its README is written by hand.
    expect(written).toEqual(
      readdirSync(packDir)
        .filter((f) => f !== 'README.md')
        .sort(),
    );
    for (const file of written) {
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(
        readFileSync(join(packDir, file), 'utf8'),
      );
    }
  });
});
