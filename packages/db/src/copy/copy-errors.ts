// Why a copy did not happen. A CopyRefusedError is raised before anything is written to either
// store; a CopyCheckError after the rows were copied but before the commit, so the target's
// transaction is rolled back and the target is left empty.

/** Rows of one table in the source and in the target. */
export interface TableCount {
  table: string;
  source: number;
  target: number;
}

export class CopyRefusedError extends Error {
  override name = 'CopyRefusedError';
}

/** The store was migrated by a newer version of Outcomes than this one. */
export class UnknownMigrationsError extends CopyRefusedError {
  override name = 'UnknownMigrationsError';
  constructor(
    readonly store: 'source' | 'target',
    readonly migrations: readonly string[],
  ) {
    super(
      `The ${store} was migrated by a newer version of Outcomes (migrations this version does not ` +
        `know: ${migrations.join(', ')}); copy with that version. Nothing was changed.`,
    );
  }
}

/** The source has never been migrated: it is not an Outcomes store (or is an empty file). */
export class NotAnOutcomesStoreError extends CopyRefusedError {
  override name = 'NotAnOutcomesStoreError';
  constructor() {
    super('The source is not an Outcomes store (it has no migrations table). Nothing was changed.');
  }
}

/** The target already holds rows: a copy never merges two installations. */
export class TargetNotEmptyError extends CopyRefusedError {
  override name = 'TargetNotEmptyError';
  constructor(readonly tables: readonly { table: string; rows: number }[]) {
    super(
      `The target is not empty: ${tables.map((t) => `${t.table} holds ${t.rows} ${t.rows === 1 ? 'row' : 'rows'}`).join(', ')}. ` +
        'db:copy only copies into an empty store, so it can never merge or duplicate installations. ' +
        'Nothing was changed.',
    );
  }
}

/** After migrating, the two stores do not have the same tables and columns. */
export class SchemaMismatchError extends CopyRefusedError {
  override name = 'SchemaMismatchError';
  constructor(readonly problems: readonly string[]) {
    super(`The source and target schemas differ: ${problems.join('; ')}. Nothing was copied.`);
  }
}

/** The copied rows do not match the source: rolled back. */
export class CopyCheckError extends Error {
  override name = 'CopyCheckError';
  constructor(
    readonly check: 'counts' | 'checksum',
    readonly counts: readonly TableCount[],
  ) {
    const differing = counts.filter((c) => c.source !== c.target).map((c) => c.table);
    super(
      check === 'counts'
        ? `The row counts differ in ${differing.join(', ')}; the copy was rolled back and the target is empty.`
        : 'Every count matches but the contents differ (checksums); the copy was rolled back and the target is empty.',
    );
  }
}
