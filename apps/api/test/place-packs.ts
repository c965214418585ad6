// Packs for comparing places and the public page, written as real files: copies of the tiny
// pack (fixtures/tiny) under other ids, with a population, the opt-ins and, where a test needs
// them, other returned figures.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tinyPackDir } from './helpers.js';

export interface PlacePackSpec {
  id: string;
  place: string;
  population?: number;
  comparisonOptIn?: boolean;
  publicPage?: boolean;
  illustrative?: boolean;
  /** Replaces actuals.csv (header included). */
  actualsCsv?: string;
}

/** Writes one pack per spec under a new temporary folder; `cleanup` removes them all. */
export async function writePlacePacks(
  specs: readonly PlacePackSpec[],
): Promise<{ dirs: string[]; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'outcomes-places-'));
  const dirs: string[] = [];
  for (const spec of specs) {
    const dir = join(root, spec.id);
    await cp(tinyPackDir, dir, { recursive: true });
    const programme = JSON.parse(await readFile(join(dir, 'programme.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    Object.assign(programme, {
      id: spec.id,
      name: `${spec.place} Partnership`,
      place: spec.place,
      illustrative: spec.illustrative ?? false,
      ...(spec.population === undefined ? {} : { population: spec.population }),
      ...(spec.comparisonOptIn === undefined ? {} : { comparisonOptIn: spec.comparisonOptIn }),
      ...(spec.publicPage === undefined ? {} : { publicPage: spec.publicPage }),
    });
    await writeFile(join(dir, 'programme.json'), JSON.stringify(programme, null, 2));
    const metrics = await readFile(join(dir, 'metrics.csv'), 'utf8');
    const [header, ...rows] = metrics.trimEnd().split('\n');
    await writeFile(
      join(dir, 'metrics.csv'),
      [
        `${header},indicator_code`,
        ...rows.map((r) => `${r},${r.startsWith('incidents,') ? 'NI-032' : ''}`),
      ].join('\n') + '\n',
    );
    if (spec.actualsCsv !== undefined) await writeFile(join(dir, 'actuals.csv'), spec.actualsCsv);
    dirs.push(dir);
  }
  return { dirs, cleanup: () => rm(root, { recursive: true, force: true }) };
}
