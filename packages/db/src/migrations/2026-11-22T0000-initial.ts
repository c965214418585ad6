/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// The first schema. Frozen: never edit once released; add a new migration instead.
// Every table is scoped by programme_id with composite keys, so many programmes share one store
// and ids need only be unique within a programme. Portable types only: text ids and ISO dates,
// integer pence, real ratios, integer 0/1 for booleans, JSON as text.
import { sql, type Kysely } from 'kysely';
import { portableTypes } from './portable.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  await db.schema
    .createTable('programme')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('place', t.text, (c) => c.notNull())
    .addColumn('description', t.text)
    .addColumn('first_financial_year', t.text, (c) => c.notNull())
    .addColumn('years', 'integer', (c) => c.notNull())
    .addColumn('price_base_year', t.text, (c) => c.notNull())
    .addColumn('discount_rate', t.float, (c) => c.notNull())
    .addColumn('rag_green', t.float, (c) => c.notNull())
    .addColumn('rag_amber', t.float, (c) => c.notNull())
    .addColumn('reinvestment_share', t.float, (c) => c.notNull())
    .addColumn('optimism_bias', t.text, (c) => c.notNull())
    .addColumn('illustrative', 'integer', (c) => c.notNull())
    .addColumn('loaded_at', t.text, (c) => c.notNull())
    .addCheckConstraint('programme_illustrative_check', sql`illustrative in (0, 1)`)
    .addCheckConstraint('programme_years_check', sql`years >= 1`)
    .execute();

  await db.schema
    .createTable('partner')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('id', t.text, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('partner_pk', ['programme_id', 'id'])
    .addForeignKeyConstraint('partner_programme_fk', ['programme_id'], 'programme', ['id'])
    .execute();

  await db.schema
    .createTable('outcome')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('id', t.text, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('outcome_pk', ['programme_id', 'id'])
    .addForeignKeyConstraint('outcome_programme_fk', ['programme_id'], 'programme', ['id'])
    .execute();

  await db.schema
    .createTable('strand')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('id', t.text, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('sponsor_partner_id', t.text, (c) => c.notNull())
    .addColumn('description', t.text)
    .addPrimaryKeyConstraint('strand_pk', ['programme_id', 'id'])
    .addForeignKeyConstraint('strand_programme_fk', ['programme_id'], 'programme', ['id'])
    .addForeignKeyConstraint(
      'strand_sponsor_fk',
      ['programme_id', 'sponsor_partner_id'],
      'partner',
      ['programme_id', 'id'],
    )
    .execute();

  await db.schema
    .createTable('unit_cost')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('id', t.text, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('per', t.text, (c) => c.notNull())
    .addColumn('value_pence', t.int64, (c) => c.notNull())
    .addColumn('price_year', t.text, (c) => c.notNull())
    .addColumn('source', t.text, (c) => c.notNull())
    .addColumn('confidence_grade', 'integer', (c) => c.notNull())
    .addColumn('category', t.text, (c) => c.notNull())
    .addColumn('cashable_share', t.float, (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_cost_pk', ['programme_id', 'id'])
    .addForeignKeyConstraint('unit_cost_programme_fk', ['programme_id'], 'programme', ['id'])
    .addCheckConstraint('unit_cost_per_check', sql`per in ('event', 'year')`)
    .addCheckConstraint('unit_cost_value_check', sql`value_pence > 0`)
    .addCheckConstraint('unit_cost_grade_check', sql`confidence_grade between 1 and 6`)
    .execute();

  await db.schema
    .createTable('unit_cost_bearer')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('unit_cost_id', t.text, (c) => c.notNull())
    .addColumn('partner_id', t.text, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('share', t.float, (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_cost_bearer_pk', ['programme_id', 'unit_cost_id', 'partner_id'])
    .addForeignKeyConstraint(
      'unit_cost_bearer_unit_cost_fk',
      ['programme_id', 'unit_cost_id'],
      'unit_cost',
      ['programme_id', 'id'],
    )
    .addForeignKeyConstraint(
      'unit_cost_bearer_partner_fk',
      ['programme_id', 'partner_id'],
      'partner',
      ['programme_id', 'id'],
    )
    .addCheckConstraint('unit_cost_bearer_share_check', sql`share > 0 and share <= 1`)
    .execute();

  await db.schema
    .createTable('metric')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('id', t.text, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('strand_id', t.text, (c) => c.notNull())
    .addColumn('outcome_id', t.text, (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('unit', t.text, (c) => c.notNull())
    .addColumn('frequency', t.text, (c) => c.notNull())
    .addColumn('polarity', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('owner_partner_id', t.text, (c) => c.notNull())
    .addColumn('unit_cost_id', t.text)
    .addColumn('attribution', t.float, (c) => c.notNull())
    .addColumn('source', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('metric_pk', ['programme_id', 'id'])
    .addForeignKeyConstraint('metric_programme_fk', ['programme_id'], 'programme', ['id'])
    .addForeignKeyConstraint('metric_strand_fk', ['programme_id', 'strand_id'], 'strand', [
      'programme_id',
      'id',
    ])
    .addForeignKeyConstraint('metric_outcome_fk', ['programme_id', 'outcome_id'], 'outcome', [
      'programme_id',
      'id',
    ])
    .addForeignKeyConstraint('metric_owner_fk', ['programme_id', 'owner_partner_id'], 'partner', [
      'programme_id',
      'id',
    ])
    // unit_cost_id is nullable: a null skips the check (MATCH SIMPLE in SQLite and PostgreSQL).
    .addForeignKeyConstraint('metric_unit_cost_fk', ['programme_id', 'unit_cost_id'], 'unit_cost', [
      'programme_id',
      'id',
    ])
    .addCheckConstraint('metric_frequency_check', sql`frequency in ('month', 'quarter', 'year')`)
    .addCheckConstraint('metric_polarity_check', sql`polarity in ('lower', 'higher')`)
    .addCheckConstraint('metric_kind_check', sql`kind in ('flow', 'stock')`)
    .addCheckConstraint('metric_attribution_check', sql`attribution > 0 and attribution <= 1`)
    .execute();

  await db.schema
    .createTable('baseline')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('metric_id', t.text, (c) => c.notNull())
    .addColumn('value', t.float, (c) => c.notNull())
    .addColumn('annual_growth', t.float, (c) => c.notNull())
    .addColumn('measured_from', t.text)
    .addColumn('measured_to', t.text)
    .addColumn('note', t.text)
    .addPrimaryKeyConstraint('baseline_pk', ['programme_id', 'metric_id'])
    .addForeignKeyConstraint('baseline_metric_fk', ['programme_id', 'metric_id'], 'metric', [
      'programme_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('forecast_version')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('id', t.text, (c) => c.notNull())
    .addColumn('label', t.text, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addColumn('is_current', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('forecast_version_pk', ['programme_id', 'id'])
    .addForeignKeyConstraint('forecast_version_programme_fk', ['programme_id'], 'programme', ['id'])
    .addCheckConstraint('forecast_version_is_current_check', sql`is_current in (0, 1)`)
    .execute();
  // At most one current version per programme.
  await db.schema
    .createIndex('forecast_version_current_idx')
    .on('forecast_version')
    .column('programme_id')
    .unique()
    .where(sql.ref('is_current'), '=', 1)
    .execute();

  await db.schema
    .createTable('forecast')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('version_id', t.text, (c) => c.notNull())
    .addColumn('metric_id', t.text, (c) => c.notNull())
    .addColumn('period_start', t.text, (c) => c.notNull())
    .addColumn('value', t.float, (c) => c.notNull())
    .addPrimaryKeyConstraint('forecast_pk', [
      'programme_id',
      'version_id',
      'metric_id',
      'period_start',
    ])
    .addForeignKeyConstraint(
      'forecast_version_fk',
      ['programme_id', 'version_id'],
      'forecast_version',
      ['programme_id', 'id'],
    )
    .addForeignKeyConstraint('forecast_metric_fk', ['programme_id', 'metric_id'], 'metric', [
      'programme_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('submission')
    .addColumn('id', 'integer', t.generatedId)
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('source', t.text, (c) => c.notNull())
    .addColumn('file_name', t.text)
    .addColumn('user_id', t.text)
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    // Lets actual_revision reference (programme_id, id) so a revision cannot point across programmes.
    .addUniqueConstraint('submission_programme_id_unique', ['programme_id', 'id'])
    .addForeignKeyConstraint('submission_programme_fk', ['programme_id'], 'programme', ['id'])
    .execute();

  await db.schema
    .createTable('actual_revision')
    .addColumn('id', 'integer', t.generatedId)
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('metric_id', t.text, (c) => c.notNull())
    .addColumn('period_start', t.text, (c) => c.notNull())
    .addColumn('value', t.float, (c) => c.notNull())
    .addColumn('note', t.text)
    .addColumn('submission_id', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('recorded_at', t.text, (c) => c.notNull())
    .addUniqueConstraint('actual_revision_unique', [
      'programme_id',
      'metric_id',
      'period_start',
      'revision',
    ])
    .addForeignKeyConstraint('actual_revision_metric_fk', ['programme_id', 'metric_id'], 'metric', [
      'programme_id',
      'id',
    ])
    .addForeignKeyConstraint(
      'actual_revision_submission_fk',
      ['programme_id', 'submission_id'],
      'submission',
      ['programme_id', 'id'],
    )
    .addCheckConstraint('actual_revision_value_check', sql`value >= 0`)
    .addCheckConstraint('actual_revision_revision_check', sql`revision >= 1`)
    .execute();

  await db.schema
    .createTable('cost')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('strand_id', t.text, (c) => c.notNull())
    .addColumn('partner_id', t.text, (c) => c.notNull())
    .addColumn('financial_year', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('forecast_pence', t.int64, (c) => c.notNull())
    .addColumn('actual_pence', t.int64)
    .addPrimaryKeyConstraint('cost_pk', [
      'programme_id',
      'strand_id',
      'partner_id',
      'financial_year',
      'kind',
    ])
    .addForeignKeyConstraint('cost_strand_fk', ['programme_id', 'strand_id'], 'strand', [
      'programme_id',
      'id',
    ])
    .addForeignKeyConstraint('cost_partner_fk', ['programme_id', 'partner_id'], 'partner', [
      'programme_id',
      'id',
    ])
    .addCheckConstraint('cost_kind_check', sql`kind in ('transition', 'running')`)
    .addCheckConstraint(
      'cost_pence_check',
      sql`forecast_pence >= 0 and (actual_pence is null or actual_pence >= 0)`,
    )
    .execute();

  await db.schema
    .createTable('deflator')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('financial_year', t.text, (c) => c.notNull())
    .addColumn('index_value', t.float, (c) => c.notNull())
    .addPrimaryKeyConstraint('deflator_pk', ['programme_id', 'financial_year'])
    .addForeignKeyConstraint('deflator_programme_fk', ['programme_id'], 'programme', ['id'])
    .addCheckConstraint('deflator_index_check', sql`index_value > 0`)
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', t.generatedId)
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('at', t.text, (c) => c.notNull())
    .addColumn('actor', t.text, (c) => c.notNull())
    .addColumn('action', t.text, (c) => c.notNull())
    .addColumn('detail', t.text, (c) => c.notNull())
    .addForeignKeyConstraint('audit_log_programme_fk', ['programme_id'], 'programme', ['id'])
    .execute();

  // Reads by metric and period, and the child side of every foreign key that no primary key
  // already leads with (so deleting or checking a parent row never scans a whole table).
  const indexes: [name: string, table: string, columns: string[]][] = [
    ['strand_sponsor_idx', 'strand', ['programme_id', 'sponsor_partner_id']],
    ['unit_cost_bearer_partner_idx', 'unit_cost_bearer', ['programme_id', 'partner_id']],
    ['metric_strand_idx', 'metric', ['programme_id', 'strand_id']],
    ['metric_outcome_idx', 'metric', ['programme_id', 'outcome_id']],
    ['metric_owner_idx', 'metric', ['programme_id', 'owner_partner_id']],
    ['metric_unit_cost_idx', 'metric', ['programme_id', 'unit_cost_id']],
    ['forecast_metric_period_idx', 'forecast', ['programme_id', 'metric_id', 'period_start']],
    ['submission_programme_created_idx', 'submission', ['programme_id', 'created_at']],
    ['actual_revision_submission_idx', 'actual_revision', ['programme_id', 'submission_id']],
    ['cost_partner_idx', 'cost', ['programme_id', 'partner_id']],
    ['audit_log_programme_at_idx', 'audit_log', ['programme_id', 'at']],
  ];
  for (const [name, table, columns] of indexes) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  // Children before parents; dropping a table drops its indexes.
  for (const table of [
    'audit_log',
    'deflator',
    'cost',
    'actual_revision',
    'submission',
    'forecast',
    'forecast_version',
    'baseline',
    'metric',
    'unit_cost_bearer',
    'unit_cost',
    'strand',
    'outcome',
    'partner',
    'programme',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
