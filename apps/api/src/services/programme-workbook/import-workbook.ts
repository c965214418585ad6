// Importing a business-case workbook into a stored programme: read and validate it off the event
// loop, check it keeps every returned figure, list what would change (the preview) and, when
// asked with the digest of the file previewed, store it in one transaction.
import { createHash } from 'node:crypto';
import {
  WORKBOOK_CHANGE_LIST_LIMIT,
  type WorkbookPreview,
  type WorkbookProblem,
} from '@outcomes/contract';
import {
  checkReturnedFiguresKept,
  diffPacks,
  readStoredPack,
  savePack,
  type Db,
  type Pack,
  type PackChanges,
} from '@outcomes/db';
import { toWorkbookProblem } from './pack-problems.js';
import { readWorkbookOffThread } from './read-workbook-off-thread.js';

export type ImportProgress = (stage: string, done: number, total: number | null) => void;

export type CheckedWorkbook =
  | { ok: true; preview: WorkbookPreview; pack: Pack; changes: PackChanges }
  | { ok: false; problems: WorkbookProblem[] };

export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

function previewOf(
  changes: PackChanges,
  file: { name: string; bytes: Uint8Array },
  rows: number,
): WorkbookPreview {
  const list = (keys: string[]) => keys.slice(0, WORKBOOK_CHANGE_LIST_LIMIT);
  return {
    programmeId: changes.programmeId,
    sha256: sha256(file.bytes),
    fileName: file.name,
    rows,
    totalChanges: changes.totalChanges,
    kinds: changes.kinds.map((k) => ({
      kind: k.kind,
      total: k.total,
      added: k.added.length,
      changed: k.changed.length,
      removed: k.removed.length,
      addedKeys: list(k.added),
      changedKeys: list(k.changed),
      removedKeys: list(k.removed),
    })),
  };
}

/** Reads, validates and compares the workbook with the stored programme; stores nothing. */
export async function checkWorkbook(
  db: Db,
  programmeId: string,
  file: { name: string; bytes: Uint8Array },
  onProgress: ImportProgress = () => undefined,
): Promise<CheckedWorkbook> {
  const parsed = await readWorkbookOffThread(file.bytes, (stage, rows) =>
    onProgress(stage, rows, null),
  );
  if (!parsed.ok) return parsed;
  const { pack, sheets } = parsed;
  if (pack.programme.id !== programmeId) {
    const row = sheets.programmeRows['id'] ?? null;
    return {
      ok: false,
      problems: [
        {
          sheet: 'programme',
          row,
          column: 'value',
          cell: row === null ? null : `B${row}`,
          message: `id: the workbook is for programme "${pack.programme.id}", not "${programmeId}"; import it on that programme's page`,
        },
      ],
    };
  }
  onProgress('comparing', 0, 1);
  const stored = await readStoredPack(db, programmeId);
  if (stored !== null) {
    const kept = checkReturnedFiguresKept(stored, pack, parsed.actualLines);
    if (kept.length > 0) {
      return { ok: false, problems: kept.map((e) => toWorkbookProblem(e, sheets)) };
    }
  }
  const changes = diffPacks(stored, pack);
  onProgress('comparing', 1, 1);
  return { ok: true, preview: previewOf(changes, file, parsed.rows), pack, changes };
}

/**
 * Stores a checked workbook: the programme's framework, forecasts and costs are replaced in one
 * transaction; returned figures and their revisions are kept as they are. Audited with the
 * changes listed.
 */
export async function storeWorkbook(
  db: Db,
  checked: Extract<CheckedWorkbook, { ok: true }>,
  actor: { label: string; userId: number },
  onProgress: ImportProgress = () => undefined,
  version: { name?: string; note?: string } = {},
): Promise<void> {
  const { preview } = checked;
  await savePack(db, checked.pack, {
    replace: true,
    keepReturnedFigures: true,
    actor: actor.label,
    actorUserId: actor.userId,
    source: `workbook ${preview.fileName} (sha256 ${preview.sha256})`,
    // A changed forecast, cost or unit cost makes a new business case version (not in force
    // until an admin decides); the note says where it came from.
    ...(version.name === undefined ? {} : { versionName: version.name }),
    versionNote:
      version.note === undefined
        ? `Imported from the workbook ${preview.fileName}`
        : `${version.note} (imported from the workbook ${preview.fileName})`,
    auditDetail: {
      changes: preview.kinds
        .filter((k) => k.added + k.changed + k.removed > 0)
        .map(({ kind, added, changed, removed, addedKeys, changedKeys, removedKeys }) => ({
          kind,
          added,
          changed,
          removed,
          addedKeys,
          changedKeys,
          removedKeys,
        })),
    },
    onProgress: (step, done, total) => onProgress(`saving ${step}`, done, total),
  });
}
