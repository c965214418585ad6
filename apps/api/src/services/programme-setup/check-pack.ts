// One path for every programme change made in the product: the programme's settings and tables
// are written out as the pack's files, in memory, and read back by the loader's validation
// (readPackFiles, the code `npm run load` runs on a folder). What it accepts is what savePack
// stores; what it refuses, it names by file, row and column.
import {
  packTables,
  PROGRAMME_FILE,
  readPackFiles,
  tableToCsv,
  type Pack,
  type PackFileContent,
} from '@outcomes/db';

/** Validates programme.json's `value` with `tables` exactly as the loader validates a folder. */
export function checkPack(value: unknown, tables: Omit<Pack, 'programme'>) {
  const files = new Map<string, PackFileContent>([[PROGRAMME_FILE, { value }]]);
  for (const table of packTables(tables)) files.set(table.file, { text: tableToCsv(table) });
  return readPackFiles(files);
}
